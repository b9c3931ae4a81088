import { createHash } from 'node:crypto';

/** Identity of crawled things: canonical URLs, stable ids and content hashes. */

const TRACKING =
  /^(utm_.*|spm|from|source|share|share_from|isappinstalled|scene|clicktime|wfr|fbclid|gclid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|ref|ref_src|timestamp|t)$/i;

/** Lower-cased host, no default port, no fragment, tracking parameters removed, the rest sorted. */
export function canonicalUrl(raw: string, base?: string): string {
  const url = new URL(raw, base);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [key, value] of kept) url.searchParams.append(key, value);
  if (url.pathname === '') url.pathname = '/';
  return url.toString();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A short stable id with a readable prefix, e.g. `policy:3f2a…`. */
export function stableId(prefix: string, key: string): string {
  return `${prefix}:${sha256(key).slice(0, 24)}`;
}

/** Hash of what a reader sees: whitespace differences and markup do not count as a change. */
export function contentHash(parts: Array<string | null | undefined>): string {
  return sha256(parts.map((part) => (part ?? '').replace(/\s+/g, ' ').trim()).join('\u0000'));
}
