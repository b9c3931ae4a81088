/**
 * Agreement between a clustering and reference labels. Outliers (-1) count as one cluster of
 * their own, as scikit-learn counts them when BERTopic's output is scored.
 */

function contingency(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>) {
  if (predicted.length !== truth.length) throw new Error(`predicted has ${predicted.length} items, truth ${truth.length}`);
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const columns = new Map<number | string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i]!;
    const t = truth[i]!;
    const key = `${typeof p}:${p}\u0000${typeof t}:${t}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(p, (rows.get(p) ?? 0) + 1);
    columns.set(t, (columns.get(t) ?? 0) + 1);
  }
  return { cells: [...table.values()], rows: [...rows.values()], columns: [...columns.values()], n: predicted.length };
}

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default). */
export function nmi(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): number {
  const { rows, columns, n } = contingency(predicted, truth);
  const hp = entropy(rows, n);
  const ht = entropy(columns, n);
  if (hp === 0 && ht === 0) return 1;
  const mi = hp + ht - jointEntropy(predicted, truth);
  const denominator = (hp + ht) / 2;
  return denominator === 0 ? 0 : Math.max(0, mi / denominator);
}

function jointEntropy(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): number {
  const { cells, n } = contingency(predicted, truth);
  return entropy(cells, n);
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie). */
export function ari(predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>): number {
  const { cells, rows, columns, n } = contingency(predicted, truth);
  const index = cells.reduce((sum, c) => sum + pairs(c), 0);
  const rowPairs = rows.reduce((sum, c) => sum + pairs(c), 0);
  const columnPairs = columns.reduce((sum, c) => sum + pairs(c), 0);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
