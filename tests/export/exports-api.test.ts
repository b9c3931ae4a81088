import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { createEntity, setDeleted } from '../../services/entity/entities.js';
import { linkEntities } from '../../services/entity/links.js';
import { importFile } from '../../services/entity/bulk-import.js';
import { readTable } from '../../lib/tables/read.js';
import { parseLiteratureBuffer } from '../../topics/import/index.js';
import { importLiteratureFile } from '../../services/document/import.js';
import { Client, signedInClient, startApp } from '../support/client.js';
import { resetGraph, testGraph } from '../support/graph.js';
import { typed } from '../gql/index.js';
import { importStore } from '../support/factories/document.js';

/** The /export downloads: real Neo4j, real HTTP, files parsed back by the importers. */

const SEED_RIS = [
  [
    'TY  - JOUR',
    'TI  - 碳纤维增强复合材料的界面改性研究',
    'AU  - 张三',
    'AU  - 李四',
    'PY  - 2021',
    'JO  - 复合材料学报',
    'DO  - 10.13801/j.fhclxb_2021.01',
    'KW  - 碳纤维',
    'KW  - 复合材料',
    'ER  - ',
  ],
  ['TY  - JOUR', 'TI  - 光伏组件回收技术进展', 'AU  - 王五', 'PY  - 2020', 'KW  - 光伏', 'KW  - 回收', 'ER  - '],
  [
    'TY  - CONF',
    'TI  - {CFRP} costs fell 50% & $x$ #1 under_score',
    'AU  - Smith, John',
    'AU  - 赵六',
    'PY  - 2022',
    'DO  - 10.1016/j.compositesb.2022.110001',
    'KW  - CFRP',
    'ER  - ',
  ],
  ['TY  - JOUR', 'TI  - =1+1 公式注入的标题', 'AU  - 钱七', 'PY  - 2019', 'KW  - +关键词', 'KW  - -负号', 'ER  - '],
]
  .map((record) => record.join('\r\n'))
  .join('\r\n');

type Doc = { title: string; authors: string[]; year: number | null; doi: string | null; keywords: string[] };
const shape = (d: { title: string; authors: string[]; year?: number | null; doi?: string | null; keywords: string[] }): Doc => ({
  title: d.title,
  authors: d.authors,
  year: d.year ?? null,
  doi: d.doi ?? null,
  keywords: d.keywords,
});
const byTitle = (a: Doc, b: Doc) => a.title.localeCompare(b.title);

const LINKS = typed(`
  query ExportLinks($job: ID!) {
    industry(code: "jx-new-energy") {
      documentsExportUrl(format: BIBTEX)
      policyFeedUrl
    }
    importJob(id: $job) {
      exportUrl(format: CSV)
    }
  }
`);

const SEARCH_LINK = typed(`
  query ExportSearchLink($query: String!) {
    searchDocuments(query: $query) {
      exportUrl(format: CSV)
    }
  }
`);

