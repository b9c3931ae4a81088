import type { TaggedDialect } from './tagged.js';

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
    const match = /^(%[0-9A-Z@!#$&()*+^~>?])(?: (.*))?$/.exec(line.trimEnd());
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
  },
};

const REFWORKS_TAGS = new Set(
  'RT SR ID A1 A2 A3 A4 A5 A6 T1 T2 T3 JF JO YR FD VO IS SP OP K1 AB NO ED PB PP SN AV AD AN LA CL SF OT LK DO CN DB DS IP RD ST UL WT U1 U2 U3 U4 U5 WP'.split(
    ' ',
  ),
);

/** RefWorks tagged export: `RT Journal Article`, `A1`, `T1`… (CNKI writes `vo` in lower case). */
export const REFWORKS: TaggedDialect = {
  name: 'RefWorks',
  start: 'RT',
  tagOf: (line) => {
    const match = /^([A-Za-z][A-Za-z0-9])(?: (.*))?$/.exec(line.trimEnd());
    if (!match) return null;
    const tag = match[1]!.toUpperCase();
    return REFWORKS_TAGS.has(tag) ? { tag, value: match[2] ?? '' } : null;
  },
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
    VO: 'volume',
    IS: 'issue',
    SP: 'startPage',
    OP: 'endPage',
    DO: 'doi',
    SN: 'standardNumber',
    LA: 'language',
    UL: 'url',
    LK: 'url',
    DS: 'database',
    DB: 'database',
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
  },
};
