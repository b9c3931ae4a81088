import type { Graph, Tx } from '../../driver.js';
import { readIn } from '../topic/fields.js';
import { int } from '../../values.js';

export interface StoredProfile {
  industryCode: string;
  /** The profile's passages embedded (name and description, keywords, GB/T 4754 class names), one vector each, by `model`. */
  vectors: number[][];
  model: string;
  /** Hash of the texts embedded, so a changed taxonomy entry is embedded again. */
  textHash: string;
}

/**
 * The embedded text profile of each industry, kept on its node (`profileVector`: its passages'
 * vectors flattened, `profileCount` of them, `profileModel`, `profileHash`) so filing documents
 * needs the model only when the taxonomy or the model changed.
 */
export class IndustryProfileRepository {
  constructor(private readonly graph: Graph) {}

  async profiles(model: string, tx?: Tx): Promise<StoredProfile[]> {
    const rows = await readIn<{ industryCode: string; flat: number[]; count: number | null; model: string; textHash: string }>(
      this.graph,
      tx,
      `MATCH (i:Industry) WHERE i.profileModel = $model AND i.profileVector IS NOT NULL
       RETURN i.code AS industryCode, i.profileVector AS flat, i.profileCount AS count, i.profileModel AS model, i.profileHash AS textHash
       ORDER BY i.code`,
      { model },
    );
    return rows.map(({ flat, count, ...row }) => {
      // A profile stored before passages were kept (one mean vector, no count) reads as one vector; its hash differs, so it is embedded again.
      const n = count ?? 1;
      const dimensions = flat.length / n;
      return { ...row, vectors: Array.from({ length: n }, (_, i) => flat.slice(i * dimensions, (i + 1) * dimensions)) };
    });
  }

  async save(tx: Tx, profiles: readonly StoredProfile[]): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row MATCH (i:Industry {code: row.industryCode})
       SET i.profileVector = row.flat, i.profileCount = row.count, i.profileModel = row.model, i.profileHash = row.textHash`,
      {
        rows: profiles.map((p) => ({
          industryCode: p.industryCode,
          flat: p.vectors.flat(),
          count: int(p.vectors.length),
          model: p.model,
          textHash: p.textHash,
        })),
      },
    );
  }

  /** The embedded fields outside every industry (topics/filing/outside.ts) of `model`, with the hash of their texts. */
  async outsideVectors(model: string): Promise<{ vectors: number[][]; textHash: string } | null> {
    const [row] = await this.graph.read<{ flat: number[] | null; count: number | null; textHash: string | null }>(
      `MATCH (b:FilingBasis {model: $model}) RETURN b.outsideVectors AS flat, b.outsideCount AS count, b.outsideHash AS textHash`,
      { model },
    );
    if (!row?.flat || !row.count || !row.textHash) return null;
    const dimensions = row.flat.length / row.count;
    return {
      vectors: Array.from({ length: row.count }, (_, i) => row.flat!.slice(i * dimensions, (i + 1) * dimensions)),
      textHash: row.textHash,
    };
  }

  /** Stores them flattened (a property holds one list of numbers) on the model's FilingBasis. */
  async saveOutsideVectors(tx: Tx, model: string, vectors: readonly (readonly number[])[], textHash: string): Promise<void> {
    await tx.run(
      `MERGE (b:FilingBasis {model: $model}) SET b.outsideVectors = $flat, b.outsideCount = $count, b.outsideHash = $textHash, b.measuredAt = datetime()`,
      { model, flat: vectors.flat(), count: int(vectors.length), textHash },
    );
  }
}
