import type { TaggedDialect, TaggedField } from './tagged.js';

/**
 * Wanfang's 自定义 (custom) export: one `label：value` line per field the librarian ticked, a
 * record opening with its 标题 line, a blank line between records. The labels are those of
 * Wanfang's record pages (作者, 刊名, 年，卷(期), 页码, 学位授予单位, 会议名称, 申请/专利号…).
 * A record names no type: the labels it carries tell it (a thesis has 学位授予单位, a patent
 * 申请/专利号, a standard 标准编号).
 */

const FIELDS: Record<string, TaggedField> = {
  标题: 'title',
  题名: 'title',
  作者: 'authors',
  '发明/设计人': 'authors',
  发明人: 'authors',
  起草单位: 'authors',
  摘要: 'abstract',
  关键词: 'keywords',
  刊名: 'journal',
  母体文献: 'journal',
  会议名称: 'journal',
  报纸: 'journal',
  '年，卷(期)': 'yearVolumeIssue',
  '年,卷(期)': 'yearVolumeIssue',
  年: 'date',
  出版年: 'date',
  学位年度: 'date',
  会议时间: 'date',
  '公开/公告日': 'date',
  发布日期: 'date',
  出版日期: 'date',
  卷: 'volume',
  期: 'issue',
  页码: 'pages',
  DOI: 'doi',
  ISSN: 'issn',
  ISBN: 'isbn',
  语种: 'language',
  链接: 'url',
  网址: 'url',
  URL: 'url',
  文献类型: 'type',
  资源类型: 'type',
};

/** Labels that only a record of one type carries. */
const TYPE_OF_LABEL: Record<string, string> = {
  刊名: '期刊',
  学位授予单位: '学位论文',
  授予学位: '学位论文',
  导师: '学位论文',
  会议名称: '会议',
  母体文献: '会议',
  会议地点: '会议',
  '申请/专利号': '专利',
  '公开/公告号': '专利',
  '申请/专利权人': '专利',
  标准编号: '标准',
  报纸: '报纸',
};

const LABELS = new Set([
  ...Object.keys(FIELDS),
  ...Object.keys(TYPE_OF_LABEL),
  '作者单位',
  '基金项目',
  '分类号',
  '在线出版日期',
  '会议地点',
]);

/** Full-width brackets and commas in a label as Wanfang writes them either way: `年，卷（期）` → `年，卷(期)`. */
const canonicalLabel = (label: string) => label.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');

export const WANFANG_CUSTOM: TaggedDialect = {
  name: 'Wanfang custom',
  start: '标题',
  tagOf: (line) => {
    const match = /^([^:：]{1,12}?)\s*[:：]\s?(.*)$/.exec(line.trimEnd());
    if (!match) return null;
    const label = canonicalLabel(match[1]!);
    if (!LABELS.has(label)) return null;
    return { tag: label === '题名' ? '标题' : label, value: match[2] ?? '' };
  },
  fields: FIELDS,
  typeHints: Object.fromEntries(Object.entries(TYPE_OF_LABEL).map(([label, type]) => [label, () => type])),
};
