/**
 * A librarian's decision outranks the machine's. The crawler and the topic clusterer propose
 * values (a policy's fields, its links, a news item's mentions, a topic's label and industry);
 * what a librarian set, and what a librarian removed, stays. Every place that lets a machine
 * write next to curated data decides through this module, and the repositories only persist
 * the outcome.
 */

/** Who decided a value: a librarian (or an admin), or a machine (the crawler, the clusterer). */
export type DecidedBy = 'librarian' | 'machine';

/** The value a field ends up with when the machine proposes `proposed`. */
export function resolveField<T>(current: { value: T; decidedBy: DecidedBy }, proposed: T): T {
  return current.decidedBy === 'librarian' ? current.value : proposed;
}
