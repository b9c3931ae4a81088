import { ENTITY_TYPES, type EntityType, type Provenance } from '../../../domain/entity/types.js';
import {
  LINK_SOURCE_KINDS,
  NEEDS_TARGET_CONSENT,
  type LinkRecord,
  type LinkSourceKind,
  type LinkSourceRecord,
  type LinkType,
  type PendingLinkRecord,
  type RelatedKey,
  type RelatedRecord,
  type TargetKind,
} from '../../../domain/entity/links.js';
import type { Graph, Tx } from '../../driver.js';
import { int } from '../../values.js';
import { entitiesByReference } from './entities.js';
import { ACTIVE_REL, text, toEntity, type Props } from './records.js';

const REL = `{type: type(r), origin: coalesce(r.origin, 'librarian'), deleted: coalesce(r.deleted, false), pending: r.pendingConsentOf IS NOT NULL, sourceUrl: r.provSourceUrl, importFile: r.provImportFile, actor: r.provActor, at: toString(r.provAt)}`;

/** The pattern of a link's target `t`: industries and regions by code, anything else by id. */
const targetPattern = (kind: TargetKind) =>
  kind === 'Industry' ? '(t:Industry {code: $key})' : kind === 'Region' ? '(t:Region {code: $key})' : `(t:${kind} {id: $key})`;

function toLink(fromId: string, to: { kind: TargetKind; key: string }, rel: Props): LinkRecord {
  return {
    type: rel.type as LinkType,
    origin: text(rel.origin) || 'librarian',
    fromId,
    toKind: to.kind,
    toKey: to.key,
    deleted: rel.deleted === true,
    pending: rel.pending === true,
    provenance: {
      sourceUrl: (rel.sourceUrl as string | null) ?? null,
      importFile: (rel.importFile as string | null) ?? null,
      actor: text(rel.actor),
      at: text(rel.at),
    },
  };
}

/** The state a change applies to (`where`, on the relationship `r`) and what it sets, by `$actor`. */
const LINK_CHANGES = {
  accept: {
    where: 'r.pendingConsentOf IS NOT NULL',
    set: 'r.deleted = false, r.pendingConsentOf = null, r.acceptedBy = $actor, r.acceptedAt = datetime()',
  },
  decline: { where: 'r.pendingConsentOf IS NOT NULL', set: 'r.pendingConsentOf = null, r.declinedBy = $actor, r.declinedAt = datetime()' },
  unlink: { where: ACTIVE_REL, set: 'r.deleted = true, r.deletedAt = datetime(), r.deletedBy = $actor' },
} as const;

/**
 * Curated relationships from people, organisations, projects, policies and news items, with
 * provenance; unlinking soft-deletes. Relationship types and labels come from LINK_RULES.
 */
