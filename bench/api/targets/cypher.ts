import express, { type Request } from 'express';
import neo4j from 'neo4j-driver';
import { MATCH_CANDIDATES } from '../../../graph/repositories/policy/conditions.js';

/**
 * Bare Cypher peer: one JSON endpoint per operation running the statements Hechuang's
 * repositories run for it (copied from graph/repositories; keep them in step), through
 * neo4j-driver, with the same batching the DataLoaders achieve and nothing else: no GraphQL,
 * no validation, no services. Started by bench/api/run.ts as its own process.
 */

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
});

type Row = Record<string, unknown>;
/** Auto-commit reads, as graph/driver.ts `read` sends them (RUN + PULL, no BEGIN or COMMIT). */
async function read<R = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as R);
  } finally {
    await session.close();
  }
}
const int = (n: number) => neo4j.int(n);

// graph/repositories/industry.ts
const INDUSTRY_FIELDS = `{
  code: i.code, name: i.name, description: i.description, keywords: i.keywords, tier: i.tier,
  confidence: i.confidence, parentCode: i.parentCode,
  classificationCodes: i.classificationCodes, classificationNames: i.classificationNames,
  documentTitle: i.documentTitle, documentIssuer: i.documentIssuer, documentYear: i.documentYear,
  documentNumber: i.documentNumber, documentUrl: i.documentUrl
}`;
const industriesByCodes = (codes: string[]) =>
  read(`MATCH (i:Industry) WHERE i.code IN $codes RETURN i ${INDUSTRY_FIELDS} AS industry`, { codes });
const industryChildren = (parentCodes: string[]) =>
  read(
    `UNWIND $parentCodes AS parentCode
     MATCH (i:Industry)-[:PART_OF]->(:Industry {code: parentCode})
     WHERE NOT coalesce(i.retired, false)
     RETURN parentCode, i ${INDUSTRY_FIELDS} AS industry
     ORDER BY i.code`,
    { parentCodes },
  );
const industryRegions = (industryCodes: string[]) =>
  read(
    `UNWIND $industryCodes AS industryCode
     MATCH (:Industry {code: industryCode})-[:PROMOTED_IN]->(r:Region)
     RETURN industryCode, r {.code, .name, .level, .parentCode} AS region
     ORDER BY r.code`,
    { industryCodes },
  );
const regionsByCodes = (codes: string[]) =>
  read(`MATCH (r:Region) WHERE r.code IN $codes RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode`, {
    codes,
  });
const findRegion = (key: string) =>
  read(
    `MATCH (r:Region)
     WHERE r.code = $key OR r.name = $key OR r.name IN [$key + '市', $key + '区', $key + '县', $key + '省']
     RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
     ORDER BY size(r.name) LIMIT 1`,
    { key },
  );

// graph/repositories/policy.ts
const POLICY_FIELDS = `p {
  .id, .url, .title, .documentNumber, .issuer, .writtenDate, .publishedDate, .validity, .effectiveDate, .expiryDate,
  .category, .text, .html, .contentHash, .revision, .level, .regionCode, .sourceId,
  firstSeenAt: toString(p.firstSeenAt), updatedAt: toString(p.updatedAt)
}`;
interface PolicyFilter {
  industryCode?: string;
  regionCode?: string;
  level?: string;
  issuer?: string;
  validity?: string;
  from?: string;
}
// graph/repositories/policy/policies.ts listStatement: only the filters given, starting from the industry's or
// the region's own policies, the page cut before the projection.
const listPolicies = (f: PolicyFilter, first: number) => {
  const byIndustry = f.industryCode !== undefined;
  const byRegion = f.regionCode !== undefined;
  const where = [
    'NOT coalesce(p.deleted, false)',
    f.level ? 'p.level = $level' : null,
    f.validity ? 'p.validity = $validity' : null,
    f.from ? 'p.publishedDate >= $from' : null,
    f.issuer ? 'p.issuer CONTAINS $issuer' : null,
    byRegion && byIndustry ? 'EXISTS { (p)-[r:IN_REGION]->(x:Region) WHERE x IN regions AND NOT coalesce(r.deleted, false) }' : null,
  ].filter((c) => c !== null);
  const scopes = [
    byRegion ? 'OPTIONAL MATCH (inRegion:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) WITH collect(inRegion) AS regions' : '',
    byIndustry
      ? `OPTIONAL MATCH (inIndustry:Industry)-[:PART_OF*0..3]->(:Industry {code: $industryCode}) WITH ${byRegion ? 'regions, ' : ''}collect(inIndustry) AS industries`
      : '',
  ];
  const start = byIndustry
    ? `UNWIND industries AS x MATCH (x)<-[r:SUPPORTS]-(p:Policy) WHERE NOT coalesce(r.deleted, false) WITH DISTINCT ${byRegion ? 'regions, ' : ''}p`
    : byRegion
      ? 'UNWIND regions AS x MATCH (x)<-[r:IN_REGION]-(p:Policy) WHERE NOT coalesce(r.deleted, false) WITH DISTINCT p'
      : 'MATCH (p:Policy)';
  return read<{ policy: { id: string; regionCode: string } }>(
    `${scopes.join('\n')}
     ${start}
     WHERE ${where.join(' AND ')}
     WITH p, coalesce(p.publishedDate, '0000-00-00') AS date
     ORDER BY date DESC, p.id DESC LIMIT $limit
     RETURN ${POLICY_FIELDS} AS policy ORDER BY date DESC, p.id DESC`,
    {
      level: f.level ?? null,
      validity: f.validity ?? null,
      from: f.from ?? null,
      issuer: f.issuer ?? null,
      regionCode: f.regionCode ?? null,
      industryCode: f.industryCode ?? null,
      limit: int(first + 1),
    },
  );
};
const policiesByIds = (ids: string[]) => read(`MATCH (p:Policy) WHERE p.id IN $ids RETURN ${POLICY_FIELDS} AS policy`, { ids });
const policyIndustries = (ids: string[]) =>
  read<{ id: string; code: string }>(
    `UNWIND $ids AS id MATCH (:Policy {id: id})-[r:SUPPORTS]->(i:Industry) WHERE NOT coalesce(r.deleted, false) RETURN id, i.code AS code ORDER BY i.code`,
    { ids },
  );

