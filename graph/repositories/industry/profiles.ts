import type { Graph, Tx } from '../../driver.js';
import { readIn } from '../topic/fields.js';

export interface StoredProfile {
  industryCode: string;
  /** The profile's texts embedded (name and description, keywords, GB/T 4754 class names), by `model`. */
  vector: number[];
  model: string;
  /** Hash of the texts embedded, so a changed taxonomy entry is embedded again. */
  textHash: string;
}

/**
 * The embedded text profile of each industry, kept on its node (`profileVector`,
 * `profileModel`, `profileHash`) so filing documents needs the model only when the taxonomy
 * or the model changed.
 */
export class IndustryProfileRepository {
  constructor(private readonly graph: Graph) {}

  async profiles(model: string, tx?: Tx): Promise<StoredProfile[]> {
    return readIn<StoredProfile>(
      this.graph,
      tx,
      `MATCH (i:Industry) WHERE i.profileModel = $model AND i.profileVector IS NOT NULL
       RETURN i.code AS industryCode, i.profileVector AS vector, i.profileModel AS model, i.profileHash AS textHash ORDER BY i.code`,
      { model },
    );
  }

  async save(tx: Tx, profiles: readonly StoredProfile[]): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row MATCH (i:Industry {code: row.industryCode})
       SET i.profileVector = row.vector, i.profileModel = row.model, i.profileHash = row.textHash`,
      { rows: profiles },
    );
  }
}
