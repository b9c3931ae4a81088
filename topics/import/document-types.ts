import type { LiteratureType } from './types.js';

/** A record's type as the exports write it (RIS codes, EndNote and RefWorks names, BibTeX entry types, Chinese names, GB/T 7714 letters). */
const TYPES: [RegExp, LiteratureType][] = [
  [
    /^(jour|jfull|ejour|mgzn|article|journal|journal article|academic journal|electronic article|magazine article|期刊|期刊论文|学术期刊|j)$/i,
    'article',
  ],
  [/^(chap|inbook|incollection|book section|book, section|图书章节|析出文献)$/i, 'chapter'],
  [/^(book|ebook|edbook|edited book|book, whole|book whole|monograph|图书|专著|m)$/i, 'book'],
  [
    /^(thes|thesis|phdthesis|mastersthesis|dissertation|dissertation\/thesis|doctoral dissertation|master's thesis|学位论文|博士论文|硕士论文|博士|硕士|d)$/i,
    'thesis',
  ],
  [/^(conf|cpaper|inproceedings|proceedings|conference|conference paper|conference proceedings?|会议|会议论文|c)$/i, 'conference'],
  [/^(news|newspaper|newspaper article|报纸|报纸文章|报纸论文|n)$/i, 'newspaper'],
  [/^(pat|patent|专利|p)$/i, 'patent'],
  [/^(stand|std|standard|标准|s)$/i, 'standard'],
  [/^(yearbook|year book|年鉴|年鉴条目)$/i, 'yearbook'],
  [/^(rprt|report|techreport|报告|科技成果|成果|r)$/i, 'report'],
];

/** What a sub-library or category name (CNKI `DB`, E-Study `SrcDatabase`, EndNote `%9`) says the record is. */
const HINTS: [RegExp, LiteratureType][] = [
  [/期刊|journal/i, 'article'],
  [/硕士|博士|学位|thesis|dissertation/i, 'thesis'],
  [/会议|conference|proceeding/i, 'conference'],
  [/报纸|newspaper/i, 'newspaper'],
  [/年鉴|yearbook/i, 'yearbook'],
  [/标准|standard/i, 'standard'],
  [/专利|patent/i, 'patent'],
  [/图书|book/i, 'book'],
  [/成果|报告|report/i, 'report'],
];

/**
 * The record's type: its type field when it names a known one, else what its sub-library
 * says (a CNKI `RT Generic` record from `DB 年鉴` is a yearbook entry), else `article` for a
 * record that names no type and `other` for one whose type is unknown.
 */
export function normaliseType(value: string | undefined, hint?: string): LiteratureType {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  const byType = cleaned ? (TYPES.find(([pattern]) => pattern.test(cleaned))?.[1] ?? 'other') : undefined;
  if (byType && byType !== 'other') return byType;
  const byHint = hint ? HINTS.find(([pattern]) => pattern.test(hint))?.[1] : undefined;
  return byHint ?? byType ?? 'article';
}

/** EndNote XML `<ref-type>` numbers (EndNote's reference type table) → names `normaliseType` knows. */
export const ENDNOTE_REF_TYPES: Record<string, string> = {
  '5': 'book section',
  '6': 'book',
  '10': 'conference proceedings',
  '17': 'journal article',
  '19': 'magazine article',
  '23': 'newspaper article',
  '25': 'patent',
  '27': 'report',
  '28': 'edited book',
  '32': 'thesis',
  '41': 'electronic article',
  '47': 'conference paper',
  '58': 'standard',
};