// graph/repositories/explore/explore.ts, graph/repositories/entity/records.ts
const GRAPH_NODE = (x: string) =>
  `{key: coalesce(${x}.id, ${x}.code), kind: [l IN labels(${x}) WHERE l IN ['Person','Organization','Project','Industry','Region','Policy','Document','NewsItem','Topic','Library']][0], label: coalesce(${x}.name, ${x}.title, ${x}.label, ${x}.code)}`;
const PUBLIC_NODE = (x: string) =>
  `(${x}:Person OR ${x}:Organization OR ${x}:Project OR ${x}:Industry OR ${x}:Region OR ${x}:Policy OR ${x}:Document OR ${x}:NewsItem OR ${x}:Topic OR ${x}:Library)`;
const SEARCH_INDEXES = ['person_text', 'organization_text', 'project_text', 'policy_text', 'document_text', 'news_text'];
interface GraphNode {
  key: string;
  kind: string;
  label: string;
}

/** The JSON body the runner posts (express types it as any). */
const body = (req: Request) => req.body as Record<string, unknown>;

const app = express();
app.use(express.json());

app.post('/cypher/industry-page', async (req, res) => {
  const code = String(body(req).code);
  const [industries, children, regions, policies] = await Promise.all([
    industriesByCodes([code]),
    industryChildren([code]),
    industryRegions([code]),
    listPolicies({ industryCode: code }, 10),
  ]);
  const industry = industries[0]?.industry as { parentCode: string | null } | undefined;
  const parent = industry?.parentCode ? (await industriesByCodes([industry.parentCode]))[0]?.industry : null;
  res.json({ industry, parent, children, regions, policies: policies.slice(0, 10), hasMore: policies.length > 10 });
});

app.post('/cypher/policy-list', async (req, res) => {
  const p = req.body as { kind: string; code?: string; validity?: string; from?: string; issuer?: string; level?: string };
  const filter: PolicyFilter =
    p.kind === 'industry'
      ? { industryCode: (await industriesByCodes([p.code!]))[0] ? p.code! : '', validity: '有效' }
      : p.kind === 'region'
        ? { regionCode: String((await findRegion(p.code!))[0]?.code), from: p.from! }
        : { issuer: p.issuer!, level: '区县' };
  const rows = await listPolicies(filter, 20);
  const items = rows.slice(0, 20).map((r) => r.policy);
  const [regions, industryLinks] = await Promise.all([
    regionsByCodes([...new Set(items.map((i) => i.regionCode))]),
    policyIndustries(items.map((i) => i.id)),
  ]);
  const industries = await industriesByCodes([...new Set(industryLinks.map((l) => l.code))]);
  res.json({ items, regions, industryLinks, industries, hasMore: rows.length > 20 });
});

app.post('/cypher/policy-detail', async (req, res) => {
  const ids = [String(body(req).id)];
  const [row] = await policiesByIds(ids);
  if (!row) return void res.status(404).json({ error: 'not found' });
  const policy = row.policy as { regionCode: string };
  const [region, industryLinks, issuer, attachments, revisions, links] = await Promise.all([
    regionsByCodes([policy.regionCode]),
    policyIndustries(ids),
    read(`UNWIND $ids AS id MATCH (:Policy {id: id})-[:ISSUED_BY]->(o:Organization) RETURN id, o {.id, .name} AS org`, { ids }),
    read(
      `UNWIND $ids AS id MATCH (:Policy {id: id})-[:HAS_ATTACHMENT]->(a:Attachment) RETURN id, a {.url, .name, .format} AS attachment ORDER BY a.url`,
      { ids },
    ),
    read(
      `UNWIND $ids AS id
       MATCH (:Policy {id: id})-[:HAS_REVISION]->(r:PolicyRevision)
       RETURN r {.id, .policyId, .number, .title, .documentNumber, .validity, .text, .html, .contentHash, fetchedAt: toString(r.fetchedAt)} AS revision
       ORDER BY r.number DESC`,
      { ids },
    ),
    read<{ link: { policyId: string } }>(
      `UNWIND $ids AS id
       MATCH (p:Policy {id: id})-[rel:REPEALS|REPLACES|AMENDS]-(other:Policy)
       RETURN id, {kind: type(rel), direction: CASE WHEN startNode(rel) = p THEN 'OUT' ELSE 'IN' END, policyId: other.id} AS link
       ORDER BY link.kind, other.id`,
      { ids },
    ),
  ]);
  const [industries, linked] = await Promise.all([
    industriesByCodes(industryLinks.map((l) => l.code)),
    links.length ? policiesByIds(links.map((l) => l.link.policyId)) : Promise.resolve([]),
  ]);
  res.json({ policy, region, industries, issuer, attachments, revisions, links, linked });
});

