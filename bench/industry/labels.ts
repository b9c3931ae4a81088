import path from 'node:path';
import { readFilingGate } from '../../services/industry/gate-file.js';
import { clusterEmbeddings, OUTLIER, type Clustering } from '../../topics/cluster/cluster.js';
import { clusterWithinGroups } from '../../topics/cluster/grouped.js';
import { phraseLabels } from '../../topics/cluster/phrase-ranking.js';
import { stack } from '../../topics/cluster/vectors.js';
import { labelFromTerms, topicTerms } from '../../topics/cluster/labels.js';
import { documentGateFeatures, gateDecision } from '../../topics/filing/gate.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import { outsideText } from '../../topics/filing/profile.js';
import { dot } from '../../topics/filing/vectors.js';
import { embedCached, profilePassages, taxonomyIndustries, type BenchRecord } from './data.js';

export interface LabelComparison {
  topics: number;
  /** Topics whose new label is nearer (cosine) their majority discipline's name than the c-TF-IDF label is. */
  newNearer: number;
  meanCosineNew: number;
  meanCosineOld: number;
  /** Topics whose label's nearest discipline name (of all the records' disciplines) is the topic's majority one. */
  nearestDisciplineRight: { old: number; new: number; disciplines: number };
  examples: Array<{ discipline: string; size: number; old: string; new: string; cosineOld: number; cosineNew: number }>;
}

/**
 * Clusters the records as the dev measure has since it began (all together, seed 42, √(n/2)
 * topics), labels each topic both ways and compares them (`compareLabels`).
 */
export function labelComparison(
  records: readonly BenchRecord[],
  vectors: readonly Float32Array[],
  log: (line: string) => void,
): Promise<LabelComparison> {
  return compareLabels(records, clusterEmbeddings(stack(vectors), { seed: 42, topics: undefined, minTopicSize: 5 }), log);
}

/**
 * The topics a rebuild makes of the records: clustered within the industry each is filed under by
 * the shipped filing gate (data/industries/filing-gate.json), the unfiled ones together.
 */
export async function rebuildClustering(vectors: readonly Float32Array[], log: (line: string) => void) {
  const industries = await taxonomyIndustries();
  const passages = await profilePassages(industries, log);
  const outsideTexts = await embedCached('outside', OUTSIDE_FIELDS.map(outsideText), log);
  const gate = (await readFilingGate(path.resolve(import.meta.dirname, '../../data/industries/filing-gate.json')))!;
  const groups = vectors.map((v) => gateDecision(gate, documentGateFeatures(gate, v, passages, outsideTexts)).root);
  return clusterWithinGroups(stack(vectors), groups, { seed: 42, minTopicSize: 5 });
}

/**
 * Labels each topic of a clustering both ways (c-TF-IDF top three terms, and KeyBERT-style
 * phrases) and compares each label's embedding with the name of the topic's majority discipline.
 */
export async function compareLabels(
  records: readonly BenchRecord[],
  clustering: Pick<Clustering, 'assignments' | 'topicCount' | 'centroids'>,
  log: (line: string) => void,
): Promise<LabelComparison> {
  const terms = topicTerms(
    records.map((r) => ({ text: `${r.title} ${r.abstract}`, keywords: r.keywords })),
    clustering.assignments,
    clustering.topicCount,
    { top: 10 },
  );
  const members = Array.from({ length: clustering.topicCount }, () => [] as number[]);
  clustering.assignments.forEach((t, i) => t !== OUTLIER && members[t]!.push(i));
  const embed = (texts: string[]) => embedCached(`phrases`, texts, log);
  const phrases = await phraseLabels(
    members.map((ids, t) => ({
      records: ids.map((i) => ({ title: records[i]!.title, keywords: records[i]!.keywords })),
      centroid: clustering.centroids[t]!,
    })),
    embed,
  );
  const majority = members.map((ids) => {
    const counts = new Map<string, number>();
    for (const i of ids) counts.set(records[i]!.discipline, (counts.get(records[i]!.discipline) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  });
  const oldLabels = terms.map((t) => labelFromTerms(t));
  const newLabels = phrases.map((p, t) => p?.label ?? oldLabels[t]!);
  const all = await embedCached('label-comparison', [...oldLabels, ...newLabels, ...majority], log);
  const n = clustering.topicCount;
  const disciplines = [...new Set(records.map((r) => r.discipline))].sort();
  const names = await embedCached('discipline-names', disciplines, log);
  const nearestDiscipline = (label: Float32Array) =>
    disciplines[names.reduce((best, v, i) => (dot(label, v) > dot(label, names[best]!) ? i : best), 0)]!;
  const nearestRight = (offset: number) => majority.filter((d, t) => nearestDiscipline(all[offset + t]!) === d).length;
  const round = (x: number) => +x.toFixed(3);
  const examples = members.map((ids, t) => {
    const discipline = all[2 * n + t]!;
    return {
      discipline: majority[t]!,
      size: ids.length,
      old: oldLabels[t]!,
      new: newLabels[t]!,
      cosineOld: round(dot(all[t]!, discipline)),
      cosineNew: round(dot(all[n + t]!, discipline)),
    };
  });
  const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return {
    topics: n,
    newNearer: examples.filter((e) => e.cosineNew > e.cosineOld).length,
    meanCosineNew: meanOf(examples.map((e) => e.cosineNew)),
    meanCosineOld: meanOf(examples.map((e) => e.cosineOld)),
    nearestDisciplineRight: { old: nearestRight(0), new: nearestRight(n), disciplines: disciplines.length },
    examples,
  };
}
