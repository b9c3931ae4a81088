import type { Tx } from '../../graph/driver.js';
import type { TopicsConfig } from '../../lib/config.js';
import type { IndustryMappingWrite } from '../../domain/topic/types.js';
import { proposedTopicMapping, rebuiltMapping, type TopicMappingThresholds } from '../../domain/curation/topic-precedence.js';
import { topicIndustries } from '../../topics/filing/topic-industry.js';
import type { TopicStore } from './store.js';

const CANDIDATES = 3;

/** The topic-share thresholds of the settings (TOPIC_INDUSTRY_THRESHOLD, TOPIC_OUTSIDE_THRESHOLD). */
export const mappingThresholds = (
  config: Pick<TopicsConfig, 'industryThreshold' | 'outsideThreshold' | 'purityThreshold'>,
): TopicMappingThresholds => ({
  share: config.industryThreshold,
  outside: config.outsideThreshold ?? 0.5,
  purity: config.purityThreshold ?? 0,
});

/**
 * Maps every active topic onto industries from its documents' filings (FILED_UNDER), in the
 * caller's transaction: the share of its documents under each industry, with the keywords and
 * documents as evidence. The best industry is taken when its share reaches `thresholds.share`;
 * a topic with at least `thresholds.outside` of its documents outside every industry is outside
 * too; only the uncertain rest waits in the review queue. Topics a librarian mapped keep their mapping (their
 * candidates are still refreshed as evidence). Returns the length of the review queue.
 */
export async function mapIndustries(store: TopicStore, tx: Tx, thresholds: TopicMappingThresholds): Promise<number> {
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
      proposedTopicMapping(candidates[0], outsideShare, thresholds),
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
