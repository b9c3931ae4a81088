import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { testSource } from '../../crawlers/testing/sources.js';
import { contentHash, stableId } from '../../crawlers/identity.js';
import { IndustryMatcher } from '../../crawlers/link/matchers.js';
import type { NewsSaveInput } from '../../domain/news/types.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { jvmPid, processCpuSeconds } from '../lib/cpu.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The crawl's item writes alone, against a scratch Neo4j: `SOURCES` × 20 items like bench:crawl's
 * feeds, saved through NewsRepository.saveMany in transactions of `BATCH` items (as the group
 * commit does), with the JVM's CPU seconds per item; then one more batch of new items and one of
 * changed items under PROFILE (db hits per operator, Eager operators).
 * Usage: tsx bench/crawl/profile.ts [sources=200] [batch=160]
 */

const SOURCES = Number(process.argv[2] ?? 200);
const BATCH = Number(process.argv[3] ?? 160);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

const { graph, close, info } = await startScratchGraph('crawl-profile', 60_000);
const jvm = jvmPid(info.pid);
const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
try {
  await migrate(graph);
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(ROOT));
  const sources = Array.from({ length: SOURCES * 21 + 2 }, (_, i) => testSource(`p-${i}`, `http://127.0.0.${2 + (i % 50)}/feed/${i}.xml`));
  await graph.writeTx((tx) => repos.sources.upsert(tx, sources));
  const matcher = new IndustryMatcher(await repos.industries.list({}));
  const items = (source: number, version = 0): NewsSaveInput[] =>
    Array.from({ length: 20 }, (_, i) => {
      const n = `${source}-${i}`;
      const url = `http://127.0.0.${2 + (source % 50)}/news/${source}/${i}.html`;
      const title = `嘉兴创业资讯 ${n}：初创企业完成融资，布局光伏储能与集成电路${version ? `（更新 ${version}）` : ''}`;
      const text = `第 ${n} 条：创客空间入驻团队发布新产品，数字经济与智能制造方向。`;
      const draft = {
        guid: url,
        url,
        title,
        summary: text,
        text,
        html: `<p>${text}</p>`,
        publishedAt: '2024-01-01T00:00:00Z',
        author: null,
      };
      return {
        id: stableId('news', url),
        draft,
        contentHash: contentHash([title, text]),
        sourceId: `p-${source}`,
        regionCode: '330400',
        level: '嘉兴市',
        industryCodes: matcher.match(title, text),
        mentionIds: [],
      };
    });

  // Writes `count` sources' new items from `from` on, in BATCH-item transactions; JVM CPU per item.
  const phase = async (label: string, from: number, count: number) => {
    const all = Array.from({ length: count }, (_, s) => items(from + s)).flat();
    const cpu0 = processCpuSeconds(jvm)!;
    const t0 = performance.now();
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      await graph.writeTx((tx) => repos.news.saveMany(tx, batch));
    }
    const wall = performance.now() - t0;
    const cpu = processCpuSeconds(jvm)! - cpu0;
    console.log(
      `${label}: ${all.length} new items in ${Math.ceil(all.length / BATCH)} transactions: ${(wall / 1000).toFixed(1)} s wall, Neo4j ${cpu.toFixed(2)} CPU-s, ${((cpu * 1000) / all.length).toFixed(2)} ms per item`,
    );
  };
  // The JVM compiles the write path first (a fresh JVM's JIT is most of its CPU at first).
  await phase('warm-up', SOURCES * 10, Math.max(20, SOURCES / 2));
  // JFR=<file>: a JVM flight recording of the measured phase (summarise with `jfr print --events jdk.ExecutionSample`).
  if (process.env.JFR) execFileSync('jcmd', [String(jvm), 'JFR.start', 'name=crawl', 'settings=profile', `filename=${process.env.JFR}`]);
  await phase('new', 0, SOURCES);
  if (process.env.JFR) execFileSync('jcmd', [String(jvm), 'JFR.stop', 'name=crawl']);
  if (process.env.DROP) {
    for (const index of process.env.DROP.split(',')) await graph.write(`DROP INDEX ${index} IF EXISTS`);
    await phase(`new, without ${process.env.DROP}`, SOURCES * 20, SOURCES);
  }

  // The same items again, unchanged (a second refresh without 304s), then changed.
  for (const [label, version] of [
    ['unchanged', 0],
    ['changed', 1],
  ] as const) {
    const again = Array.from({ length: SOURCES }, (_, s) => items(s, version)).flat();
    const c0 = processCpuSeconds(jvm)!;
    const w0 = performance.now();
    for (let i = 0; i < again.length; i += BATCH) {
      const batch = again.slice(i, i + BATCH);
      await graph.writeTx((tx) => repos.news.saveMany(tx, batch));
    }
    const c = processCpuSeconds(jvm)! - c0;
    console.log(
      `${again.length} ${label} items: ${((performance.now() - w0) / 1000).toFixed(1)} s wall, Neo4j ${c.toFixed(2)} CPU-s, ${((c * 1000) / again.length).toFixed(2)} ms per item`,
    );
  }

  // PROFILE: every statement saveMany sends for one batch of new items, then of changed ones.
  const profileBatch = async (label: string, batch: NewsSaveInput[]) => {
    const session = driver.session();
    try {
      const tx = await session.beginTransaction();
      const profiled = {
        run: async (cypher: string, params: Record<string, unknown> = {}) => {
          const result = await tx.run(`PROFILE ${cypher}`, params);
          const plan = result.summary.profile;
          if (plan) {
            console.log(`\n[${label}] ${cypher.trim().split('\n')[0]!.slice(0, 80)}…  rows ${result.records.length}`);
            printPlan(plan, 1);
          }
          return result.records.map((r) => r.toObject());
        },
      };
      await repos.news.saveMany(profiled as never, batch);
      await tx.commit();
    } finally {
      await session.close();
    }
  };
  await profileBatch('new', items(SOURCES));
  await profileBatch('changed', items(SOURCES, 2));
} finally {
  await driver.close();
  await close();
}

function printPlan(plan: ProfiledPlan, depth: number): void {
  const total = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((sum, c) => sum + total(c), 0);
  if (depth === 1) console.log(`  total db hits ${total(plan)}`);
  console.log(`${'  '.repeat(depth)}${plan.operatorType}  rows ${plan.rows}  db hits ${plan.dbHits}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}
