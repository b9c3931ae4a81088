import neo4j, { type Plan } from 'neo4j-driver';
import type { Tx } from '../../graph/driver.js';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { loadTaxonomy, taxonomyFile } from '../../services/industry/taxonomy.js';
import { loadConfig } from '../../lib/config.js';
import { startScratchGraph } from '../lib/scratch-graph.js';

/**
 * The plans of the rebuild's write statements (and the reads inside its transactions), as the
 * repositories send them: each statement is recorded from the repository method, then EXPLAINed
 * on a scratch Neo4j, and the operators that cost at scale are flagged (Eager: the whole input
 * materialised; a label or all-nodes scan where an index seek was meant).
 *   npx tsx bench/cluster/plans.ts
 */
const FLAGGED = /Eager|NodeByLabelScan|AllNodesScan|CartesianProduct/;

function operators(plan: Plan): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

const { graph, close, info } = await startScratchGraph('cluster-plans', 60_000);
const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
try {
  await migrate(graph);
  const repos = createRepositories(graph);
  await loadTaxonomy(repos, taxonomyFile(loadConfig({}).projectRoot));
  const recorded: { name: string; cypher: string; params: Record<string, unknown> }[] = [];
  const recorder = (name: string): Tx => ({
    run: <R extends object>(cypher: string, params: Record<string, unknown> = {}) => {
      recorded.push({ name, cypher, params });
      return Promise.resolve([] as R[]);
    },
  });
  const ids = ['doc-1', 'doc-2'];
  const filing = {
    documentId: 'doc-1',
    industryCode: 'jx-new-materials',
    score: 0.5,
    semantic: 0.5,
    lexical: 0,
    evidence: ['碳纤维'],
    profile: 'TEXT' as const,
    rank: 0,
  };
  await repos.industryFilings.filingsOf(ids, recorder('filing: stored filings'));
  await repos.industryFilings.replaceMachineFilings(recorder('filing: replace'), ids, [filing]);
  await repos.topicRebuilds.stage(recorder('stage'), 'rebuild-x', [{ documentId: 'doc-1', topicId: 'topic-1', similarity: 0.5 }]);
  await repos.topicRebuilds.clearStaged(recorder('clear abandoned'), ['rebuild-x'], 10_000);
  await repos.topicMemberships.saveBuildTopics(recorder('switch: topics'), { rebuildId: 'rebuild-x', topics: [], retiredIds: ['topic-0'] });
  await repos.topicRebuilds.switchMemberships(recorder('switch: memberships'), 'rebuild-x');
  await repos.topicMemberships.refreshSizes(recorder('switch: sizes'));
  await repos.topicMemberships.memberIds(['topic-1'], recorder('switch: mapping members'));
  await repos.industryFilings.liveFilingsOf(ids, recorder('switch: mapping filings'));
  await repos.topicMemberships.saveIndustryMappings(recorder('switch: mapping write'), [
    { topicId: 'topic-1', industryCode: null, score: 0, status: 'REVIEW', candidates: [] },
  ]);
  await repos.phraseVectors.save(recorder('labels: phrase vectors'), 'model', [{ phrase: '碳纤维', vector: [0.1, 0.2] }]);
  const session = driver.session();
  try {
    const rows = [];
    for (const statement of recorded) {
      const result = await session.run(`EXPLAIN ${statement.cypher}`, statement.params);
      const ops = operators(result.summary.plan as Plan);
      rows.push({ statement: statement.name, flagged: ops.filter((op) => FLAGGED.test(op)).join(' ') || '—', operators: ops.join(' ← ') });
    }
    console.table(rows.map(({ statement, flagged }) => ({ statement, flagged })));
    for (const row of rows) console.log(`${row.statement}: ${row.operators}`);
  } finally {
    await session.close();
  }
} finally {
  await driver.close();
  await close();
}
