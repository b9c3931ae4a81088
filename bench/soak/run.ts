import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { writeResults } from '../lib/report.js';

/**
 * `npm run bench:soak`: `hechuang start` (built, local Neo4j, production settings) under mixed
 * reads and writes at a fixed rate for SOAK_MINUTES (10); half-way its Neo4j JVM is killed
 * (kill -9) and the supervisor starts it again. Counts: errors outside the outage (expected 0),
 * errors inside it and whether each is UNAVAILABLE, acknowledged writes missing or stored twice
 * afterwards (expected 0), and node's and the JVM's memory over time.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 20);
const WRITE_SHARE = 0.3;
const PORT = Number(process.env.SOAK_PORT ?? 3171);
const BOLT = Number(process.env.SOAK_NEO4J_PORT ?? 7671);
const PASSWORD = 'soak-password-禾创';
const url = `http://127.0.0.1:${PORT}`;

function rssMiB(pid: number | null): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

const jvmPid = (dataDir: string): number | null => {
  try {
    return (JSON.parse(readFileSync(path.join(dataDir, 'neo4j', 'hechuang-neo4j.pid'), 'utf8')) as { pid: number }).pid;
  } catch {
    return null;
  }
};

/** Neo4j's own account of the start after the kill (debug.log): recovery and start-up steps, timed from the load's start. */
function recoveryLines(dataDir: string, started: number, killedAt: number): Array<{ s: number; line: string }> {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, 'neo4j', 'logs', 'debug.log'), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((line) => ({
      at: Date.parse(
        line
          .slice(0, 28)
          .replace(' ', 'T')
          .replace(/([+-]\d{2})(\d{2})$/, '$1:$2'),
      ),
      line,
    }))
    .filter(
      ({ at, line }) => at >= started + killedAt && /GlobalModule|recover|Started|Bolt enabled|database.*(start|available)/i.test(line),
    )
    .slice(0, 40)
    .map(({ at, line }) => ({ s: Math.round((at - started) / 100) / 10, line: line.slice(29, 260) }));
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const answered = () =>
    probe().catch((error: unknown) => {
      if (error instanceof Error && error.message.startsWith('hechuang start exited')) throw error;
      return false;
    });
  while (!(await answered())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

function run(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'hechuang.js'), ...args], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  child.stdin.end(input ?? '');
  return new Promise((resolve) => child.on('close', resolve));
}

