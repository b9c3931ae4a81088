import type { TargetKind } from '../../../domain/entity/links.js';
import type { GraphEdgeRecord, GraphNodeRecord, SearchKind, SearchRecord } from '../../../domain/explore/types.js';
import type { Graph } from '../../driver.js';
import { int } from '../../values.js';
import { ACTIVE_REL } from '../entity/records.js';

/** Nodes that never appear in exploration: accounts, sessions, the audit log, bookkeeping. */
const PUBLIC_NODE = (x: string) =>
  `(${x}:Person OR ${x}:Organization OR ${x}:Project OR ${x}:Industry OR ${x}:Region OR ${x}:Policy OR ${x}:Document OR ${x}:NewsItem OR ${x}:Topic OR ${x}:Library)`;

const GRAPH_NODE = (x: string) =>
  `{key: coalesce(${x}.id, ${x}.code), kind: [l IN labels(${x}) WHERE l IN ['Person','Organization','Project','Industry','Region','Policy','Document','NewsItem','Topic','Library']][0], label: coalesce(${x}.name, ${x}.title, ${x}.label, ${x}.code)}`;

/** The cjk full-text indexes of migration 2. */
const SEARCH_INDEX: Record<SearchKind, string> = {
  Person: 'person_text',
  Organization: 'organization_text',
  Project: 'project_text',
  Policy: 'policy_text',
  Document: 'document_text',
  NewsItem: 'news_text',
};

/** Industry and region codes are known by their shape. */
const codeKind = (key: string): 'Industry' | 'Region' | null =>
  /^jx-[a-z0-9-]+$/.test(key) ? 'Industry' : /^(CN|\d{6})$/.test(key) ? 'Region' : null;

/** `n`: the person, organisation, project or policy with id `$key`, in that order of kinds. */
const ENTITY_BY_ID = `MATCH (n:Person {id: $key}) RETURN n
  UNION MATCH (n:Organization {id: $key}) RETURN n
  UNION MATCH (n:Project {id: $key}) RETURN n
  UNION MATCH (n:Policy {id: $key}) RETURN n`;

/** A node by its key: industries and regions by code, anything else by id. */
const nodePattern = (alias: string, kind: TargetKind, param: string) =>
  kind === 'Industry'
    ? `(${alias}:Industry {code: $${param}})`
    : kind === 'Region'
      ? `(${alias}:Region {code: $${param}})`
      : `(${alias}:${kind} {id: $${param}})`;

/** Reads across the public graph: neighbourhoods, shortest paths, one full-text search over every kind. */
export class ExploreRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Full-text search over the cjk indexes of the curated entities and of the published
   * content other modules own (policies, documents, news), best first. Returns the first
   * `limit` hits overall: each index gives its best `limit`, so the merge is exact.
   */
  async search(query: string, kinds: readonly SearchKind[], limit: number, includeDeleted: boolean): Promise<SearchRecord[]> {
    // One statement for every index asked (one round trip, not one per index). Only what a hit
    // shows is read: a fused search reads hundreds of hits, of which a page is shown, and the
    // entity behind a hit is loaded by id only when a client asks for it.
    const rows = await this.graph.read<SearchRecord>(
      `UNWIND $searches AS search
       CALL (search) {
         CALL db.index.fulltext.queryNodes(search.index, $query, {limit: $limit}) YIELD node AS n, score
         WHERE n.mergedInto IS NULL AND ($includeDeleted OR NOT coalesce(n.deleted, false)) AND NOT coalesce(n.retired, false)
         RETURN n, score
       }
       RETURN search.kind AS kind, {key: n.id, kind: search.kind, label: coalesce(n.name, n.title)} AS node, score`,
      { searches: kinds.map((kind) => ({ kind, index: SEARCH_INDEX[kind] })), query, limit: int(limit), includeDeleted },
    );
    return rows.sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key)).slice(0, limit);
  }

  /** What an id names: industry and region codes by their shape, entity ids by lookup. */
  async kindOf(key: string): Promise<TargetKind | null> {
    const byShape = codeKind(key);
    if (byShape) return byShape;
    const [row] = await this.graph.read<{ kind: TargetKind }>(
      `CALL () { ${ENTITY_BY_ID} }
       RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Project', 'Policy']][0] AS kind LIMIT 1`,
      { key },
    );
    return row?.kind ?? null;
  }

  /**
   * Breadth-first neighbourhood of what `key` names (as `kindOf` tells, found in the same
   * statement as the start node), hop by hop, never more than `limit` nodes; null when nothing
   * live has that key.
   */
  async neighbourhood(key: string, hops: number, limit: number): Promise<{ nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[] } | null> {
    const kind = codeKind(key);
    const [root] = await this.graph.read<{ element: string; node: GraphNodeRecord }>(
      kind
        ? `MATCH ${nodePattern('n', kind, 'key')} RETURN elementId(n) AS element, ${GRAPH_NODE('n')} AS node`
        : `CALL () { ${ENTITY_BY_ID} }
           WITH n LIMIT 1
           WITH n WHERE NOT coalesce(n.deleted, false)
           RETURN elementId(n) AS element, ${GRAPH_NODE('n')} AS node`,
      { key },
    );
    if (!root) return null;
    const nodes = new Map<string, GraphNodeRecord>([[root.element, root.node]]);
    const edges = new Map<string, GraphEdgeRecord>();
    let frontier = [root.element];
    for (let hop = 0; hop < hops && frontier.length > 0 && nodes.size < limit; hop += 1) {
      const rows = await this.graph.read<{
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

  /** Up to `limit` shortest paths of at most `maxHops` (1 to 6) between two nodes, through public, live nodes. */
  async paths(
    from: { kind: TargetKind; key: string },
    to: { kind: TargetKind; key: string },
    maxHops: number,
    limit: number,
  ): Promise<{ nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[] }[]> {
    const hops = Math.max(1, Math.min(6, Math.trunc(maxHops)));
    const rows = await this.graph.read<{ nodes: GraphNodeRecord[]; types: string[]; forward: boolean[] }>(
      `MATCH ${nodePattern('a', from.kind, 'fromKey')}, ${nodePattern('b', to.kind, 'toKey')}
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
