import type { EntityType } from '../../../domain/entity/types.js';
import type { Tx } from '../../driver.js';

/** Merging a duplicate person or organisation into the one kept. */
export class MergeRepository {
  /**
   * Moves every relationship of `duplicateId` to `keepId` (whatever its type, so links
   * added by later features move too), fills the kept node's empty fields from the
   * duplicate, and leaves `(duplicate)-[:MERGED_INTO]->(kept)` so the old id still resolves.
   */
  async merge(tx: Tx, type: EntityType, keepId: string, duplicateId: string, actor: string): Promise<{ moved: number }> {
    const kinds = await tx.run<{ type: string; outgoing: boolean }>(
      `MATCH (d:${type} {id: $dup})-[r]-()
       RETURN DISTINCT type(r) AS type, startNode(r) = d AS outgoing`,
      { dup: duplicateId },
    );
    let moved = 0;
    for (const kind of kinds) {
      // Relationship types read back from the database, checked to be plain identifiers.
      if (!/^[A-Z][A-Z0-9_]*$/.test(kind.type)) throw new Error(`unexpected relationship type ${kind.type}`);
      const pattern = kind.outgoing ? `(k)-[n:${kind.type}]->(o)` : `(o)-[n:${kind.type}]->(k)`;
      const match = kind.outgoing ? `(d)-[r:${kind.type}]->(o)` : `(o)-[r:${kind.type}]->(d)`;
      const [row] = await tx.run<{ moved: number }>(
        `MATCH (d:${type} {id: $dup}), (k:${type} {id: $keep})
         MATCH ${match}
         WITH k, r, o, o = k AS self
         CALL (k, r, o, self) {
           WITH k, r, o, self WHERE NOT self
           MERGE ${pattern}
           ON CREATE SET n = properties(r)
         }
         DELETE r
         RETURN count(*) AS moved`,
        { dup: duplicateId, keep: keepId },
      );
      moved += row?.moved ?? 0;
    }
    await tx.run(
      `MATCH (d:${type} {id: $dup}), (k:${type} {id: $keep})
       SET k.description = coalesce(k.description, d.description), k.title = coalesce(k.title, d.title),
           k.website = coalesce(k.website, d.website), k.creditCode = coalesce(k.creditCode, d.creditCode),
           k.aliasList = CASE WHEN $type = 'Organization'
             THEN [a IN coalesce(k.aliasList, []) + [d.name] + coalesce(d.aliasList, []) WHERE a <> k.name | a]
             ELSE k.aliasList END,
           k.version = k.version + 1, k.updatedAt = datetime()
       SET k.aliases = CASE WHEN k.aliasList IS NULL THEN null ELSE reduce(s = '', a IN k.aliasList | s + CASE WHEN s = '' THEN '' ELSE ' / ' END + a) END,
           d.deleted = true, d.mergedInto = k.id, d.version = d.version + 1, d.updatedAt = datetime()
       CREATE (d)-[:MERGED_INTO {at: datetime(), provActor: $actor, provAt: datetime()}]->(k)`,
      { dup: duplicateId, keep: keepId, type, actor },
    );
    return { moved };
  }
}
