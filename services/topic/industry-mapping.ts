import type { Tx } from '../../graph/driver.js';
import type { IndustryMappingWrite } from '../../domain/topic/types.js';
import { proposedTopicMapping, rebuiltMapping } from '../../domain/curation/topic-precedence.js';
import { topicIndustries } from '../../topics/filing/topic-industry.js';
import type { TopicStore } from './store.js';

const CANDIDATES = 3;

/**
 * Maps every active topic onto industries from its documents' filings (FILED_UNDER), in the
 * caller's transaction: the share of its documents under each industry, with the keywords and
 * documents as evidence. The best industry is taken when its share reaches the threshold; a
 * topic whose documents are mostly outside every industry is outside too; only the uncertain
 * rest waits in the review queue. Topics a librarian mapped keep their mapping (their
 * candidates are still refreshed as evidence). Returns the length of the review queue.
 */
export async function mapIndustries(store: TopicStore, tx: Tx, threshold: number): Promise<number> {
  const { topics: topicRepo, topicMemberships: memberships, industryFilings } = store.repos;
  const topics = await topicRepo.list({ includeOutliers: false }, tx);
  const parentOf = new Map((await store.repos.industries.list({})).map((i) => [i.code, i.parentCode]));
  const members = await memberships.memberIds(
    topics.map((t) => t.id),
    tx,
  );
  const filings = await industryFilings.liveFilingsOf(members.flat(), tx);
  const filingsOf = new Map(members.flat().map((id, i) => [id, filings[i]!]));
  const writes: IndustryMappingWrite[] = topics.map((topic, index) => {
    const { candidates, outsideShare } = topicIndustries(
      members[index]!.map((documentId) => ({ documentId, filings: filingsOf.get(documentId) ?? [] })),
      parentOf,
      { candidates: CANDIDATES },
    );
    const mapping = rebuiltMapping(
      { industryCode: topic.industryCode, score: topic.mappingScore, status: topic.mappingStatus },
      proposedTopicMapping(candidates[0], outsideShare, threshold),
    );
    return {
      topicId: topic.id,
      candidates: candidates.map((c, rank) => ({
        industryCode: c.code,
        score: c.share,
        keywords: c.keywords,
        documentIds: c.documentIds,
        rank,
      })),
      ...mapping,
    };
  });
  await memberships.saveIndustryMappings(tx, writes);
  return writes.filter((w) => w.status === 'REVIEW').length;
}