interface Outcome {
  at: number;
  kind: 'read' | 'write';
  ok: boolean;
  code: string | null;
  message: string | null;
  ms: number;
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-soak-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(PORT),
    NEO4J_LOCAL_PORT: String(BOLT),
    CRAWL_SCHEDULER: 'off',
    NODE_ENV: 'production',
    GRAPHQL_ARBITRARY_DOCUMENTS: 'true',
    LOG_LEVEL: 'warn',
    NEO4J_LOCAL_HEAP: '512m',
    // A shared, loaded machine: a start of the JVM may take minutes; the soak measures it rather than giving up.
    NEO4J_LOCAL_START_TIMEOUT_MS: process.env.NEO4J_LOCAL_START_TIMEOUT_MS ?? '900000',
  };
  const log = createWriteStream(path.join(dataDir, 'service.log'), { flags: 'a' });
  // What the service says about its Neo4j (the supervisor's exits, restarts, the circuit), timed.
  const neo4jEvents: Array<{ at: number; line: string }> = [];
  let service: ChildProcess | undefined;
  try {
    service = spawn(process.execPath, [path.join(ROOT, 'bin', 'hechuang.js'), 'start'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [service.stdout!, service.stderr!]) {
      stream.pipe(log, { end: false });
      createInterface({ input: stream }).on('line', (line) => {
        if (/neo4j/i.test(line) && !line.startsWith('{')) neo4jEvents.push({ at: Date.now(), line });
      });
    }
    await until('the service', async () => {
      if (service!.exitCode !== null)
        throw new Error(`hechuang start exited (${service!.exitCode}); see ${path.join(dataDir, 'service.log')}`);
      return (await fetch(`${url}/readyz`)).status === 200;
    });
    if ((await run(['users', 'add', '--email', 'soak@example.org', '--name', '压测', '--role', 'admin'], env, `${PASSWORD}\n`)) !== 0)
      throw new Error('could not create the soak account');

    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hechuang-csrf': 'anonymous' },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { csrfToken } }',
        variables: { e: 'soak@example.org', p: PASSWORD },
      }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0]!;
    const csrf = ((await login.json()) as { data: { login: { csrfToken: string } } }).data.login.csrfToken;
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-hechuang-csrf': csrf },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      return (await response.json()) as { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    };

    const durationMs = MINUTES * 60_000;
    const started = Date.now();
    const outcomes: Outcome[] = [];
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const memory: Array<{ s: number; nodeMiB: number | null; jvmMiB: number | null; load1m: number }> = [];
    let killedAt: number | null = null;
    let loadAtKill = 0;
    let backAt: number | null = null;
    const sampler = setInterval(
      () =>
        memory.push({
          s: Math.round((Date.now() - started) / 1000),
          nodeMiB: rssMiB(service!.pid ?? null),
          jvmMiB: rssMiB(jvmPid(dataDir)),
          load1m: Math.round(os.loadavg()[0]! * 10) / 10,
        }),
      5_000,
    );
    const inFlight = new Set<Promise<void>>();
    let sequence = 0;
    const fire = () => {
      const write = Math.random() < WRITE_SHARE;
      const name = `压测人物-${(sequence += 1)}`;
      const t0 = Date.now();
      const request = (
        write
          ? gql('mutation SoakCreate($input: PersonInput!) { createPerson(input: $input) { id } }', { input: { name } })
          : gql('query SoakRead { industries { code name } policies(first: 5) { edges { node { id title } } } }')
      )
        .then((reply) => {
          const code = reply.errors?.[0]?.extensions?.code ?? (reply.errors ? 'UNKNOWN' : null);
          const message = reply.errors?.[0]?.message ?? null;
          outcomes.push({ at: t0 - started, kind: write ? 'write' : 'read', ok: !reply.errors, code, message, ms: Date.now() - t0 });
          if (write) (reply.errors ? refused : acknowledged).push(name);
        })
        .catch((error: unknown) => {
          outcomes.push({
            at: t0 - started,
            kind: write ? 'write' : 'read',
            ok: false,
            code: `NETWORK ${(error as Error).name}`,
            message: (error as Error).message,
            ms: Date.now() - t0,
          });
          if (write) refused.push(name);
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    };
    const ticker = setInterval(fire, 1000 / RATE);
    await sleep(durationMs / 2);
    const pid = jvmPid(dataDir);
    if (pid) process.kill(pid, 'SIGKILL');
    killedAt = Date.now() - started;
    loadAtKill = os.loadavg()[0]!;
    console.log(`killed the Neo4j JVM (pid ${pid}) at ${Math.round(killedAt / 1000)} s`);
    await until('Neo4j to be back', async () => jvmPid(dataDir) !== pid && (await fetch(`${url}/readyz`)).status === 200);
    backAt = Date.now() - started;
    console.log(`ready again at ${Math.round(backAt / 1000)} s`);
    await sleep(Math.max(0, durationMs - (Date.now() - started)));
    clearInterval(ticker);
    await Promise.allSettled([...inFlight]);
    clearInterval(sampler);

    // Counted in the graph itself.
    const info = { user: 'neo4j', password: (await readFile(path.join(dataDir, 'neo4j', 'hechuang-password'), 'utf8')).trim() };
    const driver = neo4j.driver(`bolt://127.0.0.1:${BOLT}`, neo4j.auth.basic(info.user, info.password));
    const result = await driver.executeQuery(
      "MATCH (p:Person) WHERE p.name STARTS WITH '压测人物-' RETURN p.name AS name, count(*) AS copies",
    );
    await driver.close();
    const stored = new Map(
      result.records.map((record) => [record.get('name') as string, (record.get('copies') as { toNumber(): number }).toNumber()]),
    );
    const lost = acknowledged.filter((name) => !stored.has(name)).length;
    const duplicated = [...stored.values()].filter((copies) => copies > 1).length;
    const refusedButStored = refused.filter((name) => stored.has(name)).length;

    // The outage as clients see it: from the kill to the first request started after it that succeeds, plus a
    // grace second (requests already on their way when the circuit closed).
    const firstSuccess =
      outcomes
        .filter((o) => o.ok && o.at > (killedAt ?? 0))
        .map((o) => o.at)
        .sort((a, b) => a - b)[0] ??
      backAt ??
      0;
    const outageEnd = firstSuccess + 1_000;
    const inOutage = (o: Outcome) => o.at >= (killedAt ?? 0) - 1_000 && o.at <= outageEnd;
    const errors = outcomes.filter((o) => !o.ok);
    const outside = errors.filter((o) => !inOutage(o));
    const inside = errors.filter(inOutage);
    const unavailable = inside.filter((o) => o.code === 'UNAVAILABLE').length;
    const p = (q: number, values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))] ?? 0;
    const insideMs = inside.map((o) => o.ms);
    const latencies = (list: Outcome[]) => ({
      p50: p(
        0.5,
        list.map((o) => o.ms),
      ),
      p99: p(
        0.99,
        list.map((o) => o.ms),
      ),
    });
    const afterOutage = outside.filter((o) => o.at > outageEnd);
    // Errors outside the outage by second, code and message: what a client saw, and when.
    const timeline = new Map<string, { s: number; code: string | null; message: string | null; count: number }>();
    for (const o of outside) {
      const s = Math.floor(o.at / 1000);
      const message = o.message?.slice(0, 160) ?? null;
      const key = `${s} ${o.code} ${message}`;
      const entry = timeline.get(key) ?? { s, code: o.code, message, count: 0 };
      entry.count += 1;
      timeline.set(key, entry);
    }
    const span = (values: Array<number | null>) => {
      const known = values.filter((v): v is number => v !== null);
      return known.length ? `${Math.min(...known)}–${Math.max(...known)} MiB` : 'n/a';
    };
    const figures = {
      minutes: MINUTES,
      ratePerSecond: RATE,
      requests: outcomes.length,
      writesAcknowledged: acknowledged.length,
      writesRefused: refused.length,
      lostWrites: lost,
      duplicatedWrites: duplicated,
      refusedWritesStoredAnyway: refusedButStored,
      killedAtSeconds: Math.round((killedAt ?? 0) / 1000),
      loadAverageAtKill: Math.round(loadAtKill * 10) / 10,
      readyAgainAtSeconds: Math.round((backAt ?? 0) / 1000),
      firstSuccessAfterKillSeconds: Math.round((firstSuccess - (killedAt ?? 0)) / 100) / 10,
      outageSeconds: Math.round((outageEnd - (killedAt ?? 0)) / 1000),
      errorsAfterOutage: afterOutage.length,
      errorsOutsideOutageTimeline: [...timeline.values()].sort((a, b) => a.s - b.s),
      rssMiB: { node: span(memory.map((m) => m.nodeMiB)), jvm: span(memory.map((m) => m.jvmMiB)) },
      errorsOutsideOutage: outside.length,
      errorsOutsideOutageCodes: [...new Set(outside.map((o) => o.code))],
      errorsInOutage: inside.length,
      errorsInOutageUnavailable: unavailable,
      errorsInOutageOtherCodes: [...new Set(inside.filter((o) => o.code !== 'UNAVAILABLE').map((o) => o.code))],
      outageErrorLatencyMs: { p50: p(0.5, insideMs), p99: p(0.99, insideMs), max: Math.max(0, ...insideMs) },
      okLatencyMs: latencies(outcomes.filter((o) => o.ok)),
      // Before the kill, and in the first minute after the outage (a restarted JVM is cold: no page cache, no JIT).
      okLatencyBeforeKillMs: latencies(outcomes.filter((o) => o.ok && o.at < (killedAt ?? 0))),
      okLatencyFirstMinuteAfterMs: latencies(outcomes.filter((o) => o.ok && o.at > outageEnd && o.at <= outageEnd + 60_000)),
      okLatencyLaterMs: latencies(outcomes.filter((o) => o.ok && o.at > outageEnd + 60_000)),
      // Seconds from the start of the load; the lines before it are the first start.
      neo4jEvents: neo4jEvents.map((event) => ({ s: Math.round((event.at - started) / 100) / 10, line: event.line })),
      recovery: recoveryLines(dataDir, started, killedAt ?? 0),
      memory,
    };
    console.log('memory (MiB) over time:');
    console.table(memory.filter((_, i) => i % Math.max(1, Math.floor(memory.length / 20)) === 0));
    if (timeline.size) {
      console.log('errors outside the outage (second, code, message):');
      console.table(figures.errorsOutsideOutageTimeline.slice(0, 40));
    }
    console.log('Neo4j events (s from the start of the load):');
    for (const event of figures.neo4jEvents.filter((e) => e.s >= 0)) console.log(`  ${event.s} s  ${event.line}`);
    writeResults('soak', figures, [
      { figure: 'requests', value: outcomes.length },
      { figure: 'writes acknowledged / refused', value: `${acknowledged.length} / ${refused.length}` },
      { figure: 'lost / duplicated writes', value: `${lost} / ${duplicated}` },
      { figure: 'refused writes stored anyway', value: refusedButStored },
      { figure: 'kill → first success', value: `${figures.firstSuccessAfterKillSeconds} s` },
      { figure: 'errors before the kill / after the outage', value: `${outside.length - afterOutage.length} / ${afterOutage.length}` },
      { figure: 'errors in the outage (UNAVAILABLE)', value: `${inside.length} (${unavailable})` },
      {
        figure: 'outage error latency p50 / p99 / max',
        value: `${figures.outageErrorLatencyMs.p50} / ${figures.outageErrorLatencyMs.p99} / ${figures.outageErrorLatencyMs.max} ms`,
      },
      { figure: 'ok latency p50 / p99', value: `${figures.okLatencyMs.p50} / ${figures.okLatencyMs.p99} ms` },
      {
        figure: 'ok p50 / p99: before the kill, first minute after, later',
        value: [figures.okLatencyBeforeKillMs, figures.okLatencyFirstMinuteAfterMs, figures.okLatencyLaterMs]
          .map((l) => `${l.p50} / ${l.p99}`)
          .join(', '),
      },
      { figure: 'RSS node / JVM', value: `${figures.rssMiB.node} / ${figures.rssMiB.jvm}` },
    ]);
  } catch (error) {
    // The data directory goes below: say what the service said first.
    const said = await readFile(path.join(dataDir, 'service.log'), 'utf8').catch(() => '');
    console.error(`the service's last lines:\n${said.trim().split('\n').slice(-30).join('\n')}`);
    throw error;
  } finally {
    if (service && service.exitCode === null) {
      service.kill('SIGTERM');
      await new Promise((resolve) => service!.once('exit', resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
