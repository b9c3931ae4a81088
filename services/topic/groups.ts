import type { ClusteringDocument } from '../../domain/topic/types.js';
import { rootOf } from '../../topics/filing/industries.js';
import type { TopicStore } from './store.js';

const READ_BATCH = 5_000;

/**
 * Each document's group for the clustering within industries: the top industry of its best live
 * filing (a librarian's outranks the machine's), null for a document outside every industry.
 * `machineBest` is the filing stage's best industry per document it filed: the live filings of
 * every document no librarian filed, so only the librarians' documents are read again.
 */
export async function industryGroups(
  store: TopicStore,
  docs: readonly ClusteringDocument[],
  machineBest: ReadonlyMap<string, string>,
): Promise<(string | null)[]> {
  const { industries, industryFilings } = store.repos;
  const parentOf = new Map((await industries.list({})).map((i) => [i.code, i.parentCode]));
  const inRebuild = new Set(docs.map((d) => d.id));
  const librarians = (await industryFilings.librarianFiledIds()).filter((id) => inRebuild.has(id));
  const best = new Map<string, string | null>();
  for (let start = 0; start < librarians.length; start += READ_BATCH) {
    const batch = librarians.slice(start, start + READ_BATCH);
    const filings = await industryFilings.liveFilingsOf(batch);
    batch.forEach((id, i) => best.set(id, filings[i]![0]?.industryCode ?? null));
  }
  return docs.map((d) => {
    const code = best.has(d.id) ? best.get(d.id)! : (machineBest.get(d.id) ?? null);
    return code === null ? null : rootOf(code, parentOf);
  });
}
