import neo4j, { type Driver, type ProfiledPlan, type QueryResult } from 'neo4j-driver';
import type { Graph, Tx } from '../../graph/driver.js';
import { toNative } from '../../graph/values.js';

/** What one kind of statement cost over a phase: calls, rows, Neo4j's own time, and one PROFILE's db hits. */
export interface StatementFigures {
  statement: string;
  calls: number;
  rows: number;
  /** Neo4j's time to first record plus to consume them, summed (server-side, no network). */
  serverMs: number;
  /** db hits per input row of the one call that ran under PROFILE (the 3rd of each statement). */
  dbHitsPerRow: number | null;
  eager: boolean;
  /** The operators of the PROFILEd call with the most db hits. */
  hottest: string;
}

/**
 * `bench:crawl --statements`: every write transaction the crawler opens runs through a driver of
 * its own, each statement timed by Neo4j's summary and the 3rd call of each statement PROFILEd
 * (same query, same effects, plus its plan's db hits). Deadlock retries are not done here: for
 * measuring only.
 */
export class StatementProfiler {
  private readonly driver: Driver;
  private figures = new Map<string, StatementFigures>();
  transactions = 0;

  constructor(info: { uri: string; user: string; password: string }) {
    this.driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  }

  install(graph: Graph): void {
    graph.writeTx = async (work) => {
      const session = this.driver.session();
      this.transactions += 1;
      try {
        const tx = await session.beginTransaction();
        try {
          const result = await work(this.wrap(tx));
          const t0 = performance.now();
          await tx.commit();
          this.entry('COMMIT (client-side wall: log write, index upkeep)').serverMs += performance.now() - t0;
          this.entry('COMMIT (client-side wall: log write, index upkeep)').calls += 1;
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback();
          throw error;
        }
      } finally {
        await session.close();
      }
    };
  }

  /** The figures since the last call, most server time first. */
  take(): StatementFigures[] {
    const all = [...this.figures.values()].sort((a, b) => b.serverMs - a.serverMs);
    this.figures = new Map();
    this.transactions = 0;
    return all.map((f) => ({ ...f, serverMs: Math.round(f.serverMs) }));
  }

  private entry(key: string): StatementFigures {
    const entry = this.figures.get(key) ?? {
      statement: key,
      calls: 0,
      rows: 0,
      serverMs: 0,
      dbHitsPerRow: null,
      eager: false,
      hottest: '',
    };
    this.figures.set(key, entry);
    return entry;
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private wrap(tx: { run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult> }): Tx {
    return {
      run: async <R extends object>(cypher: string, params: Record<string, unknown> = {}) => {
        const entry = this.entry(cypher.replace(/\s+/g, ' ').trim().slice(0, 90));
        entry.calls += 1;
        const profile = entry.calls === 3;
        const result = await tx.run(profile ? `PROFILE ${cypher}` : cypher, params);
        const summary = result.summary;
        entry.serverMs += summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
        entry.rows += result.records.length;
        if (profile && summary.profile) {
          const plan = summary.profile;
          const input = Math.max(1, ...Object.values(params).map((v) => (Array.isArray(v) ? v.length : 1)));
          entry.dbHitsPerRow = Math.round((total(plan) / input) * 10) / 10;
          entry.eager = operators(plan).some((p) => p.operatorType.startsWith('Eager'));
          entry.hottest = operators(plan)
            .sort((a, b) => b.dbHits - a.dbHits)
            .slice(0, 3)
            .filter((p) => p.dbHits > 0)
            .map((p) => `${p.operatorType.replace(/@.*/, '')} ${p.dbHits}`)
            .join(', ');
        }
        return result.records.map((record) => toNative(record.toObject()) as R);
      },
    };
  }
}

const total = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + total(child), 0);
const operators = (plan: ProfiledPlan): ProfiledPlan[] => [plan, ...plan.children.flatMap(operators)];
