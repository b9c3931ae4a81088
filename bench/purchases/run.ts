import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { pino } from 'pino';
import { migrate } from '../../graph/migrations/runner.js';
import { createRepositories } from '../../graph/repositories/index.js';
import { CLI_ACTOR } from '../../domain/account/access.js';
import { available } from '../../domain/budget/balance.js';
import type { BookRecord } from '../../domain/purchase/types.js';
import { DEFAULT_BOOKSTORES, type BookstoresConfig } from '../../lib/bookstores.js';
import { chinaDate } from '../../lib/clock.js';
import { loadConfig } from '../../lib/config.js';
import { FakeTill } from '../../purchases/testing/fake-till.js';
import { createApp } from '../../server/http/app.js';
import { createLogger } from '../../server/logger.js';
import { librariesFile, loadLibraries } from '../../services/account/libraries.js';
import { encumberInTx } from '../../services/budget/ledger.js';
import { addFundingCredit, allocate } from '../../services/budget/treasury.js';
import { verifyLedger } from '../../services/budget/verify.js';
import { addStore } from '../../services/purchase/cards.js';
import { listen } from '../../tests/support/http.js';
import { writeResults } from '../lib/report.js';
import { startScratchGraph } from '../lib/scratch-graph.js';
import { fixedRate, fullSpeed, type LoadResult } from './load.js';
import { naiveEncumber } from './naive.js';
import { profileStatement } from './profile.js';
import { int } from '../../graph/values.js';
import { ELIGIBILITY_BY_CARD_NUMBER } from '../../graph/repositories/purchase/eligibility.js';

/**
 * `npm run bench:purchases`: 你选书我买单 through the real API against a fake till on loopback (real
 * HMAC signatures): eligibility checks at a fixed 100 req/s and at full speed, then till sales
 * (request + approval + encumbrance + pick-up + payment) by many readers on one tight fund. Peer, in
 * the same run: the approval step alone, locked (encumberInTx) against a naive count-then-insert
 * (Koha's way), on two funds with the same room. At the end the invariants: no fund below zero,
 * every balance equal to its transactions, no request approved twice, approvals = room.
 */

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const READERS = Number(args.get('readers') ?? 300);
const RATE = Number(args.get('rate') ?? 100);
const SECONDS = Number(args.get('seconds') ?? 15);
const WORKERS = Number(args.get('workers') ?? 16);
/** Checks sent before the measured phase: the JVM's JIT (C2) compiles the check's path meanwhile; 100 left it compiling in the measured seconds. */
const WARMUP = Number(args.get('warmup') ?? 1500);
/** `--phases=sales` (or `eligibility`, `peer`, comma-separated) runs a part, for trial runs. */
const PHASES = new Set((args.get('phases') ?? 'eligibility,sales,peer').split(','));
/** The service's warnings and errors (a 5xx's cause) go here, one JSON line each. */
const SERVICE_LOG = args.get('log') ?? path.join(os.tmpdir(), 'hechuang-bench-purchases-service.log');
const ROOM = 25;
const PRICE = 3_000;
const LIBRARY = 'jiashan-library';
const SECRET = 'bench-shared-secret-0123456789';
const STORE = 'xinhua-bench';

