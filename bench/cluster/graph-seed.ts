import type { Graph } from '../../graph/driver.js';
import { MIGRATIONS } from '../../graph/migrations/migrations.js';
import { int } from '../../graph/values.js';
import { vectorBytes } from '../../lib/vector-bytes.js';
import { gaussian } from '../../topics/cluster/random.js';
import type { LabelledSet } from './datasets.js';
import { JITTER } from './synthesize.js';

const SEED_BATCH = 2_000;
const VECTOR_INDEX = MIGRATIONS.find((m) => m.version === 3)!.statements[0]!;

export interface SeedFigures {
  /** Writing the documents and their vectors (UNWIND batches, the vector index dropped). */
  writeSeconds: number;
  /** Building the vector index again over every document, waited for. */
  indexSeconds: number;
}

/**
 * Adds documents `from`…`to − 1` to the graph: real CSL texts drawn with replacement, each
 * vector its record's real embedding plus Gaussian jitter (re-normalised), stored as the
 * embedding step stores it (db.create.setNodeVectorProperty, and its bytes). The vector index is dropped
 * while writing and built again after (one bulk population instead of one HNSW insert per
 * document), so the rebuild runs with the index on as in use.
 */
export async function seedDocuments(
  graph: Graph,
  pool: ReadonlyArray<{ set: LabelledSet; index: number; text: string }>,
  range: { from: number; to: number },
  random: () => number,
  model: string,
): Promise<SeedFigures> {
  const started = performance.now();
  await graph.write('DROP INDEX document_embedding IF EXISTS');
  const d = pool[0]!.set.dimensions;
  const vector = new Float64Array(d);
  // Two writes in flight: the next batch is drawn and sent while Neo4j stores the last.
  const inFlight: Promise<unknown>[] = [];
  for (let seeded = range.from; seeded < range.to;) {
    const rows = [];
    for (let k = 0; k < SEED_BATCH && seeded < range.to; k++, seeded++) {
      const source = pool[Math.floor(random() * pool.length)]!;
      let norm = 0;
      for (let j = 0; j < d; j++) {
        vector[j] = source.set.vectors[source.index * d + j]! + JITTER * gaussian(random);
        norm += vector[j]! * vector[j]!;
      }
      norm = Math.sqrt(norm);
      const [title, ...rest] = source.text.split(/(?<=[。！？])/);
      const normalised = Array.from(vector, (x) => x / norm);
      rows.push({
        id: `bench-doc-${String(seeded).padStart(6, '0')}`,
        title: (title ?? source.text).slice(0, 120),
        abstract: rest.join('') || null,
        year: int(2015 + (seeded % 10)),
        vector: normalised,
        bytes: vectorBytes(normalised),
      });
    }
    if (inFlight.length >= 2) await inFlight.shift();
    const write = graph.write(
      `UNWIND $rows AS row
       CREATE (doc:Document {id: row.id, title: row.title, abstract: row.abstract, keywords: [], year: row.year,
                             contentHash: 'bench-' + row.id, embeddingModel: $model})
       SET doc.embeddingBytes = row.bytes
       WITH doc, row CALL db.create.setNodeVectorProperty(doc, 'embedding', row.vector)`,
      { rows, model },
    );
    write.catch(() => undefined);
    inFlight.push(write);
  }
  await Promise.all(inFlight);
  const written = performance.now();
  await graph.write(VECTOR_INDEX);
  await graph.read('CALL db.awaitIndexes(3600)');
  return { writeSeconds: (written - started) / 1000, indexSeconds: (performance.now() - written) / 1000 };
}
