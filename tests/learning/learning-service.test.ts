import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.js';
import { createRepositories } from '../../graph/repositories/index.js';
import type { Viewer } from '../../domain/account/access.js';
import { learningPath, listLearningPaths, setLearningPathPublished, updateLearningPath } from '../../services/learning/paths.js';
import { exportLearningPath, importLearningPath, loadStarterPathsOnce } from '../../services/learning/transfer.js';
import { testGraph } from '../support/graph.js';
import { loadReferenceData } from '../support/factories/entity.js';
import { buildLearningPath } from '../support/factories/learning.js';
import { buildPolicy } from '../support/factories/policy.js';

/** Learning paths through the service on the real graph: versions, audit, library scope, who may change them, refused input. */

const haining: Viewer = { id: 'librarian-hn', role: 'LIBRARIAN', libraryId: 'haining-library' };
const jiashan: Viewer = { id: 'librarian-js', role: 'LIBRARIAN', libraryId: 'jiashan-library' };
const reader: Viewer = { id: 'reader-1', role: 'READER', libraryId: null };

describe('learning paths: the service', { timeout: 60_000 }, () => {
  let graph: Graph;
  let repos: ReturnType<typeof createRepositories>;
  const audit = async (id: string) =>
    graph.read<{ action: string; actor: string }>(
      'MATCH (a:AuditEntry {entityId: $id}) RETURN a.action AS action, a.actor AS actor ORDER BY a.at, a.action',
      { id },
    );
  const stored = async (id: string) => (await repos.learningPaths.byIdOrSlug(id))!;

  beforeAll(async () => {
    graph = testGraph();
    repos = createRepositories(graph);
    await loadReferenceData(graph);
  });
  afterAll(() => graph.close());

  it('keeps drafts from visitors, versions every change and audits it', async () => {
    const policy = await buildPolicy(graph, { title: '嘉兴市科技企业培育政策' });
    const draft = await buildLearningPath(graph, { actor: haining, published: false });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, libraryId: 'haining-library' });
    expect(await learningPath(repos, null, draft.slug)).toBeNull();
    expect(await learningPath(repos, haining, draft.slug)).toMatchObject({ id: draft.id });
    await expect(listLearningPaths(repos, reader, { includeDrafts: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Reordered, one step added (a policy, titled by the policy itself).
    const edited = await updateLearningPath(repos, haining, draft.id, 1, {
      slug: draft.slug,
      title: draft.title,
      summary: draft.summary,
      steps: [{ kind: 'POLICY', target: policy.id, note: '先读政策' }, ...exportLearningPath(draft).steps],
    });
    expect(edited.version).toBe(2);
    expect(edited.steps.map((s) => [s.kind, s.title])).toEqual([
      ['POLICY', '嘉兴市科技企业培育政策'],
      ['LINK', '浙江政务服务网'],
    ]);
    const published = await setLearningPathPublished(repos, haining, draft.id, 2, true);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 3 });
    expect((await learningPath(repos, null, draft.slug))?.steps).toHaveLength(2);
    expect((await audit(draft.id)).map((a) => a.action).sort()).toEqual(['CREATE', 'PUBLISH', 'UPDATE']);

    // A change made on version 2 after version 3 was written is refused, and changes nothing.
    await expect(
      updateLearningPath(repos, haining, draft.id, 2, { slug: draft.slug, title: '过期的修改', steps: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await stored(draft.id)).toMatchObject({ version: 3, title: draft.title });
  });

  it('lets only librarians of the owning library (or of none) change a path, never readers', async () => {
    const mine = await buildLearningPath(graph, { actor: haining });
    const input = { slug: mine.slug, title: '改过的标题', steps: exportLearningPath(mine).steps };
    await expect(updateLearningPath(repos, jiashan, mine.id, mine.version, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateLearningPath(repos, reader, mine.id, mine.version, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setLearningPathPublished(repos, reader, mine.id, mine.version, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The operator's paths (no library) are every librarian's to curate.
    const shared = await buildLearningPath(graph);
    expect(
      (await updateLearningPath(repos, jiashan, shared.id, shared.version, { ...exportLearningPath(shared), title: '嘉善馆修改' })).version,
    ).toBe(shared.version + 1);
    expect(await stored(mine.id)).toMatchObject({ version: mine.version, title: mine.title });
    expect((await audit(mine.id)).map((a) => a.action).sort()).toEqual(['CREATE', 'PUBLISH']);
  });

  it('refuses a non-http(s) link, an unknown document and a taken slug with nothing changed', async () => {
    const path = await buildLearningPath(graph, { actor: haining });
    const base = { slug: path.slug, title: path.title };
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd']) {
      await expect(
        updateLearningPath(repos, haining, path.id, path.version, { ...base, steps: [{ kind: 'LINK', url, title: '坏链接' }] }),
      ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'steps[0].url' } });
    }
    await expect(
      updateLearningPath(repos, haining, path.id, path.version, { ...base, steps: [{ kind: 'DOCUMENT', target: 'no-such-document' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await buildLearningPath(graph);
    await expect(updateLearningPath(repos, haining, path.id, path.version, { ...base, slug: other.slug, steps: [] })).rejects.toMatchObject(
      {
        code: 'CONFLICT',
      },
    );
    expect(await stored(path.id)).toMatchObject({ version: path.version, steps: path.steps });
    expect(await audit(path.id)).toHaveLength(2);
  });

  it('searches titles and steps, and narrows by industry with its parents and the general paths', async () => {
    const word = `锂电池隔膜${Date.now().toString(36)}`;
    const parent = await buildLearningPath(graph, { industry: 'jx-new-materials', summary: `新材料企业的${word}` });
    const general = await buildLearningPath(graph, {
      steps: [{ kind: 'LINK', url: 'https://www.cnipa.gov.cn/', title: word, note: '专利' }],
    });
    const elsewhere = await buildLearningPath(graph, { industry: 'jx-life-health', summary: word });
    const found = await listLearningPaths(repos, null, { query: word, industryCode: 'jx-tongxiang-glass-fiber' });
    expect(found.edges.map((e) => e.node.id).sort()).toEqual([parent.id, general.id].sort());
    const all = await listLearningPaths(repos, null, { query: word });
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node.id)).toContain(elsewhere.id);
    // Listed in title order without a query: the same industry rule, and drafts only for staff who ask.
    const listed = (await listLearningPaths(repos, null, { industryCode: 'jx-tongxiang-glass-fiber', first: 100 })).edges.map(
      (e) => e.node.id,
    );
    expect(listed).toEqual(expect.arrayContaining([parent.id, general.id]));
    expect(listed).not.toContain(elsewhere.id);
    const draft = await buildLearningPath(graph, { published: false });
    expect((await listLearningPaths(repos, haining, { includeDrafts: true, first: 100 })).edges.map((e) => e.node.id)).toContain(draft.id);
  });

  it('imports a file once as the starter paths, and an exported path back as a new version', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'learning-'));
    const slug = `starter-${Date.now().toString(36)}`;
    await writeFile(
      path.join(dir, `${slug}.json`),
      JSON.stringify({
        slug,
        title: '起步',
        published: true,
        steps: [{ kind: 'LINK', url: 'https://www.gsxt.gov.cn/', title: '公示系统' }],
      }),
    );
    expect(await loadStarterPathsOnce(repos, dir)).toEqual([slug]);
    const loaded = (await learningPath(repos, null, slug))!;
    expect(loaded).toMatchObject({ status: 'PUBLISHED', libraryId: null });
    // Deleted by a librarian, it is not offered again.
    await graph.write('MATCH (p:LearningPath {slug: $slug}) DETACH DELETE p', { slug });
    expect(await loadStarterPathsOnce(repos, dir)).toEqual([]);

    const exported = exportLearningPath(await buildLearningPath(graph));
    const again = await importLearningPath(repos, haining, { ...exported, title: '导入后的标题' });
    expect(again).toMatchObject({ created: false, path: { title: '导入后的标题', version: 3 } });
  });
});
