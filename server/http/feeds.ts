import express, { type Request, type Response } from 'express';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { NewsRecord } from '../../domain/news/types.js';
import type { LibraryFeedEntry } from '../../domain/library/types.js';
import type { PolicyRecord } from '../../domain/policy/types.js';
import { isValidity, storedValidity, type ValidityCode } from '../../domain/policy/validity.js';
import { LEVELS } from '../../domain/region/levels.js';

/**
 * Atom feeds of newly crawled policies and startup news, for founders' feed readers and other
 * libraries' aggregators: `/feeds/policies.atom` and `/feeds/news.atom`, both narrowed by
 * `?industry=<code>` (with sub-industries) and `?region=<code or name>` (with the regions in
 * it), together if wanted; policies also by `level` and `validity`. The older path forms
 * `/feeds/policies/industry/<code>.atom` and `/feeds/policies/region/<code>.atom` stay.
 */

const ENTRIES = 50;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface AtomEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  author: string | null;
  summary: string;
  content: string;
}

/** RFC 3339 date of an entry: publication date where known, else when it was first crawled. */
const entryDate = (p: PolicyRecord) => (p.publishedDate ? `${p.publishedDate}T00:00:00+08:00` : p.firstSeenAt);

const policyEntry = (p: PolicyRecord): AtomEntry => ({
  id: p.id,
  title: p.title,
  url: p.url,
  published: entryDate(p),
  updated: p.updatedAt,
  author: p.issuer,
  summary: [p.documentNumber, p.issuer, p.validity].filter(Boolean).join(' · ') || p.title,
  content: p.text,
});

const newsEntry = (n: NewsRecord): AtomEntry => ({
  id: n.id,
  title: n.title,
  url: n.url,
  published: n.publishedAt ?? n.firstSeenAt,
  updated: n.publishedAt ?? n.firstSeenAt,
  author: n.author,
  summary: n.summary || n.title,
  content: n.text,
});

const LIBRARY_PAGE: Record<LibraryFeedEntry['kind'], { path: string; word: string }> = {
  Document: { path: 'documents', word: '文献' },
  Policy: { path: 'policies', word: '政策' },
  NewsItem: { path: 'news', word: '资讯' },
};

const libraryEntry = (e: LibraryFeedEntry, origin: string): AtomEntry => ({
  id: e.id,
  title: `[${LIBRARY_PAGE[e.kind].word}] ${e.title}`,
  url: `${origin}/${LIBRARY_PAGE[e.kind].path}/${encodeURIComponent(e.id)}`,
  published: e.at,
  updated: e.at,
  author: null,
  summary: e.summary || e.title,
  content: e.summary || e.title,
});

function atomDocument(options: { id: string; title: string; selfUrl: string; entries: AtomEntry[] }): string {
  const updated =
    options.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entries = options.entries.map(
    (e) => `  <entry>
    <id>urn:hechuang:${escape(e.id)}</id>
    <title>${escape(e.title)}</title>
    <link rel="alternate" href="${escape(e.url)}"/>
    <published>${escape(e.published)}</published>
    <updated>${escape(e.updated)}</updated>
    <author><name>${escape(e.author ?? '禾创 Hechuang')}</name></author>
    <summary>${escape(e.summary)}</summary>
    <content type="text">${escape(e.content.slice(0, 2000))}</content>
  </entry>`,
  );
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

const param = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** `level` and `validity` as stored, given either so (区县, 有效) or as the API names them (COUNTY, VALID). */
const levelParam = (value: string | null) => (value ? (LEVELS.find((l) => l.level === value)?.name ?? value) : null);
const validityParam = (value: string | null) => (value && !isValidity(value) ? (storedValidity(value as ValidityCode) ?? value) : value);

export function policyFeedRouter(graph: Graph): express.Router {
  const router = express.Router();
  const repos = createRepositories(graph);
  const selfUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`;
  const sendAtom = (req: Request, res: Response, title: string, entries: AtomEntry[]) =>
    res
      .type('application/atom+xml; charset=utf-8')
      .send(atomDocument({ id: `urn:hechuang:feed:${req.originalUrl}`, title, selfUrl: selfUrl(req), entries }));
  const send = async (req: Request, res: Response, title: string, filter: { industryCode?: string; regionCode?: string }) => {
    const { items } = await repos.policies.list(filter, { first: ENTRIES, after: null });
    sendAtom(req, res, title, items.map(policyEntry));
  };
  const notFound = (res: Response, what: string) => res.status(404).type('text/plain; charset=utf-8').send(`no ${what}\n`);

  /** The `industry` and `region` of the query string, resolved; null (after a 404) when one is unknown. */
  const scope = async (req: Request, res: Response) => {
    const industryCode = param(req.query.industry);
    const regionAsked = param(req.query.region);
    const [industry] = industryCode ? await repos.industries.byCodes([industryCode]) : [null];
    if (industryCode && !industry) return void notFound(res, `industry ${industryCode}`);
    const region = regionAsked ? await repos.regions.find(regionAsked) : null;
    if (regionAsked && !region) return void notFound(res, `region ${regionAsked}`);
    const words = [region?.name, industry?.name].filter(Boolean).join(' · ');
    return { industryCode: industry?.code ?? null, regionCode: region?.code ?? null, words: words ? ` ${words}` : '' };
  };

  router.get('/feeds/policies.atom', async (req, res) => {
    const found = await scope(req, res);
    if (!found) return;
    const { items } = await repos.policies.list(
      {
        industryCode: found.industryCode,
        regionCode: found.regionCode,
        level: levelParam(param(req.query.level)),
        validity: validityParam(param(req.query.validity)),
      },
      { first: ENTRIES, after: null },
    );
    sendAtom(req, res, `禾创 ·${found.words} 最新政策`, items.map(policyEntry));
  });
  router.get('/feeds/news.atom', async (req, res) => {
    const found = await scope(req, res);
    if (!found) return;
    const { items } = await repos.news.list(
      { industryCode: found.industryCode, regionCode: found.regionCode },
      { first: ENTRIES, after: null },
    );
    sendAtom(req, res, `禾创 ·${found.words} 创业资讯`, items.map(newsEntry));
  });
  router.get('/feeds/policies/industry/:file', async (req, res) => {
    const code = req.params.file.replace(/\.atom$/, '');
    const [industry] = await repos.industries.byCodes([code]);
    if (!industry || !req.params.file.endsWith('.atom')) return void notFound(res, `industry ${code}`);
    await send(req, res, `禾创 · ${industry.name} 最新政策`, { industryCode: code });
  });
  // What is new in an industry's library: its documents, policies and news together, linked to their pages here.
  router.get('/feeds/industries/:file', async (req, res) => {
    const code = req.params.file.replace(/\.atom$/, '');
    const [industry] = await repos.industries.byCodes([code]);
    if (!industry || !req.params.file.endsWith('.atom')) return void notFound(res, `industry ${code}`);
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const entries = await repos.industryLibraries.newest(industry, ENTRIES);
    sendAtom(
      req,
      res,
      `禾创 · ${industry.name} 专题图书馆 最新`,
      entries.map((e) => libraryEntry(e, origin)),
    );
  });
  router.get('/feeds/policies/region/:file', async (req, res) => {
    const code = req.params.file.replace(/\.atom$/, '');
    const region = await repos.regions.find(code);
    if (!region || !req.params.file.endsWith('.atom')) return void notFound(res, `region ${code}`);
    await send(req, res, `禾创 · ${region.name} 最新政策`, { regionCode: region.code });
  });
  return router;
}
