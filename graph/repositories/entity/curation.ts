import { PART_OF_PATH } from '../within.js';
import {
  type EntityType,
  ENTITY_TYPES,
  type Provenance,
  type EntityRecord,
  type EntityFields,
  type Page,
  type ListFilter,
} from '../../../domain/entity/types.js';
import type { RelatedRecord, RelatedKey } from '../../../domain/entity/links.js';
import {
  type LinkType,
  type TargetKind,
  type LinkSourceKind,
  LINK_SOURCE_KINDS,
  LINK_RULES,
  type LinkSourceRecord,
  type LinkRecord,
} from '../../../domain/entity/links.js';
import { type AuditInput, type AuditRecord } from '../../../domain/audit/types.js';
import { type GraphNodeRecord, type SearchKind, type SearchRecord, type GraphEdgeRecord } from '../../../domain/explore/types.js';
import type { Graph, Tx } from '../../driver.js';
import { int, alignByKey } from '../../values.js';

type Props = Record<string, unknown>;

export function toEntity(entityType: EntityType, p: Props): EntityRecord {
  const str = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  return {
    entityType,
    id: String(p.id),
    name: String(p.name ?? ''),
    description: str('description'),
    version: Number(p.version ?? 1),
    deleted: p.deleted === true,
    mergedInto: str('mergedInto'),
    libraryId: str('libraryId'),
    createdAt: String(p.createdAt ?? ''),
    updatedAt: String(p.updatedAt ?? ''),
    provenance: {
      sourceUrl: str('provSourceUrl'),
      importFile: str('provImportFile'),
      actor: String(p.provActor ?? ''),
      at: String(p.provAt ?? ''),
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

const NODE = `n {.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt), provAt: toString(n.provAt)}`;
const REL = `{type: type(r), origin: coalesce(r.origin, 'librarian'), deleted: coalesce(r.deleted, false), sourceUrl: r.provSourceUrl, importFile: r.provImportFile, actor: r.provActor, at: toString(r.provAt)}`;
const ACTIVE_REL = 'NOT coalesce(r.deleted, false)';
/** Nodes that never appear in exploration: accounts, sessions, the audit log, bookkeeping. */
const PUBLIC_NODE = (x: string) =>
  `(${x}:Person OR ${x}:Organization OR ${x}:Project OR ${x}:Industry OR ${x}:Region OR ${x}:Policy OR ${x}:Document OR ${x}:NewsItem OR ${x}:Topic OR ${x}:Library)`;
/** The cjk full-text indexes of migration 2. */
const SEARCH_INDEX: Record<SearchKind, string> = {
  Person: 'person_text',
  Organization: 'organization_text',
  Project: 'project_text',
  Policy: 'policy_text',
  Document: 'document_text',
  NewsItem: 'news_text',
};

export class CurationRepository {
  constructor(private readonly graph: Graph) {}

  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.graph.writeTx(work);
  }

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

  async audit(tx: Tx, entryId: string, input: AuditInput): Promise<void> {
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

  /**
   * Live entities an import row refers to: by id, exact name, alias or credit code. Indexed
   * by id; the name lookup scans the label, which bulk imports of thousands of rows afford.
   */
  async findByReference(tx: Tx, type: EntityType, reference: string): Promise<{ id: string; name: string }[]> {
    return tx.run<{ id: string; name: string }>(
      `MATCH (n:${type})
       WHERE (n.id = $ref OR n.name = $ref OR $ref IN coalesce(n.aliasList, []) OR n.creditCode = toUpper($ref))
         AND NOT n.deleted AND n.mergedInto IS NULL
       RETURN n.id AS id, n.name AS name LIMIT 3`,
      { ref: reference },
    );
  }

  /**
   * Live nodes of `kind` an import row names, as link targets: entities as in
   * `findByReference`; industries and regions by code or name; anything else (policies, news items)
   * by id, 发文字号 or title. `kind` comes from LINK_RULES, never from the row.
   */
  async findTargets(tx: Tx, kind: TargetKind | LinkSourceKind, reference: string): Promise<{ key: string; label: string }[]> {
    if ((ENTITY_TYPES as readonly string[]).includes(kind)) {
      return (await this.findByReference(tx, kind as EntityType, reference)).map((row) => ({ key: row.id, label: row.name }));
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

  /** Creates the relationship, or revives a soft-deleted one; returns it and whether it was already active. */
  async link(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    provenance: Omit<Provenance, 'at'>,
  ): Promise<{ link: LinkRecord; wasActive: boolean }> {
    const target =
      to.kind === 'Industry' ? '(t:Industry {code: $key})' : to.kind === 'Region' ? '(t:Region {code: $key})' : `(t:${to.kind} {id: $key})`;
    const [row] = await tx.run<{ rel: Props; wasActive: boolean }>(
      `MATCH (n:${from.type} {id: $id}), ${target}
       MERGE (n)-[r:${linkType}]->(t)
       WITH r, r.deleted = false AS wasActive
       SET r.deleted = false, r.deletedAt = null, r.deletedBy = null, r.origin = 'librarian',
           r.provSourceUrl = $sourceUrl, r.provImportFile = $importFile, r.provActor = $actor, r.provAt = datetime()
       RETURN ${REL} AS rel, coalesce(wasActive, false) AS wasActive`,
      { id: from.id, key: to.key, ...provenance },
    );
    return { link: toLink(from.id, to, row!.rel), wasActive: row!.wasActive };
  }

  async unlink(
    tx: Tx,
    from: { type: LinkSourceKind; id: string },
    linkType: LinkType,
    to: { kind: TargetKind; key: string },
    actor: string,
  ): Promise<LinkRecord | null> {
    const target =
      to.kind === 'Industry' ? '(t:Industry {code: $key})' : to.kind === 'Region' ? '(t:Region {code: $key})' : `(t:${to.kind} {id: $key})`;
    const [row] = await tx.run<{ rel: Props }>(
      `MATCH (n:${from.type} {id: $id})-[r:${linkType}]->${target}
       WHERE ${ACTIVE_REL}
       SET r.deleted = true, r.deletedAt = datetime(), r.deletedBy = $actor
       RETURN ${REL} AS rel`,
      { id: from.id, key: to.key, actor },
    );
    return row ? toLink(from.id, to, row.rel) : null;
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

  /** Finds which kind of node an id names among link sources, and locks it. */
  async lockLinkSource(tx: Tx, id: string): Promise<LinkSourceRecord | null> {
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
              key: String(row.n.id ?? row.n.code),
              label: row.label,
              record: isEntity ? toEntity(kind as EntityType, row.n) : null,
            };
          });
      }
    }
    return results;
  }

  async auditFor(filter: {
    entityId: string | null;
    actor: string | null;
    actorLibraryId: string | null;
    first: number;
    before: string | null;
  }): Promise<AuditRecord[]> {
    return this.graph.read<AuditRecord>(
      `MATCH (a:AuditEntry)
       WHERE ($entityId IS NULL OR a.entityId = $entityId) AND ($actor IS NULL OR a.actor = $actor)
         AND ($actorLibraryId IS NULL OR a.actorLibraryId = $actorLibraryId)
         AND ($before IS NULL OR a.id < $before)
       RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.actorRole AS actorRole, a.actorLibraryId AS actorLibraryId,
              a.action AS action, a.entityType AS entityType, a.entityId AS entityId, a.before AS before, a.after AS after
       ORDER BY a.id DESC
       LIMIT $first`,
      { ...filter, first: int(filter.first) },
    );
  }

  /**
   * Full-text search over the cjk indexes of the curated entities and of the published
   * content other modules own (policies, documents, news), best first. Returns the first
   * `limit` hits overall: each index gives its best `limit`, so the merge is exact.
   */
  async search(query: string, kinds: readonly SearchKind[], limit: number, includeDeleted: boolean): Promise<SearchRecord[]> {
    // One statement for every index asked (one round trip, not one per index).
    const rows = await this.graph.read<{ kind: SearchKind; n: Props; node: GraphNodeRecord; score: number }>(
      `UNWIND $searches AS search
       CALL (search) {
         CALL db.index.fulltext.queryNodes(search.index, $query, {limit: $limit}) YIELD node AS n, score
         WHERE n.mergedInto IS NULL AND ($includeDeleted OR NOT coalesce(n.deleted, false)) AND NOT coalesce(n.retired, false)
         RETURN n, score
       }
       RETURN search.kind AS kind, ${NODE} AS n, ${GRAPH_NODE('n')} AS node, score`,
      { searches: kinds.map((kind) => ({ kind, index: SEARCH_INDEX[kind] })), query, limit: int(limit), includeDeleted },
    );
    const out = rows.map((row) => {
      const curated = (ENTITY_TYPES as readonly string[]).includes(row.kind);
      return { kind: row.kind, score: row.score, node: row.node, record: curated ? toEntity(row.kind as EntityType, row.n) : null };
    });
    return out.sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key)).slice(0, limit);
  }

  /** What an id names: industry and region codes by their shape, entity ids by lookup. */
  async kindOf(key: string): Promise<TargetKind | null> {
    if (/^jx-[a-z0-9-]+$/.test(key)) return 'Industry';
    if (/^(CN|\d{6})$/.test(key)) return 'Region';
    const [row] = await this.graph.read<{ kind: TargetKind }>(
      `CALL () {
         MATCH (:Person {id: $key}) RETURN 'Person' AS kind
         UNION MATCH (:Organization {id: $key}) RETURN 'Organization' AS kind
         UNION MATCH (:Project {id: $key}) RETURN 'Project' AS kind
         UNION MATCH (:Policy {id: $key}) RETURN 'Policy' AS kind
       }
       RETURN kind LIMIT 1`,
      { key },
    );
    return row?.kind ?? null;
  }

  /** Breadth-first neighbourhood of one node, hop by hop, never more than `limit` nodes. */
  async neighbourhood(
    start: { kind: TargetKind; key: string },
    hops: number,
    limit: number,
  ): Promise<{ nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[] } | null> {
    const startMatch =
      start.kind === 'Industry'
        ? 'MATCH (n:Industry {code: $key})'
        : start.kind === 'Region'
          ? 'MATCH (n:Region {code: $key})'
          : `MATCH (n:${start.kind} {id: $key}) WHERE NOT coalesce(n.deleted, false)`;
    const [root] = await this.graph.read<{ element: string; node: GraphNodeRecord }>(
      `${startMatch} RETURN elementId(n) AS element, ${GRAPH_NODE('n')} AS node`,
      { key: start.key },
    );
    if (!root) return null;
    const nodes = new Map<string, GraphNodeRecord>([[root.element, root.node]]);
    const edges = new Map<string, GraphEdgeRecord>();
    let frontier = [root.element];
    for (let hop = 0; hop < hops && frontier.length > 0 && nodes.size < limit; hop += 1) {
      const rows = await this.graph.read<{
        from: string;
        to: string;
        fromNode: GraphNodeRecord;
        toNode: GraphNodeRecord;
        type: string;
        element: string;
        outgoing: boolean;
      }>(
        `UNWIND $frontier AS f
         MATCH (a) WHERE elementId(a) = f
         MATCH (a)-[r]-(b)
         WHERE ${ACTIVE_REL} AND ${PUBLIC_NODE('b')} AND NOT coalesce(b.deleted, false) AND NOT coalesce(b.retired, false)
         RETURN elementId(b) AS element, ${GRAPH_NODE('a')} AS fromNode, ${GRAPH_NODE('b')} AS toNode, type(r) AS type, startNode(r) = a AS outgoing
         LIMIT $cap`,
        { frontier, cap: int(limit * 4) },
      );
      const next: string[] = [];
      for (const row of rows) {
        if (!nodes.has(row.element)) {
          if (nodes.size >= limit) continue;
          nodes.set(row.element, row.toNode);
          next.push(row.element);
        }
        const [from, to] = row.outgoing ? [row.fromNode, row.toNode] : [row.toNode, row.fromNode];
        const edgeKey = `${from.kind}:${from.key}-${row.type}->${to.kind}:${to.key}`;
        edges.set(edgeKey, { from: from.key, to: to.key, type: row.type });
      }
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  /** Up to `limit` shortest paths between two nodes through public, live nodes. */
  async paths(from: { kind: TargetKind; key: string }, to: { kind: TargetKind; key: string }, maxHops: number, limit: number) {
    const match = (alias: string, t: { kind: TargetKind }, param: string) =>
      t.kind === 'Industry'
        ? `(${alias}:Industry {code: $${param}})`
        : t.kind === 'Region'
          ? `(${alias}:Region {code: $${param}})`
          : `(${alias}:${t.kind} {id: $${param}})`;
    const hops = Math.max(1, Math.min(6, Math.trunc(maxHops)));
    const rows = await this.graph.read<{ nodes: GraphNodeRecord[]; types: string[]; forward: boolean[] }>(
      `MATCH ${match('a', from, 'fromKey')}, ${match('b', to, 'toKey')}
       WHERE a <> b
       MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
       WHERE all(r IN relationships(p) WHERE NOT coalesce(r.deleted, false))
         AND all(x IN nodes(p) WHERE ${PUBLIC_NODE('x')} AND NOT coalesce(x.deleted, false))
       WITH p LIMIT $limit
       RETURN [x IN nodes(p) | ${GRAPH_NODE('x')}] AS nodes, [r IN relationships(p) | type(r)] AS types,
              [i IN range(0, size(relationships(p)) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward`,
      { fromKey: from.key, toKey: to.key, limit: int(limit) },
    );
    return rows.map((row) => ({
      nodes: row.nodes,
      edges: row.types.map((type, i) => {
        const [a, b] = [row.nodes[i]!, row.nodes[i + 1]!];
        return row.forward[i] ? { from: a.key, to: b.key, type } : { from: b.key, to: a.key, type };
      }),
    }));
  }
}

const GRAPH_NODE = (x: string) =>
  `{key: coalesce(${x}.id, ${x}.code), kind: [l IN labels(${x}) WHERE l IN ['Person','Organization','Project','Industry','Region','Policy','Document','NewsItem','Topic','Library']][0], label: coalesce(${x}.name, ${x}.title, ${x}.label, ${x}.code)}`;

function toLink(fromId: string, to: { kind: TargetKind; key: string }, rel: Props): LinkRecord {
  return {
    type: rel.type as LinkType,
    origin: String(rel.origin ?? 'librarian'),
    fromId,
    toKind: to.kind,
    toKey: to.key,
    deleted: rel.deleted === true,
    provenance: {
      sourceUrl: (rel.sourceUrl as string | null) ?? null,
      importFile: (rel.importFile as string | null) ?? null,
      actor: String(rel.actor ?? ''),
      at: String(rel.at ?? ''),
    },
  };
}
