import { createHash } from 'node:crypto';
import type { Graph } from '../../graph/driver.js';
import { seededRandom } from '../../topics/cluster/random.js';
import { loadCslTexts, type CslRecord } from './texts.js';

/**
 * A deterministic (seeded) graph in the product's own model, for the API benchmark:
 * organisations (government issuers among them), people, projects with their curated links,
 * policies with issuers, regions, industries, revisions, attachments, relations and
 * conditions, literature documents in import batches, and news items. Texts are real CSL
 * titles, abstracts and keywords, resampled with variation. The 53 industries and the
 * region tree are the ones prepareGraph loads, read back from the database.
 */

export const GENERATOR_VERSION = 2;

/** A policy's industries, as the crawler links them (migration 50 unified CONCERNS into SUPPORTS). */
export const POLICY_INDUSTRY_TYPES = ['SUPPORTS'] as const;

export const FULL_COUNTS = { documents: 50_000, policies: 5_000, people: 10_000, organizations: 5_000, projects: 2_000, news: 2_000 };
export type Counts = typeof FULL_COUNTS;

export function countsAt(scale: number): Counts {
  return Object.fromEntries(Object.entries(FULL_COUNTS).map(([k, v]) => [k, Math.max(20, Math.round(v * scale))])) as Counts;
}

/** Share of policies with librarian-curated conditions (policy matching reads all of them). */
const CONDITIONED_SHARE = 0.2;
const BATCH = 2_000;

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤',
];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲宇浩凯鹏飞晨欣怡嘉琪子涵梓轩雨萱思远博文一鸣晓峰志强海燕'];
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
const JOURNALS = ['科技导报', '中国科技论坛', '浙江大学学报', '嘉兴学院学报', '科学学研究', '中国软科学', '工程科学学报', '管理世界'];
const DATABASES = ['CNKI', 'Wanfang', 'VIP'];
const QUALIFICATIONS = ['HIGH_TECH', 'SPECIALIZED', 'TECH_SME'];
const TALENTS = ['博士', '省级人才', '市级领军人才', '海外高层次人才'];
const RELATION_TYPES = ['REPEALS', 'REPLACES', 'AMENDS'] as const;

interface Region {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}
interface Industry {
  code: string;
  name: string;
}

type Rng = () => number;
const pick = <T>(random: Rng, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Rng, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const some = <T>(random: Rng, list: readonly T[], min: number, max: number): T[] => {
  const n = between(random, min, max);
  return [...new Set(Array.from({ length: n }, () => pick(random, list)))];
};
const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const date = (random: Rng, fromYear: number, toYear: number) =>
  `${between(random, fromYear, toYear)}-${pad(between(random, 1, 12), 2)}-${pad(between(random, 1, 28), 2)}`;
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const shortName = (name: string) => name.replace(/(市|区|县|省)$/, '');

export interface GenerateOptions {
  seed: number;
  scale: number;
  onProgress?: (line: string) => void;
}

export interface GeneratedSummary {
  counts: Counts;
  nodes: number;
  relationships: number;
  seconds: number;
}

async function write(graph: Graph, cypher: string, rows: object[], label: string, onProgress?: (line: string) => void) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await graph.write(`UNWIND $rows AS row ${cypher}`, { rows: rows.slice(start, start + BATCH) });
  }
  onProgress?.(`  ${label}: ${rows.length}`);
}

const PROVENANCE = `provSourceUrl: row.sourceUrl, provImportFile: null, provActor: 'bench-generator', provAt: datetime(row.at)`;

