import type { Graph } from '../../../graph/driver.js';
import type { Entities } from './entities.js';
import { between, hash, pad, pick, some, shortName, write, type Progress, type World } from './world.js';

/** Policies with their issuers, regions, industries, revision, attachments, relations and conditions. */

/** A policy's industries, as the crawler links them (migration 50 unified CONCERNS into SUPPORTS). */
export const POLICY_INDUSTRY_TYPES = ['SUPPORTS'] as const;

/** Share of policies with librarian-curated conditions (policy matching reads all of them). */
const CONDITIONED_SHARE = 0.2;
const QUALIFICATIONS = ['HIGH_TECH', 'SPECIALIZED', 'TECH_SME'];
const TALENTS = ['博士', '省级人才', '市级领军人才', '海外高层次人才'];
const RELATION_TYPES = ['REPEALS', 'REPLACES', 'AMENDS'] as const;

export function generatePolicies(
  { seed, random, counts, texts, industries, counties, city, province, at }: World,
  { issuerOrgs, issuerRegions }: Entities,
) {
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
  return { policies, policyLinks };
}

export type Policies = ReturnType<typeof generatePolicies>;

export async function writePolicies(graph: Graph, { policies, policyLinks }: Policies, onProgress: Progress) {
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
}
