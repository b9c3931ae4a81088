import { randomUUID } from 'node:crypto';
import type { Tx } from '../../graph/driver.js';
import type { Viewer } from '../../domain/account/access.js';
import type { TopicDecisionRecord, TopicRecord } from '../../domain/topic/types.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';
import { applyDecision } from './apply.js';
import { TopicDecisionError, type TopicStore } from './store.js';

/**
 * A librarian's decisions on topics (rename, merge, split, map), each a command like the
 * entity curation's: checked, recorded as a TopicDecision (which rebuilds re-apply), carried
 * out and audited in one write transaction, so a refused or failed decision leaves nothing.
 * Each returns the id of the topic it leaves.
 */

type DecisionInput = Partial<TopicDecisionRecord> & Pick<TopicDecisionRecord, 'kind' | 'topicId'>;

/** What an audit entry keeps of a topic. */
const snapshot = (t: TopicRecord) => ({
  label: t.label,
  labelSource: t.labelSource,
  size: t.size,
  industryCode: t.industryCode,
  mappingStatus: t.mappingStatus,
  retired: t.retired,
  mergedInto: t.mergedInto,
});

export async function renameTopic(store: TopicStore, actor: Viewer, topicId: string, label: string): Promise<string> {
  const clean = label.trim();
  if (!clean) throw new TopicDecisionError('a topic label cannot be empty');
  return store.graph.writeTx(async (tx) => {
    const before = await requireActive(store, tx, topicId);
    await decide(store, tx, actor, { kind: 'RENAME', topicId, label: clean });
    await audit(store, tx, actor, 'RENAME', topicId, snapshot(before), snapshot(await current(store, tx, topicId)));
    return topicId;
  });
}

/** Moves every document of `sourceId` into `targetId`; the source is retired. */
export async function mergeTopics(store: TopicStore, actor: Viewer, sourceId: string, targetId: string): Promise<string> {
  if (sourceId === targetId) throw new TopicDecisionError('a topic cannot be merged into itself');
  return store.graph.writeTx(async (tx) => {
    const source = await requireActive(store, tx, sourceId);
    const target = await requireActive(store, tx, targetId);
    const [documentIds] = await store.repos.topicMemberships.memberIds([sourceId], tx);
    await decide(store, tx, actor, { kind: 'MERGE', topicId: sourceId, targetTopicId: targetId, documentIds: documentIds ?? [] });
    const merged = await current(store, tx, targetId);
    await audit(store, tx, actor, 'MERGE', targetId, snapshot(target), { ...snapshot(merged), mergedFrom: sourceId });
    await audit(store, tx, actor, 'MERGED_INTO', sourceId, snapshot(source), snapshot(await current(store, tx, sourceId)));
    return targetId;
  });
}

/** Moves the given documents of a topic into a new topic with the given label; returns its id. */
export async function splitTopic(store: TopicStore, actor: Viewer, topicId: string, documentIds: string[], label: string): Promise<string> {
  const clean = label.trim();
  if (!clean) throw new TopicDecisionError('the new topic needs a label');
  const newTopicId = `topic-${randomUUID()}`;
  return store.graph.writeTx(async (tx) => {
    const before = await requireActive(store, tx, topicId);
    const [members] = await store.repos.topicMemberships.memberIds([topicId], tx);
    const inTopic = new Set(members ?? []);
    const missing = documentIds.filter((id) => !inTopic.has(id));
    if (documentIds.length === 0 || missing.length > 0) {
      throw new TopicDecisionError(
        `split needs documents of topic ${topicId}; not in it: ${missing.slice(0, 5).join(', ') || '(none given)'}`,
      );
    }
    if (documentIds.length === inTopic.size) throw new TopicDecisionError('a split must leave documents in the original topic');
    await decide(store, tx, actor, { kind: 'SPLIT', topicId, targetTopicId: newTopicId, documentIds, label: clean });
    const created = await current(store, tx, newTopicId);
    await audit(store, tx, actor, 'SPLIT', topicId, snapshot(before), {
      ...snapshot(await current(store, tx, topicId)),
      splitInto: newTopicId,
      documentIds,
    });
    await audit(store, tx, actor, 'CREATE', newTopicId, null, { ...snapshot(created), splitFrom: topicId });
    return newTopicId;
  });
}

/** The librarian's industry for a topic (null: belongs to no industry); overrides the automatic mapping. */
export async function mapTopic(store: TopicStore, actor: Viewer, topicId: string, industryCode: string | null): Promise<string> {
  if (industryCode !== null) {
    const [industry] = await store.repos.industries.byCodes([industryCode]);
    if (!industry) throw new TopicDecisionError(`unknown industry ${industryCode}`);
  }
  return store.graph.writeTx(async (tx) => {
    const before = await requireActive(store, tx, topicId);
    await decide(store, tx, actor, { kind: 'MAP', topicId, industryCode });
    const after = await current(store, tx, topicId);
    await audit(store, tx, actor, 'MAP', topicId, { ...snapshot(before), mappingScore: before.mappingScore }, snapshot(after));
    return topicId;
  });
}

async function decide(store: TopicStore, tx: Tx, actor: Viewer, input: DecisionInput): Promise<void> {
  const decision = await store.repos.topicDecisions.add(tx, {
    id: `decision-${randomUUID()}`,
    kind: input.kind,
    topicId: input.topicId,
    label: input.label ?? null,
    targetTopicId: input.targetTopicId ?? null,
    documentIds: input.documentIds ?? [],
    industryCode: input.industryCode ?? null,
    decidedBy: actor.id,
  });
  await applyDecision(store, tx, decision, false);
}

const missing = (topicId: string) => new AppError('NOT_FOUND', `no topic ${topicId}`, { what: 'Topic', id: topicId });

async function current(store: TopicStore, tx: Tx, topicId: string): Promise<TopicRecord> {
  const [topic] = await store.repos.topics.byIds([topicId], tx);
  if (!topic) throw missing(topicId);
  return topic;
}

async function requireActive(store: TopicStore, tx: Tx, topicId: string): Promise<TopicRecord> {
  const [topic] = await store.repos.topics.byIds([topicId], tx);
  if (!topic || topic.retired) throw missing(topicId);
  if (topic.outlier) throw new TopicDecisionError(`${topic.label} is not a topic a librarian can change`);
  return topic;
}

/** A topic decision's audit entry, written like every change's (services/audit/audit.ts). */
const audit = (store: TopicStore, tx: Tx, actor: Viewer, action: string, entityId: string, before: unknown, after: unknown) =>
  recordAudit(store.repos, tx, actor, action, 'Topic', entityId, before, after);
