import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { writeResults } from '../lib/report.js';
import { rootOf } from '../../topics/filing/industries.js';
import { benchRecords, taxonomyIndustries } from './data.js';
import { goldOf } from './labelled.js';

/**
 * The issue's real path, through the CLI on a fresh data directory: the 1,000 labelled records
 * imported as RIS, embedded, `hechuang topics rebuild`; then the topics read from the graph and
 * scored against the labels: filed, in review, outside, and filed correctly (the topic's top
 * industry is the majority label of its documents, "none" counted as a label).
 *   npm run build:server && npx tsx bench/industry/real-path.ts   (NEO4J_LOCAL_PORT to choose the port)
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'hechuang-real-path-'));
const env = { ...process.env, DATA_DIR: dataDir, CRAWL_SCHEDULER: 'off' };
const cli = (...args: string[]) => {
  const started = performance.now();
  const out = execFileSync('node', [path.join(ROOT, 'bin', 'hechuang.js'), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(
    `hechuang ${args.join(' ')} (${((performance.now() - started) / 1000).toFixed(0)} s)\n${out.trim().split('\n').slice(-12).join('\n')}`,
  );
  return out;
};

const records = benchRecords();
const industries = await taxonomyIndustries();
const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
const gold = goldOf(records, industries);
const labelOfTitle = new Map(records.map((r, i) => [r.title, gold[i]!.industry]));
console.log(`data directory: ${dataDir} (kept: start the service on it to look at the pages)`);
const ris = path.join(dataDir, 'csl-1000.ris');
writeFileSync(
  ris,
  `${records.flatMap((r) => ['TY  - JOUR', `TI  - ${r.title}`, `AB  - ${r.abstract}`, ...r.keywords.map((k) => `KW  - ${k}`), 'ER  - ', '']).join('\n')}\n`,
);

cli('neo4j', 'start');
try {
  cli('migrate');
  cli('topics', 'import', ris, '--database', 'CNKI');
  cli('embed');
  const rebuild = cli('topics', 'rebuild');
  const password = readFileSync(path.join(dataDir, 'neo4j', 'hechuang-password'), 'utf8').trim();
  const driver = neo4j.driver(`bolt://127.0.0.1:${process.env.NEO4J_LOCAL_PORT ?? '7687'}`, neo4j.auth.basic('neo4j', password));
  const session = driver.session();
  const rows = await session.run(
    `MATCH (t:Topic) WHERE NOT coalesce(t.retired, false) AND NOT coalesce(t.outlier, false)
     MATCH (d:Document)-[:IN_TOPIC]->(t)
     RETURN t.id AS id, t.label AS label, t.industryCode AS industry, t.mappingStatus AS status, collect(d.title) AS titles`,
  );
  await session.close();
  await driver.close();
  const topics = rows.records.map((r) => {
    const titles = r.get('titles') as string[];
    const counts = new Map<string, number>();
    for (const title of titles) {
      // A title the labels do not know counts apart; a labelled document of no industry counts as "(none)".
      const label = labelOfTitle.has(title) ? (labelOfTitle.get(title) ?? '(none)') : '(unknown)';
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    const [majority, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const industry = r.get('industry') as string | null;
    const status = r.get('status') as string;
    const state = status === 'REVIEW' ? 'review' : industry ? 'filed' : 'outside';
    return { label: r.get('label') as string, size: titles.length, state, industry, majority, purity: n / titles.length };
  });
  const filed = topics.filter((t) => t.state === 'filed');
  const figures = {
    topics: topics.length,
    filed: filed.length,
    filedRight: filed.filter((t) => rootOf(t.industry!, parentOf) === t.majority).length,
    review: topics.filter((t) => t.state === 'review').length,
    outside: topics.filter((t) => t.state === 'outside').length,
    outsideRight: topics.filter((t) => t.state === 'outside' && t.majority === '(none)').length,
    documentsInTopics: topics.reduce((a, t) => a + t.size, 0),
  };
  writeResults(
    'industry-real-path',
    { path: 'RIS import → embed → topics rebuild (CLI, fresh data directory)', figures, rebuild: rebuild.trim(), topics },
    [
      {
        topics: figures.topics,
        'filed (right)': `${figures.filed} (${figures.filedRight})`,
        review: figures.review,
        'outside (right)': `${figures.outside} (${figures.outsideRight})`,
        'documents in topics': figures.documentsInTopics,
      },
    ],
  );
  console.table(
    topics.map((t) => ({
      label: t.label,
      size: t.size,
      state: t.state,
      industry: t.industry,
      majority: t.majority,
      purity: t.purity.toFixed(2),
    })),
  );
} finally {
  cli('neo4j', 'stop');
}
