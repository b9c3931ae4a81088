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

/** Who decided a stored value or link, by its `origin` (links and nodes the crawler wrote before origins existed count as the machine's). */
export const decidedByOrigin = (origin: string | null | undefined): DecidedBy =>
  origin === null || origin === undefined || origin === 'crawler' ? 'machine' : 'librarian';

/**
 * The fields a machine writes when it proposes `proposed`: all but those a librarian decided.
 * `curated` names what a librarian edited; `protects` maps such a name to the stored fields it
 * keeps when they differ (a policy's curated `region` keeps `regionCode` and `level`).
 */
export function machineWrites<T extends Record<string, unknown>>(
  proposed: T,
  curated: readonly string[],
  protects: Readonly<Record<string, readonly (keyof T & string)[]>> = {},
): Partial<T> {
  const kept = new Set<string>(curated.flatMap((name) => protects[name] ?? [name]));
  const decidedBy = (field: string): DecidedBy => (kept.has(field) ? 'librarian' : 'machine');
  return Object.fromEntries(Object.entries(proposed).filter(([field]) => decidedBy(field) === 'machine')) as Partial<T>;
}

/** The curated fields after a librarian edits `edited`: each named once, the latest edits last. */
export function curatedAfterEdit(curated: readonly string[], edited: readonly string[]): string[] {
  const now = new Set(edited);
  return [...curated.filter((name) => !now.has(name)), ...now];
}

/** A stored link as the rules see it: its ends by id, who made it, and whether it was removed (kept soft-deleted). */
export interface StoredLink {
  type: string;
  from: string;
  to: string;
  decidedBy: DecidedBy;
  deleted: boolean;
}

/** A link the machine found (e.g. the crawler read the issuer from the page). */
export interface ProposedLink {
  type: string;
  from: string;
  to: string;
}

export interface LinkRule {
  /** One live link of this type per `from` (a policy's issuer, its region): a librarian's choice replaces the machine's. */
  singleValued?: boolean;
  /** The machine adds such links but never takes one back when it no longer finds it (relations between policies). */
  additive?: boolean;
}

/** What the machine does to its links: the stored links it removes and the proposed ones it adds. */
export interface LinkPlan {
  remove: StoredLink[];
  add: ProposedLink[];
}

const linkKey = (link: ProposedLink) => `${link.type}\u0000${link.from}\u0000${link.to}`;

/**
 * The machine's links after it proposes `proposed` next to `stored` (the links of the types in
 * `rules` between the same nodes). A librarian's link stays; a link anyone removed is never
 * added again; a live librarian's link of a single-valued type is a correction, so the machine
 * keeps none of its own beside it; the machine's other live links it no longer finds go,
 * except for additive types. Links the machine already has and still finds are left as they are.
 */
export function planMachineLinks(
  stored: readonly StoredLink[],
  proposed: readonly ProposedLink[],
  rules: Readonly<Record<string, LinkRule>>,
): LinkPlan {
  const storedByKey = new Map<string, StoredLink[]>();
  for (const link of stored) storedByKey.set(linkKey(link), [...(storedByKey.get(linkKey(link)) ?? []), link]);
  const corrected = new Set(
    stored.filter((l) => rules[l.type]?.singleValued && l.decidedBy === 'librarian' && !l.deleted).map((l) => `${l.type}\u0000${l.from}`),
  );
  const allowed = (link: ProposedLink) => !(rules[link.type]?.singleValued && corrected.has(`${link.type}\u0000${link.from}`));

  const found = new Set<string>();
  const add: ProposedLink[] = [];
  for (const link of proposed) {
    const key = linkKey(link);
    if (!(link.type in rules) || found.has(key) || !allowed(link)) continue;
    found.add(key);
    if (!storedByKey.has(key)) add.push(link);
  }
  const remove = stored.filter(
    (l) => l.decidedBy === 'machine' && !l.deleted && l.type in rules && !rules[l.type]?.additive && !found.has(linkKey(l)),
  );
  return { remove, add };
}

/** A news item's mentions: the crawler rewrites its own, a librarian's stay, and a removed one is not found again. */
export const MENTION_RULES: Readonly<Record<string, LinkRule>> = { MENTIONS: {} };

/** A policy's links the crawler infers from its page and source. */
export const POLICY_LINK_RULES: Readonly<Record<string, LinkRule>> = {
  ISSUED_BY: { singleValued: true },
  IN_REGION: { singleValued: true },
  SUPPORTS: {},
  REPEALS: { additive: true },
  REPLACES: { additive: true },
  AMENDS: { additive: true },
};
