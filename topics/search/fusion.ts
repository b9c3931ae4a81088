/** The usual RRF constant (Cormack et al. 2009): damps the weight of the very first ranks. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: score(x) = Σ 1 / (k + rank), rank 1-based, over the rankings x is
 * in; items are the same when `keyOf` says so (the first seen is kept). Best first, ties by key.
 */
export function reciprocalRankFusion<T>(
  rankings: readonly (readonly T[])[],
  keyOf: (item: T) => string,
  k = RRF_K,
): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number }>();
  for (const ranking of rankings) {
    ranking.forEach((item, index) => {
      const key = keyOf(item);
      const seen = fused.get(key);
      fused.set(key, { item: seen?.item ?? item, score: (seen?.score ?? 0) + 1 / (k + index + 1) });
    });
  }
  return [...fused.entries()].sort(([a, x], [b, y]) => y.score - x.score || a.localeCompare(b)).map(([, value]) => value);
}
