import type { TaggedDialect } from './tagged.js';

/** A standard's number (GB/T 3920-2008, FZ/T 73018-2021, ISO 105-X12:2016) in a record's notes says it is a standard. */
export const standardNumberHint = (value: string) =>
  /^(?:GB(?:\/[TZ])?|[A-Z]{2}\/T|ISO(?:\/IEC)?|IEC)\s*\d+/.test(value.trim()) ? '标准' : undefined;

/** RIS (`TY  - JOUR` … `ER  - `), as CNKI, Wanfang, VIP, EndNote and Zotero write it. */
export const RIS: TaggedDialect = {
  name: 'RIS',
  start: 'TY',
  end: 'ER',
  tagOf: (line) => {
    const match = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line.trimEnd());
    return match ? { tag: match[1]!, value: match[2] ?? '' } : null;
  },
  fields: {
    TY: 'type',
    ID: 'sourceId',
    TI: 'title',
    T1: 'title',
    AB: 'abstract',
    N2: 'abstract',
    KW: 'keywords',
    AU: 'authors',
    A1: 'authors',
    PY: 'date',
    Y1: 'date',
    DA: 'date',
    JO: 'journal',
    JF: 'journal',
    T2: 'journal',
    JA: 'journal',
    J2: 'journal',
    VL: 'volume',
    IS: 'issue',
    SP: 'startPage',
    EP: 'endPage',
    DO: 'doi',
    SN: 'standardNumber',
    LA: 'language',
    UR: 'url',
    L2: 'url',
    DB: 'database',
    DP: 'database',
  },
};