describe('/export downloads', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startApp>>;
  let capped: Awaited<ReturnType<typeof startApp>>;
  let librarian: Client;
  let reader: Client;
  let batchId: string;
  let stored: Map<string, Doc>;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    server = await startApp(graph, { exportLimits: { visitorExportsPerWindow: 100 } });
    capped = await startApp(graph, { exportLimits: { visitorRows: 2, visitorExportsPerWindow: 3 } });
    librarian = await signedInClient(graph, server.url, 'LIBRARIAN');
    reader = await signedInClient(graph, server.url, 'READER');
    const repos = createRepositories(graph);
    const report = await importLiteratureFile(
      importStore(graph),
      { buffer: Buffer.from(SEED_RIS, 'utf8'), filename: 'seed.ris' },
      { database: 'CNKI' },
    );
    expect(report.added).toHaveLength(4);
    batchId = report.batchId;
    const docs = await graph.read<Doc & { id: string }>(
      'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.authors AS authors, d.year AS year, d.doi AS doi, d.keywords AS keywords',
    );
    stored = new Map(docs.map((d) => [d.title, shape(d)]));
    // Topics as the clustering leaves them: carbon fibre under new materials, PV under smart PV (a sub-industry of new energy).
    await graph.write(
      `CREATE (m:Topic {id: 'topic-cf', label: '碳纤维材料', industryCode: 'jx-new-materials'}), (p:Topic {id: 'topic-pv', label: '光伏', industryCode: 'jx-smart-pv'})
       WITH m, p MATCH (d:Document) WHERE d.title CONTAINS '碳纤维' OR d.title CONTAINS 'CFRP' CREATE (d)-[:IN_TOPIC]->(m)
       WITH DISTINCT p MATCH (d:Document) WHERE d.title CONTAINS '光伏' CREATE (d)-[:IN_TOPIC]->(p)`,
    );

    const org = await createEntity(
      repos,
      CLI_ACTOR,
      'Organization',
      {
        name: '嘉兴碳谷新材料有限公司',
        aliases: ['碳谷', '碳谷新材'],
        kind: 'COMPANY',
        creditCode: '91330402MA2JXXXX0X',
        website: 'https://tangu.example.cn/',
      },
      { sourceUrl: 'https://example.org/tangu' },
    );
    await linkEntities(repos, CLI_ACTOR, { fromId: org.id, type: 'LOCATED_IN', toId: '330481' });
    await linkEntities(repos, CLI_ACTOR, { fromId: org.id, type: 'IN_INDUSTRY', toId: 'jx-new-materials' });
    const gone = await createEntity(repos, CLI_ACTOR, 'Organization', { name: '已注销的公司' });
    await setDeleted(repos, CLI_ACTOR, 'Organization', gone.id, gone.version, true);
    const person = await createEntity(repos, CLI_ACTOR, 'Person', { name: '张工', title: '总工程师', description: '=cmd|calc 注入' });
    await linkEntities(repos, CLI_ACTOR, { fromId: person.id, type: 'MEMBER_OF', toId: org.id });
    const project = await createEntity(repos, CLI_ACTOR, 'Project', { name: '碳纤维中试线', status: 'ACTIVE', startedOn: '2024-03-01' });
    await linkEntities(repos, CLI_ACTOR, { fromId: project.id, type: 'AFFILIATED_WITH', toId: org.id });

    await graph.write(
      `MATCH (hn:Region {code: '330481'}), (nh:Region {code: '330402'}), (i:Industry {code: 'jx-new-materials'})
       CREATE (a:Policy {id: 'policy-a', url: 'https://gov.example.cn/a', title: '=海宁市新材料产业扶持办法', documentNumber: '海政发〔2024〕1号', issuer: '海宁市人民政府',
                         publishedDate: '2024-05-01', validity: '有效', level: '区县', regionCode: '330481', text: '', html: '', revision: 1, firstSeenAt: datetime(), updatedAt: datetime()})
       CREATE (b:Policy {id: 'policy-b', url: 'https://gov.example.cn/b', title: '南湖区人才新政', publishedDate: '2024-06-01', validity: '有效', level: '区县', regionCode: '330402',
                         text: '', html: '', revision: 1, firstSeenAt: datetime(), updatedAt: datetime()})
       CREATE (a)-[:IN_REGION]->(hn), (a)-[:SUPPORTS {origin: 'crawler'}]->(i), (b)-[:IN_REGION]->(nh)`,
    );
  });
  afterAll(async () => {
    await server?.close();
    await capped?.close();
    await graph?.close();
  });

  const get = (url: string, client?: Client) => fetch(url, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  async function documentsOf(response: Response, filename: string): Promise<Doc[]> {
    expect(response.status).toBe(200);
    const parsed = parseLiteratureBuffer(Buffer.from(await response.arrayBuffer()), filename);
    expect(parsed.rejected).toEqual([]);
    return parsed.records.map(shape).sort(byTitle);
  }

  it("a topic's documents as RIS: download headers, and every record parses back unchanged", async () => {
    const response = await get(`${server.url}/export/documents.ris?topic=topic-cf`);
    expect(response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="hechuang-documents.ris"; filename*=UTF-8''${encodeURIComponent('禾创文献-主题-碳纤维材料.ris')}`,
    );
    expect(response.headers.get('x-export-row-limit')).toBe('1000');
    const docs = await documentsOf(response, 'x.ris');
    expect(docs).toEqual(
      [stored.get('{CFRP} costs fell 50% & $x$ #1 under_score')!, stored.get('碳纤维增强复合材料的界面改性研究')!].sort(byTitle),
    );
  });

  it("an industry's topics, sub-industries included, as BibTeX", async () => {
    const energy = await documentsOf(await get(`${server.url}/export/documents.bib?industry=jx-new-energy`), 'x.bib');
    expect(energy).toEqual([stored.get('光伏组件回收技术进展')]);
    const materials = await documentsOf(await get(`${server.url}/export/documents.bib?industry=jx-new-materials`), 'x.bib');
    expect(materials.map((d) => d.title)).toContain('{CFRP} costs fell 50% & $x$ #1 under_score');
  });

  it('an import batch as CSV (BOM, formula guard) imports back as the very same works', async () => {
    const response = await get(`${server.url}/export/documents.csv?importJob=${batchId}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(",'=1+1 公式注入的标题,");
    const docs = parseLiteratureBuffer(bytes, 'x.csv').records.map(shape).sort(byTitle);
    expect(docs).toEqual([...stored.values()].sort(byTitle));
    const again = await importLiteratureFile(importStore(graph), { buffer: bytes, filename: 'export.csv' });
    expect({ added: again.added.length, duplicates: again.duplicates.length, rejected: again.rejected }).toEqual({
      added: 0,
      duplicates: 4,
      rejected: [],
    });
  });

  it('GraphQL hands out the download links the web shows', async () => {
    const { data, errors } = await new Client(server.url).gql(LINKS, { job: batchId });
    expect(errors).toBeUndefined();
    expect(data!.industry).toEqual({
      documentsExportUrl: '/export/documents.bib?industry=jx-new-energy',
      policyFeedUrl: '/feeds/policies.atom?industry=jx-new-energy',
    });
    expect(data!.importJob!.exportUrl).toBe(`/export/documents.csv?importJob=${batchId}`);
    expect(await documentsOf(await get(`${server.url}${data!.industry!.documentsExportUrl}`), 'x.bib')).toEqual([
      stored.get('光伏组件回收技术进展'),
    ]);
    expect((await get(`${server.url}${data!.industry!.policyFeedUrl}`)).status).toBe(200);

    const search = await new Client(server.url).gql(SEARCH_LINK, { query: '光伏' });
    expect(search.data!.searchDocuments.exportUrl).toBe(`/export/documents.csv?q=${encodeURIComponent('光伏')}`);
    const hits = await documentsOf(await get(`${server.url}${search.data!.searchDocuments.exportUrl}`), 'x.csv');
    expect(hits.map((d) => d.title)).toEqual(['光伏组件回收技术进展']);
  });

  it('the hits of a search as CSV', async () => {
    const docs = await documentsOf(await get(`${server.url}/export/documents.csv?q=${encodeURIComponent('光伏')}`), 'x.csv');
    expect(docs.map((d) => d.title)).toEqual(['光伏组件回收技术进展']);
  });

  it('refuses unknown scopes, mixed scopes and unknown files with a status and one line', async () => {
    const cases: [string, number, RegExp][] = [
      ['/export/documents.ris?topic=topic-none', 404, /Topic "topic-none" was not found/],
      ['/export/documents.ris?industry=jx-none', 404, /Industry/],
      ['/export/documents.ris?topic=topic-cf&importJob=x', 400, /give one of topic, industry, query or importJob/],
      ['/export/documents.pdf', 404, /no export documents\.pdf/],
      ['/export/policies.csv?region=nowhere', 404, /Region/],
      [`/export/documents.csv?q=${encodeURIComponent('+++')}`, 400, /query must contain/],
      ['/export/documents.ris?topic=topic-cf&topic=topic-pv', 400, /give each parameter once/],
    ];
    for (const [path, status, message] of cases) {
      const response = await get(`${server.url}${path}`);
      expect(response.status, path).toBe(status);
      expect(await response.text(), path).toMatch(message);
    }
  });

  it('organisations: visitors get live ones; deleted ones only for librarians who ask', async () => {
    const visitor = await (await get(`${server.url}/export/organizations.csv`)).text();
    expect(visitor).toContain('嘉兴碳谷新材料有限公司');
    expect(visitor).not.toContain('已注销的公司');
    expect((await get(`${server.url}/export/organizations.csv?includeDeleted=true`)).status).toBe(401);
    expect((await get(`${server.url}/export/organizations.csv?includeDeleted=true`, reader)).status).toBe(403);
    const staff = await (await get(`${server.url}/export/organizations.csv?includeDeleted=true`, librarian)).text();
    const lines = staff
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,name,description,aliases,kind,website,creditCode,industry,region,sourceUrl,deleted');
    expect(lines.find((l) => l.includes('已注销的公司'))).toMatch(/,true$/);
    expect(lines.find((l) => l.includes('碳谷新材料'))).toMatch(
      /,碳谷; 碳谷新材,COMPANY,https:\/\/tangu\.example\.cn\/,91330402MA2JXXXX0X,jx-new-materials,330481,https:\/\/example\.org\/tangu,$/,
    );
  });

  it('entity exports import back: organisations as .xlsx, people and projects as CSV', async () => {
    const org = await get(`${server.url}/export/organizations.xlsx`);
    expect(org.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = {
      Organization: Buffer.from(await org.arrayBuffer()),
      Person: Buffer.from(await (await get(`${server.url}/export/people.csv`)).arrayBuffer()),
      Project: Buffer.from(await (await get(`${server.url}/export/projects.csv`)).arrayBuffer()),
    };
    const sheet = await readTable(files.Organization, 'o.xlsx');
    expect(sheet.rows.map((r) => r.cells[1])).toEqual(['嘉兴碳谷新材料有限公司']);
    const snapshot = () =>
      graph.read<{ facts: string[] }>(
        `MATCH (n:Person|Organization|Project) WHERE NOT n.deleted
         OPTIONAL MATCH (n)-[r]->(t) WHERE NOT coalesce(r.deleted, false) AND (t:Organization OR t:Industry OR t:Region)
         WITH n, r, t ORDER BY n.name, type(r), coalesce(t.name, t.code)
         WITH n, collect(type(r) + '>' + coalesce(t.name, t.code)) AS links ORDER BY n.name
         RETURN collect([n.name, coalesce(n.title, ''), coalesce(n.description, ''), coalesce(n.aliases, ''), coalesce(n.kind, ''), coalesce(n.creditCode, ''),
                         coalesce(n.website, ''), coalesce(n.status, ''), coalesce(n.startedOn, ''), coalesce(n.provSourceUrl, '')] + links) AS facts`,
      );
    const before = await snapshot();
    await graph.write('MATCH (n:Person|Organization|Project) DETACH DELETE n');
    const repos = createRepositories(graph);
    for (const [type, bytes] of Object.entries(files) as ['Organization' | 'Person' | 'Project', Buffer][]) {
      const report = await importFile(repos, CLI_ACTOR, type, { bytes, filename: `${type}.${type === 'Organization' ? 'xlsx' : 'csv'}` });
      expect(
        report.rows.map((r) => r.status),
        type,
      ).toEqual(['CREATED']);
    }
    expect(await snapshot()).toEqual(before);
    // The deleted organisation is not exported, so it did not come back: the other tests expect it.
    const gone = await createEntity(repos, CLI_ACTOR, 'Organization', { name: '已注销的公司' });
    await setDeleted(repos, CLI_ACTOR, 'Organization', gone.id, gone.version, true);
  });

  it('policies as CSV, filtered like the policy list, formulas guarded', async () => {
    const text = await (await get(`${server.url}/export/policies.csv?region=${encodeURIComponent('海宁市')}`)).text();
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^policy-a,'=海宁市新材料产业扶持办法,海政发〔2024〕1号,海宁市人民政府,2024-05-01,/);
    expect(lines[1]).toContain(',330481,jx-new-materials,https://gov.example.cn/a');
    const all = await (await get(`${server.url}/export/policies.csv`)).text();
    expect(all.trim().split('\r\n')).toHaveLength(3);
  });

  it('caps rows for visitors (not for librarians) and limits how often a visitor may export', async () => {
    const visitor = await documentsOf(await get(`${capped.url}/export/documents.ris`), 'x.ris');
    expect(visitor).toHaveLength(2);
    const staff = await signedInClient(graph, capped.url, 'LIBRARIAN');
    expect(await documentsOf(await get(`${capped.url}/export/documents.ris`, staff), 'x.ris')).toHaveLength(4);
    expect((await get(`${capped.url}/export/documents.ris`)).status).toBe(200);
    expect((await get(`${capped.url}/export/people.csv`)).status).toBe(200);
    const limited = await get(`${capped.url}/export/documents.ris`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get(`${capped.url}/export/documents.ris`, staff)).status).toBe(200);
  });
});
