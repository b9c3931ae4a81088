/** Chinese names of the API's enums. */

export const VALIDITY: Record<string, string> = { VALID: '有效', REPEALED: '废止', EXPIRED: '失效' };
export const LEVEL: Record<string, string> = { NATION: '国家', PROVINCE: '省级', CITY: '市级', COUNTY: '区县' };
export const QUALIFICATION: Record<string, string> = { HIGH_TECH: '高新技术企业', SPECIALIZED: '专精特新', TECH_SME: '科技型中小企业' };
export const RELATION: Record<string, string> = { REPEALS: '废止', REPLACES: '替代', AMENDS: '修改' };
export const ROLE: Record<string, string> = { READER: '读者', BOOKSTORE: '书店员工', LIBRARIAN: '馆员', ADMIN: '管理员' };
export const ORGANIZATION_KIND: Record<string, string> = {
  COMPANY: '企业',
  UNIVERSITY: '高校',
  RESEARCH_INSTITUTE: '科研院所',
  GOVERNMENT: '政府机构',
  INCUBATOR: '孵化器',
  ASSOCIATION: '协会',
  OTHER: '其他',
};
export const PROJECT_STATUS: Record<string, string> = { PLANNED: '计划中', ACTIVE: '进行中', COMPLETED: '已完成', SUSPENDED: '已暂停' };
export const LINK_TYPE: Record<string, string> = {
  LEADS: '负责',
  MEMBER_OF: '成员',
  AFFILIATED_WITH: '隶属',
  IN_INDUSTRY: '所属产业',
  LOCATED_IN: '所在地区',
  FUNDED_BY: '获政策支持',
  SUPPORTS: '支持产业',
  ISSUED_BY: '发文机关',
  IN_REGION: '适用地区',
  AMENDS: '修订',
  REPLACES: '替代',
  REPEALS: '废止',
  MENTIONS: '提及',
};
export const KIND: Record<string, string> = {
  Person: '人物',
  Organization: '机构',
  Project: '项目',
  Industry: '产业',
  Region: '地区',
  Policy: '政策',
  Document: '文献',
  NewsItem: '资讯',
  Topic: '专题',
  Library: '图书馆',
};
export const MAPPING_STATUS: Record<string, string> = { AUTO: '自动映射', REVIEW: '待审核', LIBRARIAN: '馆员确认' };
export const CRAWL_STATUS: Record<string, string> = { RUNNING: '运行中', OK: '成功', PARTIAL: '部分成功', FAILED: '失败', SKIPPED: '跳过' };
export const AUDIT_ACTION: Record<string, string> = {
  CREATE: '创建',
  IMPORT: '导入',
  UPDATE: '修改',
  DELETE: '删除',
  RESTORE: '恢复',
  MERGE: '合并',
  MERGED_INTO: '并入',
  LINK: '关联',
  UNLINK: '取消关联',
  LINK_REQUESTED: '请求关联',
  LINK_ACCEPTED: '接受关联',
  LINK_DECLINED: '拒绝关联',
  SOURCE_REMOVED: '移除采集源',
  PUBLISH: '发布',
  UNPUBLISH: '撤回为草稿',
};

/** The web route of a graph node, by its kind; null for kinds without a page. */
export function nodeHref(kind: string, id: string): string | null {
  switch (kind) {
    case 'Person':
      return `/people/${encodeURIComponent(id)}`;
    case 'Organization':
      return `/organizations/${encodeURIComponent(id)}`;
    case 'Project':
      return `/projects/${encodeURIComponent(id)}`;
    case 'Policy':
      return `/policies/${encodeURIComponent(id)}`;
    case 'Document':
      return `/documents/${encodeURIComponent(id)}`;
    case 'NewsItem':
      return `/news/${encodeURIComponent(id)}`;
    case 'Topic':
      return `/topics/${encodeURIComponent(id)}`;
    case 'Industry':
      return `/industries/${encodeURIComponent(id)}`;
    default:
      return null;
  }
}

export const formatDate = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');

/** Why a trend chart is missing: trends count documents by publication year, and these have none (CSL records; CNKI and Wanfang exports carry years). */
export const NO_YEARS = '这些文献没有出版年份，无法画出年度趋势（知网、万方导出的题录带有年份）。';
