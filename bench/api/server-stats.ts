import { readFile } from 'node:fs/promises';
import { percentile } from '../lib/report.js';

/**
 * Where a slow request of Hechuang's spent its time, from the service's own telemetry: its
 * /metrics (prom-client's event-loop delay, which resets at each scrape, and its GC pauses) and
 * its request log (pino-http's `responseTime`: from the request's arrival to its response's end).
 */

export interface ProcessStats {
  gcSeconds: number;
  gcPauses: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
}

const sample = (text: string, name: string) =>
  [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'gm'))].reduce((sum, m) => sum + Number(m[1]), 0);

export async function scrapeProcessStats(url: string): Promise<ProcessStats> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return {
    gcSeconds: sample(text, 'hechuang_nodejs_gc_duration_seconds_sum'),
    gcPauses: sample(text, 'hechuang_nodejs_gc_duration_seconds_count'),
    eventLoopLagP99Ms: +(sample(text, 'hechuang_nodejs_eventloop_lag_p99_seconds') * 1000).toFixed(2),
    eventLoopLagMaxMs: +(sample(text, 'hechuang_nodejs_eventloop_lag_max_seconds') * 1000).toFixed(2),
  };
}

/** Between two scrapes: GC over the interval, event-loop delay as the second scrape saw it (since the first). */
export function phaseStats(before: ProcessStats, after: ProcessStats) {
  return {
    gcMs: Math.round((after.gcSeconds - before.gcSeconds) * 1000),
    gcPauses: after.gcPauses - before.gcPauses,
    eventLoopLagP99Ms: after.eventLoopLagP99Ms,
    eventLoopLagMaxMs: after.eventLoopLagMaxMs,
  };
}

/** p50/p99/max of the service's own response times of the requests whose ids start with `tag`. */
export async function loggedLatencies(logFile: string, tag: string) {
  const times: number[] = [];
  const pattern = new RegExp(`"id":"${tag}-\\d+".*?"responseTime":([0-9.]+)`);
  for (const line of (await readFile(logFile, 'utf8')).split('\n')) {
    const match = pattern.exec(line);
    if (match) times.push(Number(match[1]));
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? 0 };
}
