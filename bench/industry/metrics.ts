/** A labelled document as the scores see it: its discipline's industry (a top industry, or null) and the others a librarian accepts. */
export interface Gold {
  industry: string | null;
  acceptable: ReadonlySet<string>;
}

export interface Scores {
  documents: number;
  /** Of the documents a librarian files under an industry: the share filed under any. */
  coverage: number;
  /** Top industry equal to the librarian's (or accepted), none for none. */
  accuracy: number;
  /** Of the documents a librarian files under no industry: the share filed under one (not an accepted one). */
  noneRate: number;
  /** Mean F1 over the top industries labelled or predicted and "none" (belongs to no industry) as one more class. */
  macroF1: number;
}

const NONE = '(none)';

/** Scores top-industry predictions (null: filed nowhere) against the labels. */
export function score(predictions: readonly (string | null)[], gold: readonly Gold[]): Scores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (c: string) => counts.get(c) ?? (counts.set(c, { tp: 0, fp: 0, fn: 0 }), counts.get(c)!);
  let labelled = 0;
  let covered = 0;
  let none = 0;
  let wronglyFiled = 0;
  let correct = 0;
  predictions.forEach((predicted, i) => {
    const label = gold[i]!;
    const accepted = predicted !== null && (predicted === label.industry || label.acceptable.has(predicted));
    const truth = accepted ? predicted : label.industry;
    if (label.industry !== null) {
      labelled++;
      if (predicted !== null) covered++;
    } else {
      none++;
      if (predicted !== null && !accepted) wronglyFiled++;
    }
    if (predicted === truth) correct++;
    const predictedClass = predicted ?? NONE;
    const trueClass = truth ?? NONE;
    if (predictedClass === trueClass) count(predictedClass).tp++;
    else {
      count(predictedClass).fp++;
      count(trueClass).fn++;
    }
  });
  const f1s = [...counts.values()].map(({ tp, fp, fn }) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)));
  return {
    documents: predictions.length,
    coverage: labelled === 0 ? 0 : covered / labelled,
    accuracy: predictions.length === 0 ? 0 : correct / predictions.length,
    noneRate: none === 0 ? 0 : wronglyFiled / none,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
  };
}
