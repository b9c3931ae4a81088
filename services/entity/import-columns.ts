import type { EntityType } from '../../domain/entity/types.js';
import type { LinkType } from '../../domain/entity/links.js';
import { FIELDS_OF } from './validation.js';

/**
 * The columns a bulk import reads, and the Chinese headers and values people write in
 * them (姓名, 单位, 统一社会信用代码; 企业, 进行中…), mapped to one canonical name. CSV and
 * .xlsx files go through the same mapping; exports write the canonical names, so an export
 * imports back unchanged.
 */

export type ImportKind = EntityType | 'Link';

/** Columns besides the entity's own fields: references resolved to links. */
export const LINK_COLUMNS: Record<EntityType, Record<string, { type: LinkType; target: 'Organization' | 'Industry' | 'Region' }>> = {
  Person: {
    organization: { type: 'MEMBER_OF', target: 'Organization' },
    industry: { type: 'IN_INDUSTRY', target: 'Industry' },
    region: { type: 'LOCATED_IN', target: 'Region' },
  },
  Organization: { industry: { type: 'IN_INDUSTRY', target: 'Industry' }, region: { type: 'LOCATED_IN', target: 'Region' } },
  Project: {
    organization: { type: 'AFFILIATED_WITH', target: 'Organization' },
    industry: { type: 'IN_INDUSTRY', target: 'Industry' },
    region: { type: 'LOCATED_IN', target: 'Region' },
  },
};

/**
 * Every column a file of the kind may have, in export order. `id` recognises an entity
 * already there (a new one gets a new id); a row with `deleted` true is skipped.
 */
export const IMPORT_COLUMNS: Record<ImportKind, readonly string[]> = {
  Person: ['id', ...FIELDS_OF.Person, ...Object.keys(LINK_COLUMNS.Person), 'sourceUrl', 'deleted'],
  Organization: ['id', ...FIELDS_OF.Organization, ...Object.keys(LINK_COLUMNS.Organization), 'sourceUrl', 'deleted'],
  Project: ['id', ...FIELDS_OF.Project, ...Object.keys(LINK_COLUMNS.Project), 'sourceUrl', 'deleted'],
  Link: ['from', 'type', 'to', 'sourceUrl'],
};

const HEADER_ALIASES: Record<string, readonly string[]> = {
  id: ['编号', 'ID'],
  name: ['姓名', '名称', '单位名称', '企业名称', '机构名称', '项目名称'],
  title: ['职务', '职称'],
  description: ['简介', '描述', '说明'],
  aliases: ['别名', '简称'],
  kind: ['类型', '机构类型'],
  website: ['网站', '官网', '网址'],
  creditCode: ['统一社会信用代码', '信用代码'],
  status: ['状态', '项目状态'],
  startedOn: ['开始日期', '立项日期', '启动日期'],
  organization: ['单位', '所属单位', '工作单位', '所属机构', '依托单位'],
  industry: ['产业', '行业', '所属产业'],
  region: ['地区', '区域', '所在地'],
  sourceUrl: ['来源', '来源网址', '出处'],
  deleted: ['已删除'],
  from: ['起点', '主体'],
  type: ['关系', '关系类型'],
  to: ['终点', '对象', '客体'],
};

/** The canonical name of a header cell for this kind; unknown headers come back as written. */
export function canonicalHeader(kind: ImportKind, header: string): string {
  const written = header.trim();
  const allowed = IMPORT_COLUMNS[kind];
  const exact = allowed.find((column) => column.toLowerCase() === written.toLowerCase());
  if (exact) return exact;
  const aliased = Object.entries(HEADER_ALIASES).find(([column, aliases]) => allowed.includes(column) && aliases.includes(written));
  return aliased ? aliased[0] : written;
}

const VALUE_ALIASES: Record<string, Record<string, string>> = {
  kind: {
    企业: 'COMPANY',
    公司: 'COMPANY',
    高校: 'UNIVERSITY',
    大学: 'UNIVERSITY',
    科研院所: 'RESEARCH_INSTITUTE',
    研究院: 'RESEARCH_INSTITUTE',
    政府: 'GOVERNMENT',
    政府部门: 'GOVERNMENT',
    孵化器: 'INCUBATOR',
    协会: 'ASSOCIATION',
    商会: 'ASSOCIATION',
    其他: 'OTHER',
  },
  status: { 计划: 'PLANNED', 筹备: 'PLANNED', 进行中: 'ACTIVE', 在研: 'ACTIVE', 已完成: 'COMPLETED', 结题: 'COMPLETED', 暂停: 'SUSPENDED' },
  type: {
    负责: 'LEADS',
    领导: 'LEADS',
    成员: 'MEMBER_OF',
    隶属: 'AFFILIATED_WITH',
    所属产业: 'IN_INDUSTRY',
    位于: 'LOCATED_IN',
    资助: 'FUNDED_BY',
  },
};

/** Enumerated values (kind, status, link type) in Chinese or any case become the API's names. */
export function canonicalValue(column: string, value: string): string {
  const aliases = VALUE_ALIASES[column];
  const trimmed = value.trim();
  if (!aliases || trimmed === '') return value;
  return aliases[trimmed] ?? trimmed.toUpperCase().replace(/[\s-]+/g, '_');
}
