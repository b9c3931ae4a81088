import type { EntityRecord, EntityType } from '../../../domain/entity/types.js';

/** Cypher fragments and row mapping shared by the entity, link and exploration repositories. */

export type Props = Record<string, unknown>;

/** A node's properties with its temporals as strings (alias `n`). */
export const NODE = `n {.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt), provAt: toString(n.provAt)}`;

/** A relationship `r` that was not soft-deleted. */
export const ACTIVE_REL = 'NOT coalesce(r.deleted, false)';

/** A stored text, or '' where there is none (numbers, e.g. an id given as one, as their digits). */
export const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export function toEntity(entityType: EntityType, p: Props): EntityRecord {
  const str = (key: string) => (typeof p[key] === 'string' ? p[key] : null);
  return {
    entityType,
    id: text(p.id),
    name: text(p.name),
    description: str('description'),
    version: Number(p.version ?? 1),
    deleted: p.deleted === true,
    mergedInto: str('mergedInto'),
    libraryId: str('libraryId'),
    createdAt: text(p.createdAt),
    updatedAt: text(p.updatedAt),
    provenance: {
      sourceUrl: str('provSourceUrl'),
      importFile: str('provImportFile'),
      actor: text(p.provActor),
      at: text(p.provAt),
    },
    title: str('title'),
    aliases: Array.isArray(p.aliasList) ? (p.aliasList as string[]) : [],
    kind: str('kind'),
    website: str('website'),
    creditCode: str('creditCode'),
    status: str('status'),
    startedOn: str('startedOn'),
  };
}
