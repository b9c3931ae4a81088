import type { Graph, Tx } from '../../driver.js';

/**
 * Label phrases embedded by a model (`(:PhraseVector {key, model, phrase, vector})`, key =
 * model + phrase), so a rebuild embeds only phrases no earlier rebuild embedded; a vector is
 * a pure function of the model and the text, so it never goes stale.
 */
export class PhraseVectorRepository {
  constructor(private readonly graph: Graph) {}

  /** The stored vectors of those phrases, by phrase (phrases never embedded are absent). */
  async vectors(model: string, phrases: readonly string[]): Promise<Map<string, number[]>> {
    if (phrases.length === 0) return new Map();
    const rows = await this.graph.read<{ phrase: string; vector: number[] }>(
      `UNWIND $keys AS key MATCH (p:PhraseVector {key: key}) RETURN p.phrase AS phrase, p.vector AS vector`,
      { keys: phrases.map((phrase) => phraseKey(model, phrase)) },
    );
    return new Map(rows.map((row) => [row.phrase, row.vector]));
  }

  async save(tx: Tx, model: string, rows: ReadonlyArray<{ phrase: string; vector: ArrayLike<number> }>): Promise<void> {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (p:PhraseVector {key: row.key})
       SET p.model = $model, p.phrase = row.phrase, p.vector = row.vector`,
      { model, rows: rows.map((row) => ({ key: phraseKey(model, row.phrase), phrase: row.phrase, vector: Array.from(row.vector) })) },
    );
  }
}

const phraseKey = (model: string, phrase: string) => `${model}\u0000${phrase}`;
