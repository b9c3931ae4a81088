/**
 * The labels of the dev label measure (bench/industry/labels.ts) and of the 1,000 records clustered
 * within industries as a rebuild does (groups from the shipped filing gate), old and new side by
 * side, in seconds on the cached embeddings: for tuning labels without the whole bench.
 *   npx tsx bench/industry/labels-preview.ts
 */
import path from 'node:path';
import { OUTLIER } from '../../topics/cluster/cluster.js';
import { clusterWithinGroups } from '../../topics/cluster/grouped.js';
import { phraseLabels } from '../../topics/cluster/phrase-ranking.js';
import { labelFromTerms, topicTerms } from '../../topics/cluster/labels.js';
import { documentGateFeatures, gateDecision } from '../../topics/filing/gate.js';
import { OUTSIDE_FIELDS } from '../../topics/filing/outside.js';
import { outsideText, profileTexts } from '../../topics/filing/profile.js';
import { readFilingGate } from '../../services/industry/gate-file.js';
import { benchRecords, closeModel, embedCached, recordPassage, taxonomyIndustries } from './data.js';
import { labelComparison } from './labels.js';

const log = (line: string) => console.error(line);
const records = benchRecords();
const industries = await taxonomyIndustries();
const vectors = await embedCached('documents', records.map(recordPassage), log);
const comparison = await labelComparison(records, vectors, log);
console.log(
  `dev: new nearer ${comparison.newNearer}/${comparison.topics} mean new ${comparison.meanCosineNew.toFixed(3)} old ${comparison.meanCosineOld.toFixed(3)} nearest ${JSON.stringify(comparison.nearestDisciplineRight)}`,
);
for (const e of comparison.examples) console.log(`  ${e.discipline} ${e.size} | ${e.old} ${e.cosineOld} | ${e.new} ${e.cosineNew}`);

const texts = industries.map((i) => profileTexts(i));
const flat = await embedCached('profiles', texts.flat(), log);
let offset = 0;
const passages = new Map(
  industries.map((i, k) => {
    const s = flat.slice(offset, offset + texts[k]!.length);
    offset += texts[k]!.length;
    return [i.code, s] as const;
  }),
);
const outsideTexts = await embedCached('outside', OUTSIDE_FIELDS.map(outsideText), log);
const gate = (await readFilingGate(path.resolve(import.meta.dirname, '../../data/industries/filing-gate.json')))!;
const groups = vectors.map((v) => gateDecision(gate, documentGateFeatures(gate, v, passages, outsideTexts)).root);
const m = { data: new Float32Array(records.length * 512), rows: records.length, dimensions: 512 };
vectors.forEach((v, i) => m.data.set(v, i * 512));
const c = await clusterWithinGroups(m, groups, { seed: 42, minTopicSize: 5 });
const members = Array.from({ length: c.topicCount }, () => [] as number[]);
c.assignments.forEach((t, i) => t !== OUTLIER && members[t]!.push(i));
const terms = topicTerms(
  records.map((r) => ({ text: `${r.title} ${r.abstract}`, keywords: r.keywords })),
  c.assignments,
  c.topicCount,
  { top: 10 },
);
const labels = await phraseLabels(
  members.map((ids, t) => ({
    records: ids.map((i) => ({ title: records[i]!.title, keywords: records[i]!.keywords })),
    centroid: c.centroids[t]!,
  })),
  (t) => embedCached('phrases', t, log),
);
console.log(`grouped: ${c.topicCount} topics`);
members.forEach((ids, t) =>
  console.log(
    `  ${ids.length} ${c.topicGroup[t] ?? '-'} | ${labelFromTerms(terms[t]!)} | ${labels[t]?.label ?? '(none)'} | ${labels[t]?.phrases.join(' ') ?? ''}`,
  ),
);
await closeModel();