/** EndNote tagged export (.enw): `%0 Journal Article`, `%A`, `%T`… */
export const ENDNOTE_TAGGED: TaggedDialect = {
  name: 'EndNote',
  start: '%0',
  tagOf: (line) => {
    // VIP's platform writes some tags with a colon (`%@: 1003-3025`, `%+: 嘉兴职业技术学院`).
    const match = /^(%[0-9A-Z@!#$&()*+^~>?]):?(?: (.*))?$/.exec(line.trimEnd());
    return match ? { tag: match[1]!, value: match[2] ?? '' } : null;
  },
  fields: {
    '%0': 'type',
    '%M': 'sourceId',
    '%F': 'sourceId',
    '%T': 'title',
    '%X': 'abstract',
    '%K': 'keywords',
    '%A': 'authors',
    '%D': 'date',
    '%8': 'date',
    '%J': 'journal',
    '%B': 'journal',
    '%V': 'volume',
    '%N': 'issue',
    '%P': 'pages',
    '%R': 'doi',
    '%@': 'standardNumber',
    '%G': 'language',
    '%U': 'url',
    '%W': 'database',
    '%~': 'database',
    '%9': 'typeHint',
  },
  typeHints: { '%Z': standardNumberHint },
};

const REFWORKS_TAGS = new Set(
  'RT SR ID A1 A2 A3 A4 A5 A6 T1 T2 T3 JF JO YR FD VO IS SP OP K1 AB NO ED PB PP SN AV AD AN LA CL SF OT LK DO CN DB DS IP RD ST UL WT U1 U2 U3 U4 U5 WP URL DOI'.split(
    ' ',
  ),
);

/** Two- and three-letter tags with their value after a space, or (CNKI) a two-letter tag glued to a non-ASCII value. */
function refworksTag(line: string): { tag: string; value: string; glued?: boolean } | null {
  const trimmed = line.trimEnd();
  const spaced = /^([A-Za-z][A-Za-z0-9]{1,2})(?: (.*))?$/.exec(trimmed);
  if (spaced && REFWORKS_TAGS.has(spaced[1]!.toUpperCase())) return { tag: spaced[1]!.toUpperCase(), value: spaced[2] ?? '' };
  const glued = /^([A-Za-z][A-Za-z0-9])(\P{ASCII}.*)$/u.exec(trimmed);
  if (glued && REFWORKS_TAGS.has(glued[1]!.toUpperCase())) return { tag: glued[1]!.toUpperCase(), value: glued[2]!, glued: true };
  return null;
}

/**
 * RefWorks tagged export: `RT Journal Article`, `A1`, `T1`… CNKI writes `vo` in lower case,
 * sometimes glues a tag to its value (`A1林行众`), and adds three-letter `URL` lines; its `DB`
 * names a sub-library (期刊, 硕士, 科技成果…), not the database.
 */
export const REFWORKS: TaggedDialect = {
  name: 'RefWorks',
  start: 'RT',
  tagOf: refworksTag,
  fields: {
    RT: 'type',
    ID: 'sourceId',
    T1: 'title',
    AB: 'abstract',
    K1: 'keywords',
    A1: 'authors',
    YR: 'date',
    FD: 'date',
    JF: 'journal',
    JO: 'journal',
    T2: 'journal',
    VO: 'volume',
    IS: 'issue',
    SP: 'startPage',
    OP: 'endPage',
    DO: 'doi',
    DOI: 'doi',
    SN: 'standardNumber',
    LA: 'language',
    UL: 'url',
    URL: 'url',
    LK: 'url',
    DS: 'database',
    DB: 'typeHint',
  },
};

const ESTUDY_TAGS = new Set(
  'DataType Title Author Source Year PubTime Keyword Summary Period Roll Volume PageCount Page SrcDatabase Organ Link DOI ISSN ISBN CN CLC Fund FirstDuty Publisher Language Type Lang'.split(
    ' ',
  ),
);

/**
 * CNKI's E-Study (知网研学) / 自定义 export: `DataType: 1`, then `Title-题名: …`, `Author-作者: …`
 * lines (an English tag, a dash and the Chinese label, a colon, the value), a blank line between records.
 */
export const CNKI_ESTUDY: TaggedDialect = {
  name: 'CNKI E-Study',
  start: 'DataType',
  tagOf: (line) => {
    // A `Tag-标签:` line is a field even when its tag is not one we read (a patent's
    // `Applicant-申请人:`), so it never runs into the field before it.
    const match = /^([A-Za-z]+)(-[^:：]*)?\s*[:：]\s?(.*)$/.exec(line.trimEnd());
    return match && (match[2] || ESTUDY_TAGS.has(match[1]!)) ? { tag: match[1]!, value: match[3] ?? '' } : null;
  },
  // DataType 1 is a journal article, 2 a thesis; for the others SrcDatabase-来源库 names the kind.
  typeNames: { '1': '期刊', '2': '学位论文' },
  fields: {
    DataType: 'type',
    Title: 'title',
    Summary: 'abstract',
    Keyword: 'keywords',
    Author: 'authors',
    Year: 'date',
    PubTime: 'date',
    Source: 'journal',
    Roll: 'volume',
    Volume: 'volume',
    Period: 'issue',
    Page: 'pages',
    DOI: 'doi',
    ISSN: 'issn',
    ISBN: 'isbn',
    Language: 'language',
    Lang: 'language',
    Link: 'url',
    SrcDatabase: 'typeHint',
  },
};

/** NoteExpress export (`{Reference Type}: Journal Article`, `{Title}: …`), as CNKI, Wanfang and VIP write it. */
export const NOTEEXPRESS: TaggedDialect = {
  name: 'NoteExpress',
  start: 'reference type',
  tagOf: (line) => {
    const match = /^\{([^}]+)\}\s*[:：]\s?(.*)$/.exec(line.trimEnd());
    return match ? { tag: match[1]!.trim().toLowerCase(), value: match[2] ?? '' } : null;
  },
  fields: {
    'reference type': 'type',
    id: 'sourceId',
    'record number': 'sourceId',
    title: 'title',
    abstract: 'abstract',
    keywords: 'keywords',
    author: 'authors',
    year: 'date',
    date: 'date',
    journal: 'journal',
    'secondary title': 'journal',
    volume: 'volume',
    issue: 'issue',
    pages: 'pages',
    doi: 'doi',
    'isbn/issn': 'standardNumber',
    issn: 'issn',
    isbn: 'isbn',
    language: 'language',
    url: 'url',
    'database provider': 'database',
    'type of work': 'typeHint',
  },
  typeHints: { notes: standardNumberHint },
};
