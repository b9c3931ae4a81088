import type { ClusteringDocument } from '../../domain/topic/types.js';
import { rootOf } from '../../topics/filing/industries.js';
import type { TopicStore } from './store.js';

const READ_BATCH = 5_000;

/**
 * Each document's group for the clustering within industries: the top industry of its best live
 * filing (a librarian's outranks the machine's), null for a document outside every industry.
 */
export async function industryGroups(store: TopicStore, docs: readonly ClusteringDocument[]): Promise<(string | null)[]> {
  const parentOf = new Map((await store.repos.industries.list({})).map((i) => [i.code, i.parentCode]));
  const groups: (string | null)[] = [];
  for (let start = 0; start < docs.length; start += READ_BATCH) {
    const filings = await store.repos.industryFilings.liveFilingsOf(docs.slice(start, start + READ_BATCH).map((d) => d.id));
    for (const list of filings) groups.push(list[0] ? rootOf(list[0].industryCode, parentOf) : null);
  }
  return groups;
}
