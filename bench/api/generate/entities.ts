import type { Graph } from '../../../graph/driver.js';
import { date, GIVEN, hash, pad, pick, some, SURNAMES, shortName, write, type Progress, type World } from './world.js';

/** Organisations (government issuers first), people and projects. */

const BRAND = [...'华新瑞盛科泰联创宏达源恒佳明天正海光睿博鑫诚信誉德安嘉禾越'];
const PERSON_TITLES = ['董事长', '总经理', '首席技术官', '教授', '副教授', '研究员', '高级工程师', '创始人', '项目经理', '主任'];
const DEPARTMENTS = ['科学技术局', '经济和信息化局', '发展和改革局', '财政局', '人力资源和社会保障局', '商务局', '市场监督管理局'];
const ORG_KINDS = [
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'COMPANY',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'INCUBATOR',
  'ASSOCIATION',
];
const COMPANY_SUFFIX = ['科技有限公司', '股份有限公司', '新材料有限公司', '智能装备有限公司', '技术有限公司'];
const PROJECT_KINDS = ['关键技术研发', '产业化', '示范应用', '中试平台建设', '创新联合体', '智能化改造'];
const PROJECT_STATUS = ['PLANNED', 'ACTIVE', 'ACTIVE', 'COMPLETED', 'SUSPENDED'];

export function generateEntities({ random, counts, texts, industries, counties, city, province, at }: World) {
  // Organisations: government departments (policy issuers) first, then the rest.
  const issuerRegions = [province, city, ...counties];
  const issuers = issuerRegions.flatMap((region) =>
    DEPARTMENTS.map((dept) => ({ region, name: `${region.name}${region.level === 'PROVINCE' ? dept.replace(/局$/, '厅') : dept}` })),
  );
  const organizations = Array.from({ length: counts.organizations }, (_, i) => {
    const issuer = issuers[i];
    const region = issuer?.region ?? pick(random, counties);
    const industry = pick(random, industries);
    const kind = issuer ? 'GOVERNMENT' : pick(random, ORG_KINDS);
    const brand = `${pick(random, BRAND)}${pick(random, BRAND)}`;
    const name =
      issuer?.name ??
      (kind === 'COMPANY'
        ? `${shortName(region.name)}${brand}${shortName(industry.name).slice(0, 4)}${pick(random, COMPANY_SUFFIX)}`
        : kind === 'UNIVERSITY'
          ? `${shortName(region.name)}${brand}学院`
          : kind === 'RESEARCH_INSTITUTE'
            ? `${shortName(region.name)}${shortName(industry.name)}研究院`
            : kind === 'INCUBATOR'
              ? `${shortName(region.name)}${brand}创业孵化园`
              : `${shortName(region.name)}${shortName(industry.name)}产业协会`);
    const aliasList = kind === 'COMPANY' && random() < 0.3 ? [`${brand}${shortName(industry.name).slice(0, 2)}`] : [];
    return {
      id: `org-${pad(i)}`,
      name,
      kind,
      aliasList,
      aliases: aliasList.join(' / '),
      creditCode: kind === 'COMPANY' ? `91330400${hash(`cc${i}`).slice(0, 10).toUpperCase()}` : null,
      website: random() < 0.5 ? `https://www.example-${i}.cn` : null,
      description: `${name}，${pick(random, texts.records).abstract.slice(0, 80)}`,
      deleted: !issuer && random() < 0.01,
      at: at(random),
      sourceUrl: `https://www.jiaxing.gov.cn/org/${i}`,
      region: region.code,
      industries: some(random, industries, 1, 2).map((x) => x.code),
    };
  });
  const issuerOrgs = organizations.slice(0, issuers.length);
  const companies = organizations.slice(issuers.length);

  const people = Array.from({ length: counts.people }, (_, i) => ({
    id: `per-${pad(i)}`,
    name: `${pick(random, SURNAMES)}${pick(random, GIVEN)}${random() < 0.6 ? pick(random, GIVEN) : ''}`,
    title: pick(random, PERSON_TITLES),
    description: random() < 0.3 ? `研究方向：${some(random, texts.keywords, 1, 3).join('、')}` : null,
    deleted: random() < 0.01,
    at: at(random),
    sourceUrl: `https://www.jiaxing.gov.cn/person/${i}`,
  }));

  const projects = Array.from({ length: counts.projects }, (_, i) => {
    const industry = pick(random, industries);
    const kw = pick(random, texts.keywords);
    return {
      id: `prj-${pad(i)}`,
      name:
        random() < 0.5
          ? `${shortName(industry.name)}${pick(random, PROJECT_KINDS)}项目`
          : `基于${kw}的${shortName(industry.name)}${pick(random, PROJECT_KINDS)}`,
      description: pick(random, texts.records).abstract.slice(0, 200),
      status: pick(random, PROJECT_STATUS),
      startedOn: date(random, 2018, 2025),
      deleted: random() < 0.01,
      at: at(random),
      sourceUrl: `https://kjj.jiaxing.gov.cn/project/${i}`,
      industry: industry.code,
      region: pick(random, counties).code,
    };
  });

  return { issuerRegions, organizations, issuerOrgs, companies, people, projects };
}

export type Entities = ReturnType<typeof generateEntities>;

export async function writeEntities(graph: Graph, { organizations, people, projects }: Entities, onProgress: Progress) {
  const entity = `SET n.version = 1, n.deleted = row.deleted, n.libraryId = null, n.createdAt = datetime(row.at), n.updatedAt = datetime(row.at),
                     n.provSourceUrl = row.sourceUrl, n.provImportFile = null, n.provActor = 'bench-generator', n.provAt = datetime(row.at)`;
  await write(
    graph,
    `CREATE (n:Organization {id: row.id}) SET n.name = row.name, n.kind = row.kind, n.aliasList = row.aliasList, n.aliases = row.aliases,
     n.creditCode = row.creditCode, n.website = row.website, n.description = row.description ${entity.replace('SET', ',')}`,
    organizations,
    'Organization',
    onProgress,
  );
  await write(
    graph,
    `CREATE (n:Person {id: row.id}) SET n.name = row.name, n.title = row.title, n.description = row.description ${entity.replace('SET', ',')}`,
    people,
    'Person',
    onProgress,
  );
  await write(
    graph,
    `CREATE (n:Project {id: row.id}) SET n.name = row.name, n.description = row.description, n.status = row.status, n.startedOn = row.startedOn ${entity.replace('SET', ',')}`,
    projects,
    'Project',
    onProgress,
  );
}
