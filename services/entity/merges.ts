import type { Repositories } from '../../graph/repositories/index.js';
import type { EntityRecord, EntityType } from '../../domain/entity/types.js';
import type { Viewer } from '../../domain/account/access.js';
import { ConflictError, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.js';
import { lockForChange } from './entities.js';

/**
 * Merges a duplicate person or organisation into the one kept, in one write transaction:
 * both are locked and checked, every relationship moves, and both get an audit entry.
 */
export function mergeEntities(
  repos: Repositories,
  actor: Viewer,
  type: EntityType,
  keepId: string,
  duplicateId: string,
): Promise<EntityRecord> {
  if (type === 'Project') throw ValidationError('projects are not merged; delete the duplicate instead');
  if (keepId === duplicateId) throw ValidationError('an entity cannot be merged into itself');
  return repos.graph.writeTx(async (tx) => {
    const keep = await lockForChange(repos, tx, actor, type, keepId, null);
    const duplicate = await lockForChange(repos, tx, actor, type, duplicateId, null);
    if (keep.deleted) throw ConflictError(`${type} ${keepId} is deleted; restore it before merging into it`);
    const { moved } = await repos.merges.merge(tx, type, keepId, duplicateId, actor.id);
    const after = (await repos.entities.lock(tx, type, keepId))!;
    const mergedDuplicate = await repos.entities.lock(tx, type, duplicateId);
    await recordAudit(repos, tx, actor, 'MERGE', type, keepId, keep, { ...after, mergedFrom: duplicateId, relationshipsMoved: moved });
    await recordAudit(repos, tx, actor, 'MERGED_INTO', type, duplicateId, duplicate, mergedDuplicate);
    return after;
  });
}
