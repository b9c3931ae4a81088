import type { LabelSource, MappingStatus } from '../topic/types.js';
import { resolveField, type DecidedBy } from './precedence.js';

/**
 * The librarian-over-clusterer rule for topics: what a rebuild writes for a topic's label and
 * industry mapping when a librarian may have decided them before.
 */

export const labelDecidedBy = (source: LabelSource): DecidedBy => (source === 'LIBRARIAN' ? 'librarian' : 'machine');

export const mappingDecidedBy = (status: MappingStatus): DecidedBy => (status === 'LIBRARIAN' ? 'librarian' : 'machine');

/** The label a rebuild writes: a librarian's rename stays, else the label computed from the topic's words. */
export function rebuiltLabel(
  current: { label: string; labelSource: LabelSource } | null,
  autoLabel: string,
): { label: string; labelSource: LabelSource } {
  if (!current) return { label: autoLabel, labelSource: 'AUTO' };
  return resolveField(
    { value: { label: current.label, labelSource: current.labelSource }, decidedBy: labelDecidedBy(current.labelSource) },
    { label: autoLabel, labelSource: 'AUTO' },
  );
}

export interface TopicMapping {
  industryCode: string | null;
  score: number | null;
  status: MappingStatus;
}

/** The shares a topic's mapping is decided on (chosen on labelled topics by `npm run bench:industry`). */
export interface TopicMappingThresholds {
  /** Share of the documents filed under the best industry from which the topic is filed under it. */
  share: number;
  /** Share of the documents outside every industry from which the topic is outside too. */
  outside: number;
  /** Least share of the topic's filed documents (those under some industry) the best industry's top industry must hold. */
  purity: number;
}

/**
 * The industry mapping proposed from a topic's documents: its best industry when that holds at
 * least `share` of the documents and its top industry `purity` of those filed anywhere (a topic of 前沿新材料 whose other
 * documents are under 新材料 is certain; one whose other documents are under 生命健康 is mixed); no industry, decided, when at
 * least `outside` of them are outside every industry (the topic is outside too); else the review queue: only the uncertain wait.
 */
export function proposedTopicMapping(
  best: { code: string; share: number; rootShare?: number } | undefined,
  outsideShare: number,
  thresholds: TopicMappingThresholds,
): TopicMapping {
  const filed = 1 - outsideShare;
  if (best && best.share >= thresholds.share && filed > 0 && (best.rootShare ?? best.share) / filed >= thresholds.purity)
    return { industryCode: best.code, score: best.share, status: 'AUTO' };
  if (outsideShare >= thresholds.outside) return { industryCode: null, score: best?.share ?? 0, status: 'AUTO' };
  return { industryCode: null, score: best?.share ?? null, status: 'REVIEW' };
}

/** The mapping a rebuild writes: a librarian's mapping stays, else the clusterer's proposal. */
export function rebuiltMapping(current: TopicMapping, proposed: TopicMapping): TopicMapping {
  return resolveField({ value: current, decidedBy: mappingDecidedBy(current.status) }, proposed);
}
