import type { Tx } from '../../graph/driver.js';
import type { TopicDecisionRecord } from '../../domain/topic/types.js';
import { topicTerms } from '../../topics/cluster/labels.js';
import { refreshCentroid } from './centroid.js';
import { recordText, TERMS, type TopicStore } from './store.js';

/**
 * Applies one decision to the current topics in the caller's transaction. After a rebuild
 * (`afterRebuild`) merges and splits find their documents again by id: whatever topics now
 * hold most of a merged topic's documents are merged again, a split's documents are moved
 * again. Returns whether the decision still applied.
 */
export async function applyDecision(store: TopicStore, tx: Tx, decision: TopicDecisionRecord, afterRebuild: boolean): Promise<boolean> {
  const { topics, topicMemberships: memberships, topicDecisions: decisions } = store.repos;
  switch (decision.kind) {
    case 'RENAME':
      return decisions.rename(tx, decision.topicId, decision.label!);
    case 'MAP':
      return decisions.setMapping(tx, decision.topicId, decision.industryCode);
    case 'MERGE': {
      const target = decision.targetTopicId!;
      const [targetTopic] = await topics.byIds([target], tx);
      if (!targetTopic || targetTopic.retired) return false;
      const sources = afterRebuild ? await topicsHoldingMostOf(store, tx, decision.documentIds, target) : [decision.topicId];
      if (sources.length === 0) return false;
      const moved = (await memberships.memberIds(sources, tx)).flat();
      await memberships.setMemberships(
        tx,
        moved.map((documentId) => ({ documentId, topicId: target, similarity: 0 })),
      );
      for (const source of sources) await decisions.retire(tx, source, target);
      await refreshCentroid(store, tx, target);
      return true;
    }
    case 'SPLIT': {
      const newId = decision.targetTopicId!;
      const present = (await memberships.documentTexts(decision.documentIds, tx)).map((d) => d.id);
      if (present.length === 0) return false;
      const [origin] = await memberships.memberIds([decision.topicId], tx);
      const stay = (origin ?? []).filter((id) => !present.includes(id));
      const texts = await memberships.documentTexts([...present, ...stay], tx);
      const terms = topicTerms(
        texts.map((d) => ({ text: recordText(d), keywords: d.keywords })),
        texts.map((_, i) => (i < present.length ? 0 : 1)),
        2,
        { top: TERMS },
      )[0]!;
      await decisions.upsertSplitTopic(tx, { id: newId, label: decision.label!, keywords: terms, centroid: [], threshold: -1 });
      await memberships.setMemberships(
        tx,
        present.map((documentId) => ({ documentId, topicId: newId, similarity: 0 })),
      );
      await refreshCentroid(store, tx, newId);
      await refreshCentroid(store, tx, decision.topicId);
      return true;
    }
  }
}

/** Active topics other than `except` more than half of whose documents are among `documentIds`. */
async function topicsHoldingMostOf(store: TopicStore, tx: Tx, documentIds: string[], except: string): Promise<string[]> {
  const wanted = new Set(documentIds);
  const active = (await store.repos.topics.list({ includeOutliers: false }, tx)).filter((t) => t.id !== except);
  const members = await store.repos.topicMemberships.memberIds(
    active.map((t) => t.id),
    tx,
  );
  return active
    .filter((_, i) => {
      const ids = members[i]!;
      return ids.length > 0 && ids.filter((id) => wanted.has(id)).length * 2 > ids.length;
    })
    .map((t) => t.id);
}
