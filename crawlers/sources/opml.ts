import * as cheerio from 'cheerio';
import type { SourceInput, SourceKind } from '../../domain/source/model.js';
import { stableId } from '../identity.js';
import { parseSource, SourceDefinitionError } from './definition.js';

/**
 * OPML 2.0 subscription lists. Export keeps Hechuang's own fields as `hc:` attributes so
 * an export imports back unchanged; a plain OPML from a feed reader gives feed sources
 * with the defaults (Jiaxing, news).
 */

const NS = 'https://hechuang.local/opml';

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

export function exportOpml(sources: SourceInput[], now: Date, title = '禾创 Hechuang sources'): string {
  const outline = (s: SourceInput) => {
    const attributes: Array<[string, string]> = [
      ['type', s.kind === 'html' ? 'link' : 'rss'],
      ['text', s.name],
      ['title', s.name],
      [s.kind === 'html' ? 'url' : 'xmlUrl', s.url],
      ['hc:id', s.id],
      ['hc:kind', s.kind],
      ['hc:itemType', s.itemType],
      ['hc:regionCode', s.regionCode],
      ['hc:level', s.level],
      ['hc:industries', s.industries.join(' ')],
      ['hc:schedule', s.schedule],
      ['hc:enabled', String(s.enabled)],
      ['hc:verified', String(s.verified)],
      ['hc:covers', s.covers],
    ];
    if (s.rules) attributes.push(['hc:rules', JSON.stringify(s.rules)]);
    return `    <outline ${attributes.map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}/>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:hc="${NS}">
  <head><title>${escape(title)}</title><dateCreated>${now.toUTCString()}</dateCreated></head>
  <body>
${sources.map(outline).join('\n')}
  </body>
</opml>
`;
}

function kindOf(attrs: Record<string, string>): SourceKind {
  const declared = attrs['hc:kind'];
  if (declared) return declared as SourceKind;
  const url = attrs.xmlUrl ?? '';
  if (/\.json(?:$|\?)/i.test(url)) return 'jsonfeed';
  if (/atom/i.test(url)) return 'atom';
  return 'rss';
}

/** Every `<outline>` with a feed or page URL, validated; problems are reported together. */
export function importOpml(xml: string): SourceInput[] {
  const $ = cheerio.load(xml, { xml: true });
  if ($('opml').length === 0) throw new SourceDefinitionError(['not an OPML document (no <opml> element)']);
  const problems: string[] = [];
  const sources: SourceInput[] = [];
  $('outline').each((index, element) => {
    const attrs = (element as unknown as { attribs: Record<string, string> }).attribs;
    const url = attrs.xmlUrl ?? (attrs['hc:kind'] === 'html' ? attrs.url : undefined);
    if (!url) return; // a folder
    const json = (name: string) => {
      const raw = attrs[name];
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        problems.push(`outline ${index + 1} (${url}): ${name} is not valid JSON`);
        return undefined;
      }
    };
    const definition = {
      id: attrs['hc:id'] ?? `feed-${stableId('src', url).slice(-12)}`,
      name: (attrs.title ?? attrs.text ?? url).trim(),
      kind: kindOf(attrs),
      url,
      itemType: attrs['hc:itemType'],
      regionCode: attrs['hc:regionCode'],
      level: attrs['hc:level'],
      industries: attrs['hc:industries']?.split(/\s+/).filter(Boolean),
      schedule: attrs['hc:schedule'],
      rules: json('hc:rules'),
      enabled: attrs['hc:enabled'] === undefined ? undefined : attrs['hc:enabled'] === 'true',
      verified: attrs['hc:verified'] === undefined ? undefined : attrs['hc:verified'] === 'true',
      covers: attrs['hc:covers'] ?? attrs.description,
    };
    const clean = Object.fromEntries(Object.entries(definition).filter(([, v]) => v !== undefined));
    try {
      sources.push(parseSource(clean, `outline ${index + 1}`));
    } catch (error) {
      if (error instanceof SourceDefinitionError) problems.push(...error.problems);
      else throw error;
    }
  });
  if (problems.length > 0) throw new SourceDefinitionError(problems);
  return sources;
}
