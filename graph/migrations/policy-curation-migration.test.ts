import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import type { Graph } from '../driver.js';
import { createRepositories } from '../repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { updateEntity } from '../../services/entity/entities.js';
import { mergeEntities } from '../../services/entity/merges.js';
import { MIGRATIONS } from './migrations.js';

/** Migration 50 on data in the shape written before it (built afresh for each test): CONCERNS → SUPPORTS, well-formed crawler issuers. */

describe('migration 50: policies as curated entities', () => {
  let graph: Graph;
  const migration = MIGRATIONS.find((m) => m.version === 50)!;
  const apply = async () => {
    for (const statement of migration.statements) await graph.write(statement);
  };

  beforeAll(() => {
    graph = testGraph();
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await graph.write(
      `CREATE (a:Industry {code: 'jx-test-a', name: '甲'}), (b:Industry {code: 'jx-test-b', name: '乙'})
       CREATE (p:Policy {id: 'p-old', title: '旧政策', url: 'https://www.jiaxing.gov.cn/art/1.html', firstSeenAt: datetime(), updatedAt: datetime()})
       CREATE (p)-[:CONCERNS]->(a), (p)-[:CONCERNS]->(b), (p)-[:SUPPORTS]->(b)
       CREATE (o:Organization {id: 'org-old', name: '嘉兴市人民政府', aliases: [], createdAt: datetime(), provenance: 'crawler'})
       CREATE (p)-[:ISSUED_BY]->(o)
       CREATE (dup:Organization {id: 'org-dup', name: '嘉兴市政府', aliases: [], createdAt: datetime(), provenance: 'crawler'})
       CREATE (:Policy {id: 'p-other', title: '另一政策', url: 'https://www.jiaxing.gov.cn/art/2.html', firstSeenAt: datetime()})-[:ISSUED_BY]->(dup)
       CREATE (:NewsItem {id: 'n-old', title: '新闻'})-[:CONCERNS]->(a)`,
    );
    await apply();
  });
  afterAll(async () => {
    await graph.close();
  });

  it('renames CONCERNS to SUPPORTS on policies (once, as crawler links) and leaves news alone; a second run changes nothing', async () => {
    const links = async () =>
      graph.read<{ type: string; code: string; origin: string; deleted: boolean }>(
        `MATCH (:Policy {id: 'p-old'})-[r]->(i:Industry) RETURN type(r) AS type, i.code AS code, r.origin AS origin, r.deleted AS deleted ORDER BY code`,
      );
    expect(await links()).toEqual([
      { type: 'SUPPORTS', code: 'jx-test-a', origin: 'crawler', deleted: false },
      { type: 'SUPPORTS', code: 'jx-test-b', origin: 'crawler', deleted: false },
    ]);
    expect(await graph.read("MATCH (:NewsItem {id: 'n-old'})-[r:CONCERNS]->() RETURN type(r) AS type")).toEqual([{ type: 'CONCERNS' }]);
    await apply();
    expect(await links()).toHaveLength(2);
    expect((await createRepositories(graph).policies.industriesOf(['p-old']))[0]).toEqual(['jx-test-a', 'jx-test-b']);
  });

  it('gives policies and crawler issuers what curation reads and writes', async () => {
    const [policy] = await createRepositories(graph).policies.byIds(['p-old']);
    expect(policy).toMatchObject({
      version: 1,
      deleted: false,
      curatedFields: [],
      provenance: { actor: 'crawler', sourceUrl: 'https://www.jiaxing.gov.cn/art/1.html' },
    });
    const [org] = await graph.read<{ o: Record<string, unknown> }>(
      "MATCH (o:Organization {id: 'org-old'}) RETURN o {.*, createdAt: null, updatedAt: null, provAt: null} AS o",
    );
    expect(org!.o).toMatchObject({ version: 1, deleted: false, aliasList: [], aliases: '', provActor: 'crawler' });
    expect(org!.o.provenance).toBeUndefined();
  });

  it('lets an operator edit and merge a migrated crawler issuer, carrying ISSUED_BY along', async () => {
    const repos = createRepositories(graph);
    const edited = await updateEntity(repos, CLI_ACTOR, 'Organization', 'org-old', 1, { aliases: ['市政府'] });
    expect(edited).toMatchObject({ version: 2, aliases: ['市政府'] });
    const kept = await mergeEntities(repos, CLI_ACTOR, 'Organization', 'org-old', 'org-dup');
    expect(kept.aliases).toEqual(['市政府', '嘉兴市政府']);
    expect((await repos.policies.issuersOf(['p-other']))[0]).toEqual({ id: 'org-old', name: '嘉兴市人民政府' });
  });
});
