import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseHTML } from 'linkedom';
import { canonicalUrl } from '../identity.js';
import type { HtmlRules } from '../../domain/source/model.js';
import type { Attachment, PolicyDraft } from '../../domain/policy/types.js';
import { decodeUriLenient, httpUrl } from '../../lib/safe-url.js';
import { FIELD_LABELS, findRelations, labelledFields, parseChineseDate, parseDocumentNumber, parseValidity } from './policy-fields.js';
import { htmlToText, sanitise } from './sanitize.js';

/** Government list pages (links, pagination) and detail pages (Policy fields). */

export interface ListPage {
  links: Array<{ url: string; title: string; date: string | null }>;
  next: string | null;
}

export function parseListPage(html: string, pageUrl: string, rules: HtmlRules): ListPage {
  const $ = cheerio.load(html);
  const links: ListPage['links'] = [];
  const seen = new Set<string>();
  $(rules.listItem).each((_, element) => {
    const item = $(element);
    const anchor = item.is('a') ? item : item.find(rules.link ?? 'a').first();
    const href = anchor.attr('href');
    if (!href || href.trim().startsWith('#')) return;
    const absolute = httpUrl(href, pageUrl);
    if (!absolute) return;
    const url = canonicalUrl(absolute, pageUrl);
    if (seen.has(url)) return;
    seen.add(url);
    const title = (anchor.attr('title') ?? anchor.text()).replace(/\s+/g, ' ').trim();
    const dateText = rules.listDate ? item.find(rules.listDate).first().text() : item.text();
    links.push({ url, title, date: parseChineseDate(dateText) });
  });
  let next: string | null = null;
  if (rules.nextPage) {
    const href = $(rules.nextPage).first().attr('href');
    const absolute = href && !href.trim().startsWith('#') ? httpUrl(href, pageUrl) : null;
    next = absolute ? canonicalUrl(absolute, pageUrl) : null;
  }
  return { links, next: next === canonicalUrl(pageUrl) ? null : next };
}

const ATTACHMENT = /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)(?:$|[?#])/i;

/**
 * Policy fields of a detail page. With rules, their selectors; without (or where a selector
 * finds nothing), the page's label/value metadata (发文字号：…) and Readability for the body.
 */
export function parseDetailPage(
  html: string,
  pageUrl: string,
  rules: HtmlRules['detail'] | undefined,
  { listTitle, today }: { listTitle?: string; today: string },
): PolicyDraft {
  const $ = cheerio.load(html);
  const pick = (selector: string | undefined) => (selector ? $(selector).first().text().replace(/\s+/g, ' ').trim() || null : null);

  const metaText = metadataText($, rules?.meta);
  const labelled = labelledFields(metaText);

  let contentHtml = rules?.content ? $(rules.content).first().html() : null;
  let readableTitle: string | null = null;
  if (!contentHtml) {
    const readable = readableContent(html, pageUrl);
    contentHtml = readable?.html ?? $('body').html() ?? '';
    readableTitle = readable?.title ?? null;
  }
  const cleanHtml = sanitise(contentHtml, pageUrl);
  const text = htmlToText(cleanHtml);

  const title =
    pick(rules?.title) ?? labelled.title ?? listTitle ?? readableTitle ?? ($('title').text().replace(/\s+/g, ' ').trim() || pageUrl);
  const documentNumber =
    parseDocumentNumber(pick(rules?.documentNumber)) ??
    parseDocumentNumber(labelled.documentNumber) ??
    parseDocumentNumber(text.slice(0, 400));
  const validityInfo = parseValidity(labelled.validity ?? null, text, today);

  return {
    url: canonicalUrl(pageUrl),
    title,
    documentNumber,
    issuer: pick(rules?.issuer) ?? labelled.issuer ?? null,
    writtenDate: parseChineseDate(pick(rules?.writtenDate)) ?? parseChineseDate(labelled.writtenDate) ?? signatureDate(text),
    publishedDate: parseChineseDate(pick(rules?.publishedDate)) ?? parseChineseDate(labelled.publishedDate),
    validity: validityInfo.validity,
    effectiveDate: validityInfo.effectiveDate,
    expiryDate: validityInfo.expiryDate,
    category: pick(rules?.category) ?? labelled.category ?? null,
    text,
    html: cleanHtml,
    attachments: attachments($, pageUrl),
    relations: findRelations(text),
  };
}

/** Label/value pairs of metadata tables flattened to `label：value` lines. */
function metadataText($: cheerio.CheerioAPI, selector: string | undefined): string {
  const root = selector ? $(selector) : $('body');
  const lines: string[] = [];
  const labels = new Set(Object.keys(FIELD_LABELS));
  root.find('td, th, dt, span, li, p, div').each((_, element) => {
    const cell = $(element);
    if (cell.children().length > 3) return;
    const own = cell.text().replace(/\s+/g, ' ').trim();
    const label = own.replace(/[:：\s]/g, '');
    if (labels.has(label)) {
      const value = cell.next().text().replace(/\s+/g, ' ').trim();
      if (value) lines.push(`${label}：${value}`);
    } else if (/[:：]/.test(own) && own.length < 200) {
      lines.push(own);
    }
  });
  return lines.join('\n');
}

/** 成文日期 in the signature block when the page has no field: the last date of the text, alone on its line. */
function signatureDate(text: string): string | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines.slice(-8).reverse()) {
    if (/^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(line)) return parseChineseDate(line);
  }
  return null;
}

function attachments($: cheerio.CheerioAPI, pageUrl: string): Attachment[] {
  const found = new Map<string, Attachment>();
  $('a[href]').each((_, element) => {
    const url = httpUrl($(element).attr('href'), pageUrl);
    if (!url) return;
    const parsed = new URL(url);
    const label = $(element).text().replace(/\s+/g, ' ').trim();
    // Download scripts (downfile.jsp?filename=x.pdf) name the file in the query or only in the link text.
    const match =
      ATTACHMENT.exec(parsed.pathname) ??
      ATTACHMENT.exec(label) ??
      [...parsed.searchParams.values()].map((value) => ATTACHMENT.exec(value)).find(Boolean) ??
      null;
    if (!match) return;
    if (!found.has(url)) {
      found.set(url, {
        url,
        name: label || decodeUriLenient(parsed.pathname.split('/').pop() ?? url),
        format: match[1]!.toLowerCase(),
      });
    }
  });
  return [...found.values()];
}

/** Readability over a linkedom document: the main content of a page without site rules. */
export function readableContent(html: string, pageUrl: string): { title: string | null; html: string } | null {
  try {
    const { document } = parseHTML(html);
    const base = document.createElement('base');
    base.setAttribute('href', pageUrl);
    document.head?.appendChild(base);
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (!article?.content) return null;
    return { title: article.title ?? null, html: article.content };
  } catch {
    return null;
  }
}
