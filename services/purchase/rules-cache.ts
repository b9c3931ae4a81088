import type { PurchaseRules } from '../../domain/purchase/rules.js';

/**
 * A library's rules are reference data: kept in memory by their stored revision (a fresh id on
 * every save), so a check reads only the revision and a rule change is seen at once, by every
 * process on the graph. Revisions are never reused, so entries of another graph cannot be mistaken.
 */
const byRevision = new Map<string, PurchaseRules>();
const MAX_ENTRIES = 1_000;

export async function cachedRules(revision: string, load: () => Promise<PurchaseRules | null>): Promise<PurchaseRules | null> {
  const kept = byRevision.get(revision);
  if (kept) return kept;
  const rules = await load();
  if (!rules) return null;
  if (byRevision.size >= MAX_ENTRIES) byRevision.clear();
  byRevision.set(revision, rules);
  return rules;
}
