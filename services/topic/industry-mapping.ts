import type { Tx } from '../../graph/driver.js';
import type { IndustryMappingWrite } from '../../domain/topic/types.js';
import { proposedMapping, rebuiltMapping } from '../../domain/curation/topic-precedence.js';
import { rankIndustries, type IndustryProfile } from '../../topics/cluster/industry-match.js';
import { recordText, type TopicStore } from './store.js';

const EVIDENCE_DOCUMENTS = 50;
const CANDIDATES = 3;

/**
 * Scores every active topic against every industry in the caller's transaction; the best one
 * is taken when its score reaches the threshold, else the topic waits in the review queue.
 * Topics a librarian mapped keep their mapping (their candidates are still refreshed as
 * evidence). Returns the length of the review queue.
 */
export async function mapIndustries(store: TopicStore, tx: Tx, threshold: number): Promise<number> {
  const { topics: topicRepo, topicMemberships: memberships } = store.repos;
  const topics = await topicRepo.list({ includeOutliers: false }, tx);
  const industries: IndustryProfile[] = (await store.repos.industries.list({})).map((i) => ({
    code: i.code,
    name: i.name,
    description: i.description,
    keywords: i.keywords,
  }));
  const members = await memberships.memberIds(
    topics.map((t) => t.id),
    tx,
  );
  // Up to EVIDENCE_DOCUMENTS documents per topic, representatives first, read in one query.
  const evidence = topics.map((topic, index) =>
    [...new Set([...topic.representativeIds, ...members[index]!])].slice(0, EVIDENCE_DOCUMENTS),
  );
  const texts = new Map(
    (await memberships.documentTexts(evidence.flat(), tx)).map((d) => [d.id, `${recordText(d)} ${d.keywords.join(' ')}`]),
  );
  const writes: IndustryMappingWrite[] = topics.map((topic, index) => {
    const documents = evidence[index]!.flatMap((id) => (texts.has(id) ? [{ id, text: texts.get(id)! }] : []));
    const candidates = rankIndustries({ terms: topic.keywords, documents }, industries).slice(0, CANDIDATES);
    const mapping = rebuiltMapping(
      { industryCode: topic.industryCode, score: topic.mappingScore, status: topic.mappingStatus },
      proposedMapping(candidates[0], threshold),
    );
    return {
      topicId: topic.id,
      candidates: candidates.map((c, rank) => ({
        industryCode: c.code,
        score: c.score,
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
