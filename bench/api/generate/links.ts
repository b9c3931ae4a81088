import type { Graph } from '../../../graph/driver.js';
import type { Entities } from './entities.js';
import type { Policies } from './policies.js';
import { pick, some, write, type Progress, type Rng, type World } from './world.js';

/** The curated links between people, organisations, projects, industries, regions and policies. */

const PROVENANCE = `provSourceUrl: row.sourceUrl, provImportFile: null, provActor: 'bench-generator', provAt: datetime(row.at)`;

export function generateLinks(
  { random, industries, counties, at }: World,
  { organizations, companies, people, projects }: Entities,
  { policies }: Policies,
) {
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
  return links;
}

export async function writeLinks(graph: Graph, links: ReturnType<typeof generateLinks>, onProgress: Progress) {
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
}
