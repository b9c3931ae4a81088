import { randomUUID } from 'node:crypto';
import type { Graph } from '../../../graph/driver.js';
import { createRepositories } from '../../../graph/repositories/index.js';
import type { Viewer } from '../../../domain/account/access.js';
import type { TopicRecord } from '../../../domain/topic/types.js';
import { loadConfig } from '../../../lib/config.js';
import { loadTaxonomy, taxonomyFile } from '../../../services/industry/taxonomy.js';
import { TopicService, type TopicSettings } from '../../../services/topic/topic-service.js';
import { addThemeDocuments, FIXTURE_MODEL } from '../topic-fixture.js';

/** Three topics (materials, medicine, agriculture) from fixture vectors, as the topic tests cluster them. */
export const TOPIC_SETTINGS: TopicSettings = {
  config: { seed: 42, count: 3, minTopicSize: 5, industryThreshold: 0.3 },
  embeddingModel: FIXTURE_MODEL,
};

export const topicService = (graph: Graph, settings: TopicSettings = TOPIC_SETTINGS) =>
  new TopicService(graph, createRepositories(graph), settings.config, settings.embeddingModel);

/** A librarian (of no library) deciding on topics, with a unique id. */
export const buildLibrarian = (overrides: Partial<Viewer> = {}): Viewer => ({
  id: `librarian-${randomUUID()}`,
  role: 'LIBRARIAN',
  libraryId: null,
  ...overrides,
});

/**
 * A built topic library: the industry taxonomy, `perTheme` documents of each theme and
 * `strays` far from all, clustered by a rebuild. A rebuild clusters every embedded document,
 * so the graph must hold no other (reset it first). Returns the topics, largest first, 未归类 last.
 */
export async function buildTopicLibrary(
  graph: Graph,
  { perTheme = 12, strays = 1, settings = TOPIC_SETTINGS }: { perTheme?: number; strays?: number; settings?: TopicSettings } = {},
): Promise<TopicRecord[]> {
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(loadConfig({}).projectRoot));
  for (const theme of ['materials', 'medicine', 'agriculture'] as const) await addThemeDocuments(graph, repos, theme, 0, perTheme);
  if (strays > 0) await addThemeDocuments(graph, repos, 'stray', 0, strays);
  await topicService(graph, settings).rebuild();
  return repos.topics.list();
}

/** The topic of a library whose keywords include `term` (e.g. 碳纤维, 高血压, 水稻). */
export function topicWith<T extends { keywords: { term: string }[] }>(topics: readonly T[], term: string): T {
  const topic = topics.find((t) => t.keywords.some((k) => k.term === term));
  if (!topic) throw new Error(`no topic with the keyword ${term}`);
  return topic;
}
