/**
 * One run of Hechuang's clustering in a fresh process (so its peak RSS is its own):
 *   tsx ours-run.ts <vectors.f32> <dimensions> <texts.txt> <assignments.out>
 * Prints one JSON line: clustering wall and CPU seconds, labelling seconds, peak RSS, topics, outliers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { clusterEmbeddings, OUTLIER } from '../../topics/cluster/cluster.js';
import { topicTerms } from '../../topics/cluster/labels.js';

const [vectorsFile, dimensions, textsFile, outFile] = process.argv.slice(2) as [string, string, string, string];
const buffer = readFileSync(vectorsFile);
const data = new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
const d = Number(dimensions);
const texts = readFileSync(textsFile, 'utf8').split('\n');
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = clusterEmbeddings({ data, rows: data.length / d, dimensions: d });
const clusterSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const labelling = performance.now();
topicTerms(
  texts.slice(0, result.assignments.length).map((text) => ({ text })),
  result.assignments,
  result.topicCount,
);
const labelSeconds = (performance.now() - labelling) / 1000;
writeFileSync(outFile, Buffer.from(result.assignments.buffer));
console.log(
  JSON.stringify({
    seconds: clusterSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    labelSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    topics: result.topicCount,
    outliers: result.assignments.filter((topic) => topic === OUTLIER).length,
  }),
);
