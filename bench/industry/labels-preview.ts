/**
 * The labels of the dev label measure and of the 1,000 records clustered within industries as a
 * rebuild does (bench/industry/labels.ts), old and new side by side, in seconds on the cached
 * embeddings: for tuning labels without the whole bench.
 *   npx tsx bench/industry/labels-preview.ts
 */
import { benchRecords, closeModel, embedCached, recordPassage } from './data.js';
import { compareLabels, labelComparison, rebuildClustering, type LabelComparison } from './labels.js';

const log = (line: string) => console.error(line);
const records = benchRecords();
const vectors = await embedCached('documents', records.map(recordPassage), log);
const show = (name: string, c: LabelComparison) => {
  console.log(
    `${name}: new nearer ${c.newNearer}/${c.topics} mean new ${c.meanCosineNew.toFixed(3)} old ${c.meanCosineOld.toFixed(3)} nearest ${JSON.stringify(c.nearestDisciplineRight)}`,
  );
  for (const e of c.examples) console.log(`  ${e.discipline} ${e.size} | ${e.old} ${e.cosineOld} | ${e.new} ${e.cosineNew}`);
};
show('dev', await labelComparison(records, vectors, log));
show('rebuild', await compareLabels(records, await rebuildClustering(vectors, log), log));
await closeModel();
