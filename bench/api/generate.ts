import type { Graph } from '../../graph/driver.js';
import { seededRandom } from '../../topics/cluster/random.js';
import { generateEntities, writeEntities } from './generate/entities.js';
import { generateLinks, writeLinks } from './generate/links.js';
import { generateLiterature, writeLiterature } from './generate/literature.js';
import { generateNews, writeNews } from './generate/news.js';
import { generatePolicies, writePolicies } from './generate/policies.js';
import { date, type Industry, type Region, type Rng, type World } from './generate/world.js';
import { loadCslTexts } from './texts.js';

/**
 * A deterministic (seeded) graph in the product's own model, for the API benchmark:
 * organisations (government issuers among them), people, projects with their curated links,
 * policies with issuers, regions, industries, revisions, attachments, relations and
 * conditions, literature documents in import batches, and news items. Texts are real CSL
 * titles, abstracts and keywords, resampled with variation. The 53 industries and the
 * region tree are the ones prepareGraph loads, read back from the database.
 */

export const GENERATOR_VERSION = 2;

export { POLICY_INDUSTRY_TYPES } from './generate/policies.js';

export const FULL_COUNTS = { documents: 50_000, policies: 5_000, people: 10_000, organizations: 5_000, projects: 2_000, news: 2_000 };
export type Counts = typeof FULL_COUNTS;

function countsAt(scale: number): Counts {
  return Object.fromEntries(Object.entries(FULL_COUNTS).map(([k, v]) => [k, Math.max(20, Math.round(v * scale))])) as Counts;
}

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
  const world: World = { seed, random, counts, texts, industries, counties, city, province, at };

  // The jobs draw from one random stream: their order is part of the generated graph (GENERATOR_VERSION).
  const entities = generateEntities(world);
  const policies = generatePolicies(world, entities);
  const links = generateLinks(world, entities, policies);
  const literature = generateLiterature(world);
  const news = generateNews(world, entities);

  onProgress?.(`generated in memory (${((Date.now() - started) / 1000).toFixed(1)} s); writing:`);

  await writeEntities(graph, entities, onProgress);
  await writePolicies(graph, policies, onProgress);
  await writeLinks(graph, links, onProgress);
  await writeLiterature(graph, literature, onProgress);
  await writeNews(graph, news, onProgress);

  const [totals] = await graph.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { counts, nodes: totals!.nodes, relationships: totals!.relationships, seconds: Math.round((Date.now() - started) / 1000) };
}
