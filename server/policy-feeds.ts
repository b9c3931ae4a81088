import express, { type Request, type Response } from 'express';
import type { Graph } from '../graph/driver.js';
import { createRepositories } from '../graph/repositories/index.js';
import type { PolicyRecord } from '../graph/repositories/policy.js';

/**
 * Atom feeds of newly crawled policies, for readers and other libraries' aggregators:
 * `/feeds/policies.atom` (all), `/feeds/policies/industry/<code>.atom` (an industry and its
 * sub-industries) and `/feeds/policies/region/<code>.atom` (a region and the regions in it).
 */

const ENTRIES = 50;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RFC 3339 date of an entry: publication date where known, else when it was first crawled. */
const entryDate = (p: PolicyRecord) => (p.publishedDate ? `${p.publishedDate}T00:00:00+08:00` : p.firstSeenAt);

export function atomFeed(options: { id: string; title: string; selfUrl: string; policies: PolicyRecord[] }): string {
  const updated = options.policies.map((p) => p.updatedAt).sort().at(-1) ?? new Date(0).toISOString();
  const entries = options.policies.map((p) => {
    const summary = [p.documentNumber, p.issuer, p.validity].filter(Boolean).join(' · ');
    return `  <entry>
    <id>urn:hechuang:${escape(p.id)}</id>
    <title>${escape(p.title)}</title>
    <link rel="alternate" href="${escape(p.url)}"/>
    <published>${escape(entryDate(p))}</published>
    <updated>${escape(p.updatedAt)}</updated>
    ${p.issuer ? `<author><name>${escape(p.issuer)}</name></author>` : '<author><name>禾创 Hechuang</name></author>'}
    <summary>${escape(summary || p.title)}</summary>
    <content type="text">${escape(p.text.slice(0, 2000))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escape(options.id)}</id>
  <title>${escape(options.title)}</title>
  <link rel="self" href="${escape(options.selfUrl)}"/>
  <updated>${escape(updated)}</updated>
  <generator>禾创 Hechuang</generator>
${entries.join('\n')}
</feed>
`;
}

export function policyFeedRouter(graph: Graph): express.Router {
  const router = express.Router();
  const repos = createRepositories(graph);
  const selfUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`;
  const send = async (req: Request, res: Response, title: string, filter: { industryCode?: string; regionCode?: string }) => {
    const { items } = await repos.policies.list(filter, { first: ENTRIES, after: null });
    res.type('application/atom+xml; charset=utf-8').send(atomFeed({ id: `urn:hechuang:feed:${req.path}`, title, selfUrl: selfUrl(req), policies: items }));
  };
  const notFound = (res: Response, what: string) => res.status(404).type('text/plain; charset=utf-8').send(`no ${what}\n`);

  router.get('/feeds/policies.atom', async (req, res) => {
    await send(req, res, '禾创 · 最新政策', {});
  });
  router.get('/feeds/policies/industry/:file', async (req, res) => {
    const code = req.params.file.replace(/\.atom$/, '');
    const [industry] = await repos.industries.byCodes([code]);
    if (!industry || !req.params.file.endsWith('.atom')) return void notFound(res, `industry ${code}`);
    await send(req, res, `禾创 · ${industry.name} 最新政策`, { industryCode: code });
  });
  router.get('/feeds/policies/region/:file', async (req, res) => {
    const code = req.params.file.replace(/\.atom$/, '');
    const region = await repos.regions.find(code);
    if (!region || !req.params.file.endsWith('.atom')) return void notFound(res, `region ${code}`);
    await send(req, res, `禾创 · ${region.name} 最新政策`, { regionCode: region.code });
  });
  return router;
}
