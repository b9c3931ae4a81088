import { PART_OF_PATH } from '../within.js';
import type { EntityFields, EntityRecord, EntityType, ListFilter, Page, Provenance } from '../../../domain/entity/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';
import { ACTIVE_REL, NODE, toEntity, type Props } from './records.js';

/** Node properties written for the given fields (aliases also as text, for the full-text index). */
function storedFields(fields: EntityFields): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (key === 'aliases') {
      out.aliasList = value;
      out.aliases = (value as string[]).join(' / ');
    } else out[key] = value;
  }
  return out;
}

/**
 * Live entities a reference names: by id, exact name, alias or credit code. Indexed by id;
 * the name lookup scans the label, which bulk imports of thousands of rows afford.
 */
export function entitiesByReference(tx: Tx, type: EntityType, reference: string): Promise<{ id: string; name: string }[]> {
  return tx.run<{ id: string; name: string }>(
    `MATCH (n:${type})
     WHERE (n.id = $ref OR n.name = $ref OR $ref IN coalesce(n.aliasList, []) OR n.creditCode = toUpper($ref))
       AND NOT n.deleted AND n.mergedInto IS NULL
     RETURN n.id AS id, n.name AS name LIMIT 3`,
    { ref: reference },
  );
}

/** People, organisations and projects: their nodes, read and written. Labels come from EntityType, never from callers. */
export class EntityRepository {
  constructor(private readonly graph: Graph) {}

  async create(
    tx: Tx,
    type: EntityType,
    input: { id: string; fields: EntityFields; libraryId: string | null; provenance: Omit<Provenance, 'at'> },
  ): Promise<EntityRecord> {
    const [row] = await tx.run<{ n: Props }>(
      `CREATE (n:${type} {id: $id})
       SET n += $fields, n.version = 1, n.deleted = false, n.libraryId = $libraryId,
           n.createdAt = datetime(), n.updatedAt = datetime(),
           n.provSourceUrl = $sourceUrl, n.provImportFile = $importFile, n.provActor = $actor, n.provAt = datetime()
       RETURN ${NODE} AS n`,
      { id: input.id, fields: storedFields(input.fields), libraryId: input.libraryId, ...input.provenance },
    );
    return toEntity(type, row!.n);
  }

  /**
   * Reads the node after taking its write lock, so that the version compared by the
   * caller cannot change before this transaction commits.
   */
  async lock(tx: Tx, type: EntityType, id: string): Promise<EntityRecord | null> {
    const [row] = await tx.run<{ n: Props }>(`MATCH (n:${type} {id: $id}) SET n._lock = true REMOVE n._lock RETURN ${NODE} AS n`, { id });
    return row ? toEntity(type, row.n) : null;
  }

  async update(
    tx: Tx,
    type: EntityType,
    id: string,
    change: { fields?: EntityFields; deleted?: boolean; provenance?: Omit<Provenance, 'at'> },
  ): Promise<EntityRecord> {
    const [row] = await tx.run<{ n: Props }>(
      `MATCH (n:${type} {id: $id})
       SET n += $fields, n.version = n.version + 1, n.updatedAt = datetime()
       FOREACH (_ IN CASE WHEN $deleted IS NULL THEN [] ELSE [1] END |
         SET n.deleted = $deleted, n.deletedAt = CASE WHEN $deleted THEN datetime() ELSE null END)
       FOREACH (p IN CASE WHEN $provenance IS NULL THEN [] ELSE [$provenance] END |
         SET n.provSourceUrl = p.sourceUrl, n.provImportFile = p.importFile, n.provActor = p.actor, n.provAt = datetime())
       RETURN ${NODE} AS n`,
      { id, fields: storedFields(change.fields ?? {}), deleted: change.deleted ?? null, provenance: change.provenance ?? null },
    );
    return toEntity(type, row!.n);
  }

  findByReference(tx: Tx, type: EntityType, reference: string): Promise<{ id: string; name: string }[]> {
    return entitiesByReference(tx, type, reference);
  }

  /** Entities by id, following MERGED_INTO to the surviving node (a DataLoader batch). */
  async byIds(type: EntityType, ids: readonly string[], includeDeleted: boolean): Promise<(EntityRecord | null)[]> {
    const rows = await this.graph.read<{ asked: string; n: Props }>(
      `UNWIND $ids AS asked
       MATCH (m:${type} {id: asked})
       OPTIONAL MATCH (m)-[:MERGED_INTO*1..5]->(t:${type}) WHERE NOT (t)-[:MERGED_INTO]->()
       WITH asked, coalesce(t, m) AS n
       WHERE $includeDeleted OR NOT n.deleted
       RETURN asked, ${NODE} AS n`,
      { ids, includeDeleted },
    );
    return alignByKey(
      ids,
      rows.map((row) => [row.asked, toEntity(type, row.n)] as const),
    );
  }

  /** One page in id order (ids are UUIDv7: creation order), after the entity with id `filter.after`. */
  async list(type: EntityType, filter: ListFilter): Promise<Page<EntityRecord>> {
    const rows = await this.graph.read<{ n: Props }>(
      `MATCH (n:${type})
       WHERE ($after IS NULL OR n.id > $after)
         AND ($includeDeleted OR NOT n.deleted) AND n.mergedInto IS NULL
         AND ($industry IS NULL OR EXISTS { (n)-[r:IN_INDUSTRY]->(:Industry)${PART_OF_PATH}(:Industry {code: $industry}) WHERE ${ACTIVE_REL} })
         AND ($region IS NULL OR EXISTS { (n)-[r:LOCATED_IN]->(:Region)${PART_OF_PATH}(:Region {code: $region}) WHERE ${ACTIVE_REL} })
         AND ($organization IS NULL OR EXISTS { (n)-[r:MEMBER_OF|AFFILIATED_WITH|LEADS]->(:Organization {id: $organization}) WHERE ${ACTIVE_REL} })
       RETURN ${NODE} AS n
       ORDER BY n.id
       LIMIT $limit`,
      {
        after: filter.after,
        includeDeleted: filter.includeDeleted,
        industry: filter.industryCode,
        region: filter.regionCode,
        organization: filter.organizationId,
        limit: int(filter.first + 1),
      },
    );
    const items = rows.slice(0, filter.first).map((row) => toEntity(type, row.n));
    return { items, hasNextPage: rows.length > filter.first };
  }
}
