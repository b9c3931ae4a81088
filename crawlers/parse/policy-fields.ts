import type { PolicyRelation } from '../../domain/policy/types.js';
import type { Validity } from '../../domain/policy/validity.js';

/** Chinese government document conventions: 发文字号, dates, validity, relations to other documents. */

const OPEN = '〔\\[(（［【';
const CLOSE = '〕\\])）］】';
const DOCUMENT_NUMBER = new RegExp(`([\\u4e00-\\u9fa5]{1,16})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*(\\d{1,5})\\s*号`, 'g');

/** Every 发文字号 in a text, normalised to the 〔〕 form (嘉政办发〔2024〕12号), in order, without repeats. */
export function findDocumentNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const normalised = `${trimPrefix(match[1]!)}〔${match[2]}〕${Number(match[3])}号`;
    if (!found.includes(normalised)) found.push(normalised);
  }
  return found;
}

/** The first 发文字号 of a text, normalised, or null. */
export function parseDocumentNumber(text: string | null | undefined): string | null {
  return text ? (findDocumentNumbers(text)[0] ?? null) : null;
}

// A match may start inside a sentence ("根据嘉政办发…"): keep the abbreviation, not the words before it.
const LEADING_WORDS = [
  '关于',
  '印发',
  '转发',
  '现将',
  '根据',
  '按照',
  '依据',
  '参照',
  '贯彻',
  '落实',
  '执行',
  '详见',
  '同时',
  '废止',
  '文件',
  '原',
  '将',
  '对',
  '的',
  '和',
  '及',
  '与',
  '是',
  '在',
  '按',
  '见',
];

function trimPrefix(prefix: string): string {
  let cut = 0;
  for (const word of LEADING_WORDS) {
    const at = prefix.lastIndexOf(word);
    if (at >= 0 && at + word.length < prefix.length) cut = Math.max(cut, at + word.length);
  }
  const rest = prefix.slice(cut);
  return rest.length > 10 ? rest.slice(-10) : rest;
}

const DATE = /((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/;

/** 2024年3月5日, 2024-03-05, 2024.03.05, 2024/3/5 → 2024-03-05; null when there is no valid date. */
export function parseChineseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const match = DATE.exec(text);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface ValidityInfo {
  validity: Validity | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}

/**
 * Validity from an explicit field (有效性：有效) or from the text (自…起施行, 有效期至…, 已废止);
 * a policy whose expiry date is before `today` (YYYY-MM-DD, China) has lapsed (失效).
 */
export function parseValidity(field: string | null, text: string, today: string): ValidityInfo {
  let validity: Validity | null = null;
  const source = `${field ?? ''}`.trim();
  if (/废止/.test(source)) validity = '废止';
  else if (/失效/.test(source)) validity = '失效';
  else if (/有效/.test(source)) validity = '有效';
  else if (/(本文件|本办法|本政策|本通知|本规定)?已(?:被)?废止/.test(text.slice(0, 300))) validity = '废止';
  else if (/(本文件|本办法|本政策|本通知|本规定)?已失效/.test(text.slice(0, 300))) validity = '失效';

  let effectiveDate: string | null = null;
  const effective = new RegExp(`自\\s*(${DATE.source})\\s*(?:起|之日起)\\s*(?:施行|实施|执行|生效)`).exec(text);
  if (effective) effectiveDate = parseChineseDate(effective[1]);

  let expiryDate: string | null = null;
  const until = new RegExp(`有效期\\s*(?:至|到|截至)\\s*(${DATE.source})`).exec(text);
  if (until) expiryDate = parseChineseDate(until[1]);
  const years = /有效期\s*(\d{1,2}|[一二三四五六七八九十])\s*年/.exec(text);
  if (!expiryDate && years && effectiveDate) {
    const count = /\d/.test(years[1]!) ? Number(years[1]) : '一二三四五六七八九十'.indexOf(years[1]!) + 1;
    const start = new Date(`${effectiveDate}T00:00:00Z`);
    start.setUTCFullYear(start.getUTCFullYear() + count);
    start.setUTCDate(start.getUTCDate() - 1);
    expiryDate = start.toISOString().slice(0, 10);
  }
  if (!validity && expiryDate && expiryDate < today) validity = '失效';
  if (!validity && effectiveDate) validity = '有效';
  return { validity, effectiveDate, expiryDate };
}

/**
 * Policies this text repeals, replaces or amends: sentences with 同时废止 / 废止 (repeals),
 * 原…停止执行 / 不再执行 (replaces), 修改 / 修订 (amends), and the 发文字号 or 《title》 they name.
 */
export function findRelations(text: string): PolicyRelation[] {
  const relations: PolicyRelation[] = [];
  const seen = new Set<string>();
  for (const sentence of text.split(/[。；;\n]/)) {
    let kind: PolicyRelation['kind'] | null = null;
    if (/原.*(?:停止执行|不再执行)/.test(sentence)) kind = 'REPLACES';
    else if (/废止/.test(sentence)) kind = 'REPEALS';
    else if (/(?:予以|作如下|进行)?(?:修改|修订)/.test(sentence) && /《/.test(sentence) && !/自.*起施行/.test(sentence)) kind = 'AMENDS';
    if (!kind) continue;
    const numbers = findDocumentNumbers(sentence);
    if (numbers.length > 0) {
      for (const documentNumber of numbers) {
        const key = `${kind}:${documentNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({ kind, documentNumber, title: null });
      }
      continue;
    }
    for (const match of sentence.matchAll(/《([^》]{4,80})》/g)) {
      const key = `${kind}:${match[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ kind, documentNumber: null, title: match[1]! });
    }
  }
  return relations;
}

/** Labels seen on Chinese government detail pages, mapped to Policy fields. */
export const FIELD_LABELS: Record<
  string,
  'documentNumber' | 'issuer' | 'writtenDate' | 'publishedDate' | 'validity' | 'category' | 'title'
> = {
  发文字号: 'documentNumber',
  文号: 'documentNumber',
  发文号: 'documentNumber',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  发文机构: 'issuer',
  成文日期: 'writtenDate',
  印发日期: 'writtenDate',
  发布日期: 'publishedDate',
  公开日期: 'publishedDate',
  发布时间: 'publishedDate',
  有效性: 'validity',
  效力状态: 'validity',
  时效性: 'validity',
  主题分类: 'category',
  主题: 'category',
  分类: 'category',
  标题: 'title',
  名称: 'title',
};

const LABEL_PATTERN = new RegExp(
  `(${Object.keys(FIELD_LABELS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[:：]\\s*([^\\n]*?)(?=\\s{2,}|\\n|$|(?:${Object.keys(FIELD_LABELS).join('|')})\\s*[:：])`,
  'g',
);

/** `label：value` pairs in a block of text (a metadata table flattened line by line). */
export function labelledFields(text: string): Partial<Record<(typeof FIELD_LABELS)[string], string>> {
  const out: Partial<Record<(typeof FIELD_LABELS)[string], string>> = {};
  for (const match of text.matchAll(LABEL_PATTERN)) {
    const field = FIELD_LABELS[match[1]!]!;
    const value = match[2]!.trim();
    if (value && !(field in out)) out[field] = value;
  }
  return out;
}
