import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetGraph, testGraph } from '../../tests/support/graph.js';
import { titleKey } from '../../topics/import/dedupe.js';
import type { Graph } from '../driver.js';
import { MIGRATIONS } from './migrations.js';

/** Migration 91 rewrites stored title keys as the import now computes them, so re-imports still find their documents. */

let graph: Graph;
beforeAll(() => {
  graph = testGraph();
});
afterAll(() => graph.close());

it('gives Latin first authors order-free keys, leaves Chinese ones, and a second run changes nothing', async () => {
  await resetGraph(graph);
  const latin = { title: 'Fear conditioning in aged mice', authors: ['Raber, Jacob'], year: 2019 };
  const chinese = { title: '嘉兴市新能源汽车产业集群发展路径研究', authors: ['张伟'], year: 2023 };
  await graph.write(
    `CREATE (:Document {id: 'm91-latin', title: $latin.title, authors: $latin.authors, titleKey: 'fearconditioninginagedmice|raberjacob|2019'})
     CREATE (:Document {id: 'm91-chinese', title: $chinese.title, authors: $chinese.authors, titleKey: $chineseKey})`,
    { latin, chinese, chineseKey: titleKey(chinese) },
  );
  const migration = MIGRATIONS.find((m) => m.version === 91)!;
  const keys = async () =>
    Object.fromEntries(
      (
        await graph.read<{ id: string; key: string }>(
          "MATCH (d:Document) WHERE d.id STARTS WITH 'm91-' RETURN d.id AS id, d.titleKey AS key",
        )
      ).map((r) => [r.id, r.key]),
    );
  for (const statement of migration.statements) await graph.write(statement);
  const after = await keys();
  expect(after).toEqual({ 'm91-latin': titleKey(latin), 'm91-chinese': titleKey(chinese) });
  expect(titleKey(latin)).toBe(titleKey({ ...latin, authors: ['Raber Jacob'] }));
  for (const statement of migration.statements) await graph.write(statement);
  expect(await keys()).toEqual(after);
});