export async function generateGraph(graph: Graph, { seed, scale, onProgress }: GenerateOptions): Promise<GeneratedSummary> {
  const started = Date.now();
  const random = seededRandom(seed);
  const counts = countsAt(scale);
  const texts = loadCslTexts();
  const regions = await graph.read<Region>(
    'MATCH (r:Region) RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode ORDER BY r.code',
  );
  const industries = await graph.read<Industry>('MATCH (i:Industry) RETURN i.code AS code, i.name AS name ORDER BY i.code');
  const counties = regions.filter((r) => r.level === 'COUNTY');
  const city = regions.find((r) => r.level === 'CITY')!;
  const province = regions.find((r) => r.level === 'PROVINCE')!;
  if (counties.length === 0 || industries.length === 0) throw new Error('run prepareGraph first: no regions or industries');
  const at = (r: Rng) => `${date(r, 2023, 2025)}T08:00:00Z`;

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

  // Policies.
  const numbers = new Map<string, number>();
  const policies = Array.from({ length: counts.policies }, (_, i) => {
    const issuer = pick(random, issuerOrgs);
    const region =
      issuer.region === province.code ? province : issuer.region === city.code ? city : counties.find((c) => c.code === issuer.region)!;
    const inds = some(random, industries, 1, 3);
    const main = shortName(inds[0]!.name);
    const kw = pick(random, texts.keywords);
    const year = between(random, 2015, 2025);
    const title = pick(random, [
      `${region.name}关于加快${main}产业高质量发展的若干意见`,
      `${region.name}${main}产业扶持政策实施细则`,
      `关于印发《${region.name}${main}专项资金管理办法》的通知`,
      `${region.name}关于支持${kw}领域科技创新的若干政策`,
      `关于开展${year}年度${main}企业培育工作的通知`,
    ]);
    const prefix = `${shortName(region.name).slice(0, 1)}${pick(random, ['政办发', '科发', '经信发', '发改', '财'])}`;
    const serial = (numbers.get(`${prefix}${year}`) ?? 0) + 1;
    numbers.set(`${prefix}${year}`, serial);
    const maxAge = between(random, 3, 10);
    const rd = between(random, 3, 30);
    const paragraphs = [
      `为深入实施创新驱动发展战略，加快推进${main}产业发展，结合${region.name}实际，制定本政策。`,
      `一、支持对象。在${region.name}注册、成立不满${maxAge}年的企业，研发人员不少于${rd}人，重点支持${inds.map((x) => x.name).join('、')}等领域。`,
      `二、支持方向。${pick(random, texts.records).abstract.slice(0, 160)}`,
      `三、支持标准。对认定为高新技术企业的，给予一次性奖励；对年营业收入不低于${between(random, 1, 50) * 100}万元的企业，按研发投入给予补助。`,
      `四、本政策自${year}年${between(random, 1, 12)}月1日起施行，有效期${between(random, 2, 5)}年。`,
    ];
    const publishedDate = `${year}-${pad(between(random, 1, 12), 2)}-${pad(between(random, 1, 28), 2)}`;
    const id = hash(`policy-${seed}-${i}`).slice(0, 32);
    return {
      id,
      url: `https://www.jiaxing.gov.cn/art/${year}/${id.slice(0, 8)}.html`,
      title,
      documentNumber: `${prefix}〔${year}〕${serial}号`,
      issuer: issuer.name,
      issuerId: issuer.id,
      writtenDate: publishedDate,
      publishedDate,
      validity: random() < 0.7 ? '有效' : random() < 0.66 ? '失效' : '废止',
      effectiveDate: publishedDate,
      expiryDate: null,
      category: pick(random, ['科技创新', '产业发展', '人才政策', '财政扶持']),
      text: paragraphs.join('\n'),
      html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      level: region.level === 'PROVINCE' ? '浙江省' : region.level === 'CITY' ? '嘉兴市' : '区县',
      regionCode: region.code,
      sourceId: `bench-source-${issuerRegions.indexOf(region)}`,
      at: at(random),
      industries: inds.map((x) => x.code),
      attachments: Array.from({ length: between(random, 0, 2) }, (_, k) => ({
        url: `https://www.jiaxing.gov.cn/art/${year}/${id.slice(0, 8)}-${k + 1}.pdf`,
        name: `附件${k + 1}：申报表`,
        format: 'pdf',
      })),
      conditions:
        random() < CONDITIONED_SHARE
          ? {
              regionCodes: region.level === 'COUNTY' ? [region.code] : [],
              industryCodes: random() < 0.3 ? [pick(random, industries).code] : [],
              maxAgeYears: random() < 0.5 ? maxAge : null,
              minRdStaff: random() < 0.5 ? rd : null,
              maxEmployees: random() < 0.3 ? between(random, 50, 500) : null,
              minRevenue: random() < 0.4 ? between(random, 1, 50) * 100 : null,
              qualifications: random() < 0.4 ? [pick(random, QUALIFICATIONS)] : [],
              talentTypes: random() < 0.2 ? [pick(random, TALENTS)] : [],
              validFrom: publishedDate,
              validUntil: random() < 0.8 ? `${year + between(random, 2, 6)}-12-31` : null,
            }
          : null,
    };
  });
  const policyLinks = policies
    .map((p, i) =>
      i > 10 && random() < 0.08 ? { from: p.id, to: policies[between(random, 0, i - 1)]!.id, type: pick(random, RELATION_TYPES) } : null,
    )
    .filter((x) => x !== null);

  // Curated links.
  const link = (from: string, to: string, r: Rng) => ({
    from,
    to,
    deleted: r() < 0.01,
    at: at(r),
    sourceUrl: 'https://www.jiaxing.gov.cn/',
  });
  const links: Record<string, { fromLabel: string; toLabel: string; toKey: string; rows: ReturnType<typeof link>[] }> = {
    MEMBER_OF: { fromLabel: 'Person', toLabel: 'Organization', toKey: 'id', rows: [] },
    MEMBER_OF_PROJECT: { fromLabel: 'Person', toLabel: 'Project', toKey: 'id', rows: [] },
    LEADS: { fromLabel: 'Person', toLabel: 'Organization', toKey: 'id', rows: [] },
    LEADS_PROJECT: { fromLabel: 'Person', toLabel: 'Project', toKey: 'id', rows: [] },
    AFFILIATED_WITH: { fromLabel: 'Person', toLabel: 'Organization', toKey: 'id', rows: [] },
    ORG_AFFILIATED_WITH: { fromLabel: 'Organization', toLabel: 'Organization', toKey: 'id', rows: [] },
    PROJECT_AFFILIATED_WITH: { fromLabel: 'Project', toLabel: 'Organization', toKey: 'id', rows: [] },
    PERSON_IN_INDUSTRY: { fromLabel: 'Person', toLabel: 'Industry', toKey: 'code', rows: [] },
    ORG_IN_INDUSTRY: { fromLabel: 'Organization', toLabel: 'Industry', toKey: 'code', rows: [] },
    PROJECT_IN_INDUSTRY: { fromLabel: 'Project', toLabel: 'Industry', toKey: 'code', rows: [] },
    PERSON_LOCATED_IN: { fromLabel: 'Person', toLabel: 'Region', toKey: 'code', rows: [] },
    ORG_LOCATED_IN: { fromLabel: 'Organization', toLabel: 'Region', toKey: 'code', rows: [] },
    PROJECT_LOCATED_IN: { fromLabel: 'Project', toLabel: 'Region', toKey: 'code', rows: [] },
    ORG_FUNDED_BY: { fromLabel: 'Organization', toLabel: 'Policy', toKey: 'id', rows: [] },
    PROJECT_FUNDED_BY: { fromLabel: 'Project', toLabel: 'Policy', toKey: 'id', rows: [] },
  };
  for (const org of organizations) {
    for (const code of org.industries) links.ORG_IN_INDUSTRY!.rows.push(link(org.id, code, random));
    links.ORG_LOCATED_IN!.rows.push(link(org.id, org.region, random));
    if (org.kind !== 'GOVERNMENT' && random() < 0.1) links.ORG_AFFILIATED_WITH!.rows.push(link(org.id, pick(random, companies).id, random));
    if (org.kind === 'COMPANY' && random() < 0.2)
      for (const p of some(random, policies, 1, 2)) links.ORG_FUNDED_BY!.rows.push(link(org.id, p.id, random));
  }
  for (const person of people) {
    for (const org of some(random, companies, 1, 2)) links.MEMBER_OF!.rows.push(link(person.id, org.id, random));
    if (random() < 0.1) links.LEADS!.rows.push(link(person.id, pick(random, companies).id, random));
    if (random() < 0.3) links.AFFILIATED_WITH!.rows.push(link(person.id, pick(random, companies).id, random));
    if (random() < 0.5) links.PERSON_IN_INDUSTRY!.rows.push(link(person.id, pick(random, industries).code, random));
    if (random() < 0.6) links.PERSON_LOCATED_IN!.rows.push(link(person.id, pick(random, counties).code, random));
  }
  for (const project of projects) {
    links.LEADS_PROJECT!.rows.push(link(pick(random, people).id, project.id, random));
    for (const person of some(random, people, 3, 8)) links.MEMBER_OF_PROJECT!.rows.push(link(person.id, project.id, random));
    links.PROJECT_AFFILIATED_WITH!.rows.push(link(project.id, pick(random, companies).id, random));
    links.PROJECT_IN_INDUSTRY!.rows.push(link(project.id, project.industry, random));
    links.PROJECT_LOCATED_IN!.rows.push(link(project.id, project.region, random));
    if (random() < 0.5) links.PROJECT_FUNDED_BY!.rows.push(link(project.id, pick(random, policies).id, random));
  }

  // Documents: CSL records resampled with variation, in import batches.
  const batchCount = Math.max(5, Math.round(counts.documents / 1_000));
  const batches = Array.from({ length: batchCount }, (_, i) => ({
    id: `batch-${pad(i, 4)}`,
    fileName: `${pick(random, DATABASES).toLowerCase()}-export-${i}.ris`,
    fileHash: hash(`batch-${seed}-${i}`),
    database: pick(random, DATABASES),
    at: at(random),
  }));
  const documents = Array.from({ length: counts.documents }, (_, i) => {
    const base: CslRecord = pick(random, texts.records);
    const variant = Math.floor(random() * 5);
    const industry = pick(random, industries);
    const kw = base.keywords[0] ?? pick(random, texts.keywords);
    const title = [
      base.title,
      `${base.title}——以嘉兴为例`,
      `基于${kw}的${pick(random, texts.titles)}`,
      `${shortName(industry.name)}视角下的${base.title}`,
      pick(random, texts.titles),
    ][variant]!;
    const abstract = variant === 4 ? pick(random, texts.records).abstract : base.abstract;
    const keywords = [
      ...new Set([
        ...some(random, base.keywords.length ? base.keywords : texts.keywords, 2, 5),
        ...(random() < 0.3 ? [shortName(industry.name)] : []),
      ]),
    ];
    const authors = Array.from(
      { length: between(random, 1, 4) },
      () => `${pick(random, SURNAMES)}${pick(random, GIVEN)}${pick(random, GIVEN)}`,
    );
    const year = between(random, 2000, 2025);
    const batch = batches[i % batchCount]!;
    return {
      id: `doc-${pad(i, 7)}`,
      title,
      abstract,
      keywords,
      keywordText: keywords.join(' '),
      authors,
      year,
      journal: pick(random, JOURNALS),
      doi: random() < 0.4 ? `10.${between(random, 1000, 9999)}/bench.${i}` : null,
      database: batch.database,
      dedupeKey: random() < 0.4 ? `doi:10.bench/${i}` : `title:${hash(`${title}|${authors[0]}|${year}|${i}`).slice(0, 24)}`,
      titleKey: title.replace(/[\s\p{P}]/gu, '').toLowerCase(),
      sourceId: String(Math.floor(i / batchCount) + 1),
      batchId: batch.id,
      line: Math.floor(i / batchCount) * 12 + 1,
    };
  });

  const news = Array.from({ length: counts.news }, (_, i) => {
    const region = pick(random, [city, ...counties]);
    const record = pick(random, texts.records);
    return {
      id: hash(`news-${seed}-${i}`).slice(0, 32),
      title: `${shortName(region.name)}：${pick(random, texts.titles)}`,
      summary: record.abstract.slice(0, 100),
      text: record.abstract,
      publishedAt: `${date(random, 2022, 2025)}T09:00:00Z`,
      level: region.level === 'CITY' ? '嘉兴市' : '区县',
      regionCode: region.code,
      industry: pick(random, industries).code,
      organizations: some(random, companies, 1, 2).map((o) => o.id),
      people: random() < 0.5 ? [pick(random, people).id] : [],
      at: at(random),
    };
  });

  onProgress?.(`generated in memory (${((Date.now() - started) / 1000).toFixed(1)} s); writing:`);

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

  await write(
    graph,
    `CREATE (p:Policy {id: row.id})
     SET p.url = row.url, p.title = row.title, p.documentNumber = row.documentNumber, p.issuer = row.issuer, p.writtenDate = row.writtenDate,
         p.publishedDate = row.publishedDate, p.validity = row.validity, p.effectiveDate = row.effectiveDate, p.category = row.category,
         p.text = row.text, p.html = row.html, p.contentHash = row.id, p.revision = 1, p.level = row.level, p.regionCode = row.regionCode,
         p.sourceId = row.sourceId, p.relationKinds = [], p.relationNumbers = [], p.relationTitles = [],
         p.firstSeenAt = datetime(row.at), p.updatedAt = datetime(row.at), p.lastSeenAt = datetime(row.at),
         p.version = 1, p.deleted = false, p.curatedFields = [], p.createdAt = datetime(row.at),
         p.provActor = 'crawler', p.provSourceUrl = row.url, p.provAt = datetime(row.at)
     CREATE (rev:PolicyRevision {id: row.id + '#1', policyId: row.id, number: 1, title: row.title, documentNumber: row.documentNumber,
             validity: row.validity, text: row.text, html: row.html, contentHash: row.id, fetchedAt: datetime(row.at)})
     CREATE (p)-[:HAS_REVISION]->(rev)
     WITH p, row
     MATCH (o:Organization {id: row.issuerId}) CREATE (p)-[:ISSUED_BY {origin: 'crawler', deleted: false}]->(o)
     WITH p, row
     MATCH (r:Region {code: row.regionCode}) CREATE (p)-[:IN_REGION {origin: 'crawler', deleted: false}]->(r)
     WITH p, row
     UNWIND row.attachments AS a
     MERGE (f:Attachment {url: a.url}) SET f.name = a.name, f.format = a.format
     CREATE (p)-[:HAS_ATTACHMENT]->(f)`,
    policies,
    'Policy (with revision, issuer, region, attachments)',
    onProgress,
  );
  // Relationship types come from the fixed constant above, never from data.
  for (const type of POLICY_INDUSTRY_TYPES) {
    await write(
      graph,
      `MATCH (p:Policy {id: row.id}) UNWIND row.industries AS code MATCH (i:Industry {code: code}) CREATE (p)-[:${type} {origin: 'crawler', deleted: false}]->(i)`,
      policies.map(({ id, industries: codes }) => ({ id, industries: codes })),
      `(:Policy)-[:${type}]->(:Industry)`,
      onProgress,
    );
  }
  for (const type of RELATION_TYPES) {
    await write(
      graph,
      `MATCH (a:Policy {id: row.from}), (b:Policy {id: row.to}) CREATE (a)-[:${type} {origin: 'crawler', deleted: false}]->(b)`,
      policyLinks.filter((l) => l.type === type),
      `(:Policy)-[:${type}]->(:Policy)`,
      onProgress,
    );
  }
  await write(
    graph,
    `MATCH (p:Policy {id: row.id})
     CREATE (p)-[:HAS_CONDITIONS]->(c:PolicyConditions {policyId: row.id})
     SET c.industryCodes = row.c.industryCodes, c.regionCodes = row.c.regionCodes, c.maxAgeYears = toInteger(row.c.maxAgeYears),
         c.minRdStaff = toInteger(row.c.minRdStaff), c.maxEmployees = toInteger(row.c.maxEmployees), c.minRevenue = toInteger(row.c.minRevenue),
         c.qualifications = row.c.qualifications, c.talentTypes = row.c.talentTypes, c.validFrom = row.c.validFrom, c.validUntil = row.c.validUntil,
         c.version = 1, c.updatedAt = datetime(), c.updatedBy = 'bench-generator'`,
    policies.filter((p) => p.conditions).map((p) => ({ id: p.id, c: p.conditions })),
    'PolicyConditions',
    onProgress,
  );

  for (const [name, spec] of Object.entries(links)) {
    const type = name.replace(/^(PERSON|ORG|PROJECT)_/, '').replace(/_PROJECT$/, '');
    await write(
      graph,
      `MATCH (a:${spec.fromLabel} {id: row.from}), (b:${spec.toLabel} {${spec.toKey}: row.to})
       CREATE (a)-[:${type} {deleted: row.deleted, ${PROVENANCE}}]->(b)`,
      spec.rows,
      `(:${spec.fromLabel})-[:${type}]->(:${spec.toLabel})`,
      onProgress,
    );
  }

  await write(
    graph,
    `CREATE (b:ImportBatch {id: row.id}) SET b.fileName = row.fileName, b.fileHash = row.fileHash, b.format = 'RIS', b.encoding = 'UTF-8',
       b.database = row.database, b.importedBy = '王馆员', b.importedAt = datetime(row.at), b.status = 'COMPLETED', b.reportJson = '{}'`,
    batches,
    'ImportBatch',
    onProgress,
  );
  await write(
    graph,
    `MATCH (b:ImportBatch {id: row.batchId})
     CREATE (d:Document {id: row.id})
     SET d.title = row.title, d.abstract = row.abstract, d.keywords = row.keywords, d.keywordText = row.keywordText, d.authors = row.authors,
         d.year = toInteger(row.year), d.journal = row.journal, d.doi = row.doi, d.database = row.database, d.type = 'article', d.language = 'zh',
         d.dedupeKey = row.dedupeKey, d.titleKey = row.titleKey, d.sourceId = row.sourceId, d.importedAt = b.importedAt, d.batchId = b.id
     CREATE (d)-[:IMPORTED_IN {line: toInteger(row.line), sourceId: row.sourceId}]->(b)`,
    documents,
    'Document',
    onProgress,
  );
  await write(
    graph,
    'MATCH (b:ImportBatch {id: row.id}) SET b.added = COUNT { (b)<-[:IMPORTED_IN]-() }, b.duplicates = 0, b.rejected = 0',
    batches,
    'ImportBatch counts',
    onProgress,
  );

  await write(
    graph,
    `CREATE (n:NewsItem {id: row.id})
     SET n.guid = row.id, n.url = 'https://news.example.cn/' + row.id, n.title = row.title, n.summary = row.summary, n.text = row.text,
         n.html = '<p>' + row.text + '</p>', n.publishedAt = row.publishedAt, n.author = null, n.contentHash = row.id, n.revision = 1,
         n.level = row.level, n.regionCode = row.regionCode, n.sourceId = 'bench-news', n.firstSeenAt = datetime(row.at), n.updatedAt = datetime(row.at)
     WITH n, row
     MATCH (r:Region {code: row.regionCode}) CREATE (n)-[:IN_REGION]->(r)
     WITH n, row
     MATCH (i:Industry {code: row.industry}) CREATE (n)-[:CONCERNS]->(i)
     WITH n, row
     CALL (n, row) { UNWIND row.organizations AS id MATCH (o:Organization {id: id}) CREATE (n)-[:MENTIONS]->(o) }
     CALL (n, row) { UNWIND row.people AS id MATCH (p:Person {id: id}) CREATE (n)-[:MENTIONS]->(p) }`,
    news,
    'NewsItem',
    onProgress,
  );

  const [totals] = await graph.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { counts, nodes: totals!.nodes, relationships: totals!.relationships, seconds: Math.round((Date.now() - started) / 1000) };
}