export class LinkRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Live nodes of `kind` an import row names, as link targets: entities by id, name, alias or
   * credit code; industries and regions by code or name; anything else (policies, news items)
   * by id, 发文字号 or title. `kind` comes from LINK_RULES, never from the row.
   */
  async findTargets(tx: Tx, kind: TargetKind | LinkSourceKind, reference: string): Promise<{ key: string; label: string }[]> {
    if ((ENTITY_TYPES as readonly string[]).includes(kind)) {
      return (await entitiesByReference(tx, kind as EntityType, reference)).map((row) => ({ key: row.id, label: row.name }));
    }
    const cypher =
      kind === 'Industry'
        ? 'MATCH (t:Industry) WHERE (t.code = $ref OR t.name = $ref) AND NOT coalesce(t.retired, false) RETURN t.code AS key, t.name AS label LIMIT 3'
        : kind === 'Region'
          ? 'MATCH (t:Region) WHERE t.code = $ref OR t.name = $ref RETURN t.code AS key, t.name AS label LIMIT 3'
          : `MATCH (t:${kind}) WHERE (t.id = $ref OR t.documentNumber = $ref OR t.title = $ref) AND NOT coalesce(t.deleted, false)
             RETURN t.id AS key, coalesce(t.title, t.name, t.id) AS label LIMIT 3`;
    return tx.run<{ key: string; label: string }>(cypher, { ref: reference });
  }

  async targetExists(tx: Tx, kind: TargetKind, key: string): Promise<boolean> {
    const cypher =
      kind === 'Industry'
        ? 'MATCH (t:Industry {code: $key}) WHERE NOT coalesce(t.retired, false) RETURN 1 AS ok'
        : kind === 'Region'
          ? 'MATCH (t:Region {code: $key}) RETURN 1 AS ok'
          : `MATCH (t:${kind} {id: $key}) WHERE NOT coalesce(t.deleted, false) RETURN 1 AS ok`;
    return (await tx.run(cypher, { key })).length > 0;
  }

  /** The library that owns a link target (an entity or policy), or null (no owner, or an industry or region). */
  async targetLibrary(tx: Tx, kind: TargetKind, key: string): Promise<string | null> {
    if (kind === 'Industry' || kind === 'Region') return null;
    const [row] = await tx.run<{ libraryId: string | null }>(`MATCH (t:${kind} {id: $key}) RETURN t.libraryId AS libraryId`, { key });
    return row?.libraryId ?? null;
  }

  /**
   * Changes the one link of `linkType` from `from` to `to` that `where` selects (a condition on `r`)
   * by `set`; the link afterwards, or null when none is selected. Both clauses are fixed text of this
   * class; values come in `params`.
   */
  private async updateOne(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    clauses: { where: string; set: string },
    params: Record<string, unknown> = {},
  ): Promise<LinkRecord | null> {
    const [row] = await tx.run<{ rel: Props }>(
      `MATCH (n:${from.type} {id: $id})-[r:${linkType}]->${targetPattern(to.kind)}
       WHERE ${clauses.where}
       SET ${clauses.set}
       RETURN ${REL} AS rel`,
      { ...params, id: from.id, key: to.key },
    );
    return row ? toLink(from.id, to, row.rel) : null;
  }

  /** Turns a link just made into a request that waits for `libraryId`'s consent: soft-deleted until accepted. */
  async markPending(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    libraryId: string,
  ): Promise<LinkRecord> {
    const clauses = { where: 'true', set: 'r.deleted = true, r.pendingConsentOf = $libraryId, r.declinedBy = null, r.declinedAt = null' };
    return (await this.updateOne(tx, from, linkType, to, clauses, { libraryId }))!;
  }

  /**
   * A librarian's change to one link, by `actor`: `accept` makes a pending request live, `decline`
   * ends it (the link stays soft-deleted), `unlink` soft-deletes a live link. Null when no link in
   * that state is there.
   */
  change(
    tx: Tx,
    change: keyof typeof LINK_CHANGES,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    actor: string,
  ): Promise<LinkRecord | null> {
    return this.updateOne(tx, from, linkType, to, LINK_CHANGES[change], { actor });
  }

  /**
   * One page of the links waiting for a library's consent (every library's for `libraryId` null),
   * oldest request first, after the keys `[requestedAt, relationship element id]` of `after`.
   */
  async pending(filter: {
    libraryId: string | null;
    first: number;
    after: readonly string[] | null;
  }): Promise<{ items: PendingLinkRecord[]; hasNextPage: boolean }> {
    const rows = await this.graph.read<PendingLinkRecord>(
      `MATCH (from:Policy)-[r:${NEEDS_TARGET_CONSENT.join('|')}]->(to:Policy)
       WHERE r.pendingConsentOf IS NOT NULL AND ($libraryId IS NULL OR r.pendingConsentOf = $libraryId)
       WITH from, r, to, toString(r.provAt) AS requestedAt, elementId(r) AS key
       WHERE $after IS NULL OR [requestedAt, key] > $after
       OPTIONAL MATCH (fromLibrary:Library {id: from.libraryId})
       OPTIONAL MATCH (requester:Account {id: r.provActor})
       RETURN type(r) AS type, from.id AS fromId, from.title AS fromTitle, fromLibrary.name AS fromLibrary,
              to.id AS toId, to.title AS toTitle, r.pendingConsentOf AS libraryId,
              coalesce(requester.displayName, r.provActor) AS requestedBy, requestedAt, r.provSourceUrl AS sourceUrl, key
       ORDER BY requestedAt, key
       LIMIT $limit`,
      { libraryId: filter.libraryId, after: filter.after, limit: int(filter.first + 1) },
    );
    return { items: rows.slice(0, filter.first), hasNextPage: rows.length > filter.first };
  }

  /** Finds which kind of node an id names among link sources, and locks it. */
  async lockSource(tx: Tx, id: string): Promise<LinkSourceRecord | null> {
    for (const kind of LINK_SOURCE_KINDS) {
      const [row] = await tx.run<{ n: Props }>(
        `MATCH (n:${kind} {id: $id}) SET n._lock = true REMOVE n._lock
         RETURN {libraryId: n.libraryId, deleted: coalesce(n.deleted, false), mergedInto: n.mergedInto} AS n`,
        { id },
      );
      if (row) {
        return {
          kind,
          id,
          libraryId: (row.n.libraryId as string | null) ?? null,
          deleted: row.n.deleted === true,
          mergedInto: (row.n.mergedInto as string | null) ?? null,
        };
      }
    }
    return null;
  }

  /** Creates the relationship, or revives a soft-deleted one; returns it and whether it was already active. */
  async link(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    provenance: Omit<Provenance, 'at'>,
  ): Promise<{ link: LinkRecord; wasActive: boolean }> {
    const [row] = await tx.run<{ rel: Props; wasActive: boolean }>(
      `MATCH (n:${from.type} {id: $id}), ${targetPattern(to.kind)}
       MERGE (n)-[r:${linkType}]->(t)
       WITH r, r.deleted = false AS wasActive
       SET r.deleted = false, r.deletedAt = null, r.deletedBy = null, r.pendingConsentOf = null, r.origin = 'librarian',
           r.provSourceUrl = $sourceUrl, r.provImportFile = $importFile, r.provActor = $actor, r.provAt = datetime()
       RETURN ${REL} AS rel, coalesce(wasActive, false) AS wasActive`,
      { id: from.id, key: to.key, ...provenance },
    );
    return { link: toLink(from.id, to, row!.rel), wasActive: row!.wasActive };
  }

  /** Soft-deletes the live links of `linkType` from `from` to anything but `keep` (a single-valued link replaced). */
  async retireOthers(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    keep: { kind: TargetKind; key: string },
    actor: string,
  ): Promise<LinkRecord[]> {
    const rows = await tx.run<{ rel: Props; kind: TargetKind; key: string }>(
      `MATCH (n:${from.type} {id: $id})-[r:${linkType}]->(t)
       WHERE ${ACTIVE_REL} AND coalesce(t.id, t.code) <> $key
       SET r.deleted = true, r.deletedAt = datetime(), r.deletedBy = $actor
       RETURN ${REL} AS rel, [l IN labels(t) WHERE l IN ['Organization', 'Region']][0] AS kind, coalesce(t.id, t.code) AS key`,
      { id: from.id, key: keep.key, actor },
    );
    return rows.map((row) => toLink(from.id, { kind: row.kind, key: row.key }, row.rel));
  }

  /**
   * Related nodes of many entities at once (a DataLoader batch): outgoing (`out`) or
   * incoming relationships of one type, active only, to curated nodes (full records) or
   * to industries and regions (their codes).
   */
  async related(keys: readonly RelatedKey[], includeDeleted: boolean): Promise<RelatedRecord[][]> {
    const groups = new Map<string, number[]>();
    keys.forEach((key, index) => {
      const group = `${key.from}:${key.type}:${key.direction}`;
      groups.set(group, [...(groups.get(group) ?? []), index]);
    });
    const results: RelatedRecord[][] = keys.map(() => []);
    for (const [, indexes] of groups) {
      const { from, type, direction } = keys[indexes[0]!]!;
      const pattern = direction === 'out' ? `(s)-[r:${type}]->(o)` : `(s)<-[r:${type}]-(o)`;
      const rows = await this.graph.read<{ source: string; labels: string[]; label: string; n: Props }>(
        `UNWIND $ids AS source
         MATCH (s:${from} {id: source})
         MATCH ${pattern}
         WHERE ${ACTIVE_REL} AND ($includeDeleted OR NOT coalesce(o.deleted, false))
         RETURN source, labels(o) AS labels, coalesce(o.name, o.title, o.code) AS label, o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt), provAt: toString(o.provAt)} AS n
         ORDER BY coalesce(o.name, o.code)`,
        { ids: [...new Set(indexes.map((i) => keys[i]!.id))], includeDeleted },
      );
      for (const index of indexes) {
        const id = keys[index]!.id;
        results[index] = rows
          .filter((row) => row.source === id)
          .map((row) => {
            const kind =
              (['Industry', 'Region', 'Policy', ...ENTITY_TYPES] as TargetKind[]).find((k) => row.labels.includes(k)) ?? 'Region';
            const isEntity = (ENTITY_TYPES as readonly string[]).includes(kind);
            return {
              kind,
              key: text(row.n.id ?? row.n.code),
              label: row.label,
              record: isEntity ? toEntity(kind as EntityType, row.n) : null,
            };
          });
      }
    }
    return results;
  }
}