app.post('/cypher/neighbourhood', async (req, res) => {
  const key = String(body(req).id);
  const limit = 51;
  // The start node and its kind in one statement, as graph/repositories/explore/explore.ts reads it.
  const [root] = await read<{ element: string; node: GraphNode }>(
    `CALL () {
       MATCH (n:Person {id: $key}) RETURN n
       UNION MATCH (n:Organization {id: $key}) RETURN n
       UNION MATCH (n:Project {id: $key}) RETURN n
       UNION MATCH (n:Policy {id: $key}) RETURN n
     }
     WITH n LIMIT 1
     WITH n WHERE NOT coalesce(n.deleted, false)
     RETURN elementId(n) AS element, ${GRAPH_NODE('n')} AS node`,
    { key },
  );
  if (!root) return void res.status(404).json({ error: 'not found' });
  const nodes = new Map<string, GraphNode>([[root.element, root.node]]);
  const edges = new Map<string, { from: string; to: string; type: string }>();
  let frontier = [root.element];
  for (let hop = 0; hop < 2 && frontier.length > 0 && nodes.size < limit; hop += 1) {
    const rows = await read<{ element: string; fromNode: GraphNode; toNode: GraphNode; type: string; outgoing: boolean }>(
      `UNWIND $frontier AS f
       MATCH (a) WHERE elementId(a) = f
       MATCH (a)-[r]-(b)
       WHERE NOT coalesce(r.deleted, false) AND ${PUBLIC_NODE('b')} AND NOT coalesce(b.deleted, false) AND NOT coalesce(b.retired, false)
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
      edges.set(`${from.kind}:${from.key}-${row.type}->${to.kind}:${to.key}`, { from: from.key, to: to.key, type: row.type });
    }
    frontier = next;
  }
  const kept = [...nodes.values()].slice(0, limit - 1);
  const keys = new Set(kept.map((n) => n.key));
  res.json({
    nodes: kept,
    edges: [...edges.values()].filter((e) => keys.has(e.from) && keys.has(e.to)),
    truncated: nodes.size > limit - 1,
  });
});

app.post('/cypher/search', async (req, res) => {
  // Plain words only in the benchmark's terms, so no Lucene escaping is needed here.
  const query = String(body(req).q);
  const hits = await read<{ node: GraphNode; score: number }>(
    `UNWIND $searches AS search
     CALL (search) {
       CALL db.index.fulltext.queryNodes(search.index, $query, {limit: $limit}) YIELD node AS n, score
       WHERE n.mergedInto IS NULL AND NOT coalesce(n.deleted, false) AND NOT coalesce(n.retired, false)
       RETURN n, score
     }
     RETURN search.kind AS kind, {key: n.id, kind: search.kind, label: coalesce(n.name, n.title)} AS node, score`,
    { searches: SEARCH_INDEXES.map((index) => ({ kind: index, index })), query, limit: int(11) },
  );
  hits.sort((a, b) => b.score - a.score || a.node.key.localeCompare(b.node.key));
  res.json({ hits: hits.slice(0, 10).map(({ score, node }) => ({ score, node })), hasNextPage: hits.length > 10 });
});

app.post('/cypher/match', async (req, res) => {
  const profile = body(req).profile as { industries: string[]; region: string };
  const ancestors = (label: 'Industry' | 'Region', codes: string[]) =>
    read<{ code: string }>(
      `UNWIND $codes AS code
       MATCH (n:${label} {code: code})-[:PART_OF*0..4]->(a:${label})
       RETURN DISTINCT a.code AS code, a.name AS name, code AS of`,
      { codes },
    );
  const [industries, regions] = await Promise.all([ancestors('Industry', profile.industries), ancestors('Region', [profile.region])]);
  const candidates = await read(MATCH_CANDIDATES, {
    industryCodes: [...new Set(industries.map((i) => i.code))],
    regionCodes: [...new Set(regions.map((r) => r.code))],
    today: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
  });
  // Same reads as Hechuang; the condition evaluation and ranking are left out (they are the service's work).
  res.json({ candidates: candidates.length, first: candidates.slice(0, 20) });
});

app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: error.message });
});

const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('READY\n'));
// Stdin is the runner's pipe: when the runner goes, so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