function isbn(n: number): string {
  const body = `9787532${String(n).padStart(5, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

async function main() {
  const { graph, close, info } = await startScratchGraph('purchases', 30_000);
  const repos = createRepositories(graph);
  try {
    await migrate(graph);
    await loadLibraries(repos, librariesFile(loadConfig({}).projectRoot));
    const year = chinaDate(new Date()).slice(0, 4);
    const fy = `FY${year}`;
    await repos.graph.writeTx(async (tx) => {
      await repos.budgetSetup.upsertFiscalYear(tx, {
        code: fy,
        name: fy,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        topUpSourceCode: null,
      });
      await repos.budgetSetup.upsertFundingSource(tx, { code: 'SRC-BENCH', name: '嘉善县图书馆出资', libraryId: LIBRARY });
      for (const [code, name, libraryId] of [
        ['RC-JIASHAN', '嘉善县图书馆你选书我买单经费', LIBRARY],
        ['BENCH-LOCKED', '加锁对照经费（海盐）', 'haiyan-library'],
        ['BENCH-NAIVE', '先数后插对照经费', null],
      ] as const) {
        await repos.budgetSetup.upsertFund(tx, { code, name, kind: code === 'BENCH-NAIVE' ? 'OTHER' : 'READER_CHOICE', libraryId });
        await repos.budgetSetup.ensureBudget(tx, { fundCode: code, fiscalYear: fy, plannedFen: 0, status: 'ACTIVE' });
      }
    });
    await addFundingCredit(repos, CLI_ACTOR, {
      sourceCode: 'SRC-BENCH',
      fiscalYear: fy,
      amountFen: 3 * ROOM * PRICE,
      effectiveDate: `${year}-01-02`,
    });
    for (const fundCode of ['RC-JIASHAN', 'BENCH-LOCKED', 'BENCH-NAIVE'])
      await allocate(repos, CLI_ACTOR, { sourceCode: 'SRC-BENCH', fundCode, fiscalYear: fy, amountFen: ROOM * PRICE });

    await addStore({ repos }, CLI_ACTOR, { id: STORE, name: '新华书店（基准）', channel: 'STORE' });
    const books: BookRecord[] = Array.from({ length: 40 }, (_, i) => ({
      isbn: isbn(i + 1),
      title: `基准图书 ${i + 1}`,
      authors: ['作者'],
      publisher: '上海译文出版社',
      year: 2024,
      priceFen: PRICE,
      clcClass: 'I247.5',
      binding: null,
      kind: 'GENERAL',
      volume: null,
    }));
    await repos.graph.writeTx((tx) => repos.purchase.books.upsert(tx, books, new Date().toISOString()));
    const cards = Array.from({ length: READERS }, (_, i) => `JS${String(i).padStart(6, '0')}`);
    await graph.write(
      `UNWIND $cards AS card
       CREATE (a:Account {id: 'bench-' + card, email: card + '@bench.jxlib.cn', displayName: card, role: 'READER', libraryId: null, passwordHash: 'x', createdAt: datetime()})`,
      { cards },
    );
    await repos.graph.writeTx(async (tx) => {
      for (const card of cards)
        await repos.purchase.cards.upsert(tx, {
          cardNumber: card,
          accountId: `bench-${card}`,
          homeLibraryId: LIBRARY,
          validUntil: '2099-12-31',
          loanCount: 0,
          loanCap: 10,
          hasOverdue: false,
        });
    });

    const bookstores: BookstoresConfig = {
      ...DEFAULT_BOOKSTORES,
      stores: [{ id: STORE, name: '新华书店（基准）', channel: 'STORE', baseUrl: null, secret: SECRET, discountBasisPoints: 0 }],
    };
    const { app } = createApp({
      graph,
      log: createLogger({ logLevel: 'warn' }, pino.destination({ dest: SERVICE_LOG, sync: false, mkdir: true })),
      serviceVersion: 'bench',
      webDist: '/nonexistent',
      graphiql: false,
      services: { bookstores },
    });
    const peerApp = express();
    const actor = { id: 'bench', role: 'ADMIN', libraryId: null };
    peerApp.post('/locked/:id', (req, res) => {
      repos.graph
        .writeTx((tx) =>
          encumberInTx(tx, { libraryId: 'haiyan-library', fiscalYear: fy, amountFen: PRICE, requestId: `locked-${req.params.id}`, actor }),
        )
        .then(
          () => res.json({ approved: true }),
          () => res.json({ approved: false }),
        );
    });
    peerApp.post('/naive/:id', (req, res) => {
      naiveEncumber(graph, `BENCH-NAIVE@${fy}`, `naive-${req.params.id}`, PRICE).then(
        (approved) => res.json({ approved }),
        () => res.status(500).end(),
      );
    });
    const server = await listen(app);
    const peer = await listen(peerApp);
    const till = new FakeTill(STORE, SECRET, server.url);
    const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;

    const skipped: LoadResult = { requests: 0, seconds: 0, rps: 0, p50Ms: 0, p99Ms: 0, errors: 0 };
    const phase = async (name: string, run: () => Promise<LoadResult>) => (PHASES.has(name) ? run() : skipped);
    /** Answers that were not clear (5xx, a cut connection), by status, with the first body of each. */
    const unclear = new Map<string, { count: number; first: string }>();
    const noteUnclear = (status: string, body: unknown) => {
      const seen = unclear.get(status) ?? { count: 0, first: JSON.stringify(body).slice(0, 300) };
      unclear.set(status, { ...seen, count: seen.count + 1 });
    };

    const checkOk = async (i: number) => {
      const answer = await till.check(pick(cards, i), pick(books, i + 3).isbn);
      if (answer.status !== 200) noteUnclear(`check ${answer.status}`, answer.body);
      return answer.status === 200;
    };
    if (args.has('profile')) {
      // The one statement of a check, after the sales (the reader has requests): the plan and its db hits.
      console.error('PROFILE of the eligibility read:');
      for (const line of await profileStatement(info, ELIGIBILITY_BY_CARD_NUMBER, { key: cards[0], isbn: books[0]!.isbn }))
        console.error(`  ${line}`);
    }
    let statementsPerCheck = 0;
    const eligibilityFixed = await phase('eligibility', async () => {
      console.error(`eligibility: ${RATE} req/s for ${SECONDS} s…`);
      await fullSpeed(4, WARMUP, checkOk); // warm-up
      const before = graph.stats.queries;
      const result = await fixedRate(RATE, SECONDS, checkOk);
      // Every statement the service sent (the signature's nonce included), per check.
      statementsPerCheck = +((graph.stats.queries - before) / Math.max(result.requests, 1)).toFixed(2);
      return result;
    });
    const eligibilityFull = await phase('eligibility', () => {
      console.error('eligibility: full speed…');
      return fullSpeed(WORKERS, RATE * SECONDS, checkOk);
    });

    let approved = 0;
    let refusedByBudget = 0;
    let refusedByRule = 0;
    let salesRetries = 0;
    const approvals = await phase('sales', async () => {
      console.error(`approvals: ${READERS} till sales on a fund with room for ${ROOM}…`);
      const retriesBefore = graph.stats.retries ?? 0;
      graph.stats.retrySamples = [];
      const result = await fullSpeed(WORKERS, READERS, async (i) => {
        const answer = await till.sell({
          saleRef: `B-${i}`,
          cardNumber: cards[i]!,
          isbn: pick(books, i).isbn,
          priceFen: PRICE,
          soldAt: new Date().toISOString(),
        });
        if (answer.status === 200 && answer.body.approved === true) approved += 1;
        else if (answer.status === 422 && JSON.stringify(answer.body).includes('可用余额')) refusedByBudget += 1;
        else if (answer.status === 200 && answer.body.approved === false) refusedByRule += 1;
        else {
          noteUnclear(`sale ${answer.status}`, answer.body);
          return false; // anything else (a 5xx, a 503 to retry) is an error of the phase
        }
        return true;
      });
      // Transactions Neo4j ended as a deadlock's victim (or a lock wait) and the service ran again.
      salesRetries = (graph.stats.retries ?? 0) - retriesBefore;
      // What the victims waited for: the nodes their deadlock messages name.
      const samples = graph.stats.retrySamples;
      const nodeIds = [...new Set(samples.flatMap((m) => [...m.matchAll(/NODE\((\d+)\)/g)].map((x) => Number(x[1]))))];
      const named = await graph.read<{ id: number; labels: string[]; key: string | null }>(
        'MATCH (n) WHERE id(n) IN $ids RETURN id(n) AS id, labels(n) AS labels, coalesce(n.id, n.key, n.budgetId, n.code) AS key',
        { ids: nodeIds.map((id) => int(id)) },
      );
      for (const sample of samples) console.error(`retried: ${sample}`);
      for (const node of named) console.error(`  NODE(${node.id}) = (:${node.labels.join(':')} ${node.key ?? ''})`);
      return result;
    });

    const peerCount = 20 * ROOM;
    const approvedBy = async (path: string, i: number) =>
      ((await (await fetch(`${peer.url}/${path}/${i}`, { method: 'POST' })).json()) as { approved: boolean }).approved;
    let lockedApproved = 0;
    let naiveApproved = 0;
    const locked = await phase('peer', () => {
      console.error('peer: the approval step alone, locked vs count-then-insert…');
      return fullSpeed(WORKERS * 2, peerCount, async (i) => ((await approvedBy('locked', i)) && (lockedApproved += 1), true));
    });
    const naive = await phase('peer', () =>
      fullSpeed(WORKERS * 2, peerCount, async (i) => ((await approvedBy('naive', i)) && (naiveApproved += 1), true)),
    );
    for (const [status, { count, first }] of unclear) console.error(`unclear answers: ${count} × ${status}, first: ${first}`);
    console.error(`service log (warnings and errors): ${SERVICE_LOG}`);

    const report = await verifyLedger(repos);
    const budgetOf = async (id: string) => (await repos.graph.readTx((tx) => repos.ledger.budgetInTx(tx, id)))!;
    const fund = await budgetOf(`RC-JIASHAN@${fy}`);
    const lockedFund = await budgetOf(`BENCH-LOCKED@${fy}`);
    const naiveFund = await budgetOf(`BENCH-NAIVE@${fy}`);
    const productProblems = report.problems.filter((p) => !p.subject.startsWith('BENCH-NAIVE'));
    const invariants = {
      // Money invariants: no fund below zero, totals equal to transactions, nothing encumbered or paid twice, never more approvals than room.
      productViolations: productProblems.length + (approved > ROOM ? 1 : 0) + (lockedApproved > ROOM ? 1 : 0),
      unclearAnswers: Object.fromEntries([...unclear].map(([status, { count }]) => [status, count])),
      // A till sale is one transaction (request, approval, pick-up, loan, payment): nothing stays encumbered and unpaid.
      tightFundEncumberedOrPaid: Math.round((fund.encumberedFen + fund.expendedFen) / PRICE),
      tightFund: { room: ROOM, approved, refusedByBudget, refusedByRule, availableFen: available(fund), expendedFen: fund.expendedFen },
      locked: { room: ROOM, approved: lockedApproved, availableFen: available(lockedFund) },
      naive: {
        room: ROOM,
        approved: naiveApproved,
        overspentFen: Math.max(0, -available(naiveFund)),
        approvalsBeyondRoom: Math.max(0, naiveApproved - ROOM),
      },
      ledgerProblems: report.problems.map((p) => `${p.kind} ${p.subject}`),
    };
    const row = (name: string, r: LoadResult, extra: Record<string, string | number> = {}) => ({
      phase: name,
      requests: r.requests,
      rps: r.rps,
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      errors: r.errors,
      ...extra,
    });
    const goalP99 = eligibilityFixed.p99Ms < 50;
    writeResults(
      'purchases',
      {
        readers: READERS,
        rate: RATE,
        seconds: SECONDS,
        workers: WORKERS,
        eligibilityFixed,
        eligibilityFull,
        statementsPerCheck,
        approvals,
        salesRetries,
        peer: {
          locked,
          naive,
          lockedOverNaiveP50: +(locked.p50Ms / Math.max(naive.p50Ms, 0.1)).toFixed(2),
          lockedOverNaiveRps: +(locked.rps / Math.max(naive.rps, 0.1)).toFixed(2),
        },
        invariants,
        goals: { eligibilityP99Under50msAt100rps: goalP99, zeroViolations: invariants.productViolations === 0 },
      },
      [
        row(`eligibility @${RATE}/s`, eligibilityFixed, { statementsPerCheck }),
        row('eligibility full speed', eligibilityFull),
        row('till sales (approvals)', approvals, { approved, room: ROOM, retries: salesRetries }),
        row('peer: locked encumbrance', locked, { approved: lockedApproved, room: ROOM }),
        row('peer: count-then-insert', naive, { approved: naiveApproved, room: ROOM }),
      ],
    );
    console.log(
      `goal eligibility p99 < 50 ms at ${RATE}/s: ${goalP99 ? 'met' : 'missed'} (${eligibilityFixed.p99Ms} ms); product invariant violations: ${invariants.productViolations}; naive: ${naiveApproved} approved for room ${ROOM}, overspent ${invariants.naive.overspentFen / 100} 元`,
    );
    await server.close();
    await peer.close();
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
