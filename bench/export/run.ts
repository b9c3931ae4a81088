import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { exportDocuments } from '../../services/export/export.js';
import { DOCUMENT_WRITERS, type DocumentExportFormat } from '../../topics/export/formats.js';
import { writeResults } from '../lib/report.js';
import { startScratchGraph } from '../lib/scratch-graph.js';

/**
 * Exports of 50,000 documents (`npm run bench:export -- --docs=N`): each format streamed by
 * the export service to a sink that drops the bytes, with wall time and the rise of live JS
 * memory (heap + buffers) during the export; the peer reads every document in one query and builds the whole file
 * as one string, which is what streaming avoids.
 */

const DOCS = Number(/^--docs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--docs=')) ?? '')?.[1] ?? 50_000);

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
// RSS never shrinks back within a process, so the peak of live JS memory (heap + buffers) is
// sampled instead, after a full GC before each run (node --expose-gc).
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, used())), 10);
/** Runs `work` and reports its wall time and how far live memory rose above what it was before. */
async function measure(work: () => Promise<number>) {
  global.gc?.();
  const before = used();
  peak = before;
  const t0 = performance.now();
  const bytes = await work();
  const wallMs = Math.round(performance.now() - t0);
  return { wallMs, bytes, memoryRiseMiB: mib(Math.max(peak, used()) - before) };
}

const { graph, close: closeGraph } = await startScratchGraph('export', 120_000);
try {
  await migrate(graph);
  for (let start = 0; start < DOCS; start += 5_000) {
    await graph.write(
      `UNWIND range($start, $end - 1) AS i
       CREATE (:Document {id: 'doc-' + right('000000' + toString(i), 7), title: '碳纤维复合材料的界面改性与力学性能研究 第' + toString(i) + '篇',
         abstract: reduce(s = '', k IN range(1, 12) | s + '以聚丙烯腈基碳纤维为增强体，研究界面改性对层合板力学性能的影响。'),
         authors: ['张三', '李四', 'Smith, John'], keywords: ['碳纤维', '复合材料', '界面改性'], year: 2000 + i % 25, journal: '复合材料学报',
         doi: '10.1000/bench.' + toString(i), type: 'article', sourceId: toString(i), dedupeKey: 'k' + toString(i), batchId: 'b', importedAt: datetime()})`,
      { start, end: Math.min(DOCS, start + 5_000) },
    );
  }
  const repos = createRepositories(graph);
  // Warm-up (JIT, Neo4j page cache), not measured.
  await pipeline(
    (await exportDocuments(repos, { format: 'csv' }, { includeDeleted: false, maxRows: null })).body,
    new Writable({ write: (_c, _e, done) => done() }),
  );
  const rows: Record<string, string | number>[] = [];
  const figures: Record<string, unknown> = {};
  for (const format of ['ris', 'bibtex', 'csv'] as DocumentExportFormat[]) {
    const streamed = await measure(async () => {
      const file = await exportDocuments(repos, { format }, { includeDeleted: false, maxRows: null });
      let bytes = 0;
      await pipeline(file.body, new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), done()) }));
      return bytes;
    });
    const whole = await measure(async () => {
      const docs = await repos.documents.exportPage({}, null, DOCS + 1);
      const writer = DOCUMENT_WRITERS[format];
      const text = writer.start() + docs.map((doc) => writer.record(doc)).join('');
      return Buffer.byteLength(text);
    });
    figures[format] = { streamed, wholeStringPeer: whole };
    rows.push(
      {
        format,
        way: 'streamed (export service)',
        'wall ms': streamed.wallMs,
        MiB: mib(streamed.bytes),
        'docs/s': Math.round((DOCS / streamed.wallMs) * 1000),
        'peak memory rise MiB': streamed.memoryRiseMiB,
      },
      {
        format,
        way: 'peer: one query, one string',
        'wall ms': whole.wallMs,
        MiB: mib(whole.bytes),
        'docs/s': Math.round((DOCS / whole.wallMs) * 1000),
        'peak memory rise MiB': whole.memoryRiseMiB,
      },
    );
  }
  writeResults('export', { documents: DOCS, ...figures }, rows);
} finally {
  clearInterval(sampler);
  await closeGraph();
}
