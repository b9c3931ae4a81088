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

/**
 * The industry mapping the clusterer proposes from its best candidate: taken when its score
 * reaches the threshold, else no industry and the topic waits for review.
 */
export function proposedMapping(best: { code: string; score: number } | undefined, threshold: number): TopicMapping {
  if (best && best.score >= threshold) return { industryCode: best.code, score: best.score, status: 'AUTO' };
  return { industryCode: null, score: best?.score ?? null, status: 'REVIEW' };
}

/** The mapping a rebuild writes: a librarian's mapping stays, else the clusterer's proposal. */
export function rebuiltMapping(current: TopicMapping, proposed: TopicMapping): TopicMapping {
  return resolveField({ value: current, decidedBy: mappingDecidedBy(current.status) }, proposed);
}
