import type { AuditInput, AuditRecord } from '../../../domain/audit/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';

interface AuditFilter {
  entityId: string | null;
  actor: string | null;
  /** Only entries made by accounts of this library (null: every library). */
  actorLibraryId: string | null;
  first: number;
  /** The id of the last entry of the previous page. */
  after: string | null;
}

/** The audit log: one AuditEntry node per change, written in the change's transaction. Ids are UUIDv7, so id order is time order. */
export class AuditRepository {
  constructor(private readonly graph: Graph) {}

  async record(tx: Tx, entryId: string, input: AuditInput): Promise<void> {
    await tx.run(
      `CREATE (:AuditEntry {id: $id, at: datetime(), actor: $actor, actorRole: $actorRole, actorLibraryId: $actorLibraryId,
                            action: $action, entityType: $entityType, entityId: $entityId, before: $before, after: $after})`,
      {
        id: entryId,
        actor: input.actor.id,
        actorRole: input.actor.role,
        actorLibraryId: input.actor.libraryId,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId,
        before: input.before === null || input.before === undefined ? null : JSON.stringify(input.before),
        after: input.after === null || input.after === undefined ? null : JSON.stringify(input.after),
      },
    );
  }

  /** One page of entries, newest first. */
  async list(filter: AuditFilter): Promise<{ items: AuditRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<AuditRecord>(
      `MATCH (a:AuditEntry)
       WHERE ($entityId IS NULL OR a.entityId = $entityId) AND ($actor IS NULL OR a.actor = $actor)
         AND ($actorLibraryId IS NULL OR a.actorLibraryId = $actorLibraryId)
         AND ($after IS NULL OR a.id < $after)
       RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.actorRole AS actorRole, a.actorLibraryId AS actorLibraryId,
              a.action AS action, a.entityType AS entityType, a.entityId AS entityId, a.before AS before, a.after AS after
       ORDER BY a.id DESC
       LIMIT $limit`,
      { ...filter, limit: int(filter.first + 1) },
    );
    return { items: rows.slice(0, filter.first), hasNextPage: rows.length > filter.first };
  }
}
