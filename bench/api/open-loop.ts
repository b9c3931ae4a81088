import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { percentile } from '../lib/report.js';
import type { HttpRequest } from './operations.js';
import { checkResponse } from './verify.js';

/**
 * Latency at a fixed arrival rate, measured open-loop as wrk2 does: request i is due at
 * start + i / rate whatever happened to the ones before it, and its latency runs from when it
 * was due to when its response ended. A stall therefore shows in every request it delays.
 *
 * Why not autocannon's `overallRate`: autocannon 8 lets each connection send its share of a
 * second back to back at the start of the second (so 200/s arrives as bursts of 20 concurrent
 * requests), and it "corrects" coordinated omission with an expected interval of
 * `Math.ceil(1 / rate)` = 1 ms instead of 1000 / rate ms, which adds a synthetic sample for each
 * millisecond of every response (lib/run.js, onResponse). Both inflate its p99.
 */

export interface OpenLoopResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  badBodies: number;
  /** How late the generator itself sent requests (p99, ms): a loaded client shows here, not as server latency. */
  sendLagP99: number;
}

const round = (ms: number) => +ms.toFixed(2);

export async function fireAtRate(
  url: string,
  build: (i: number) => HttpRequest,
  options: { rate: number; seconds: number; tag?: string; connections?: number },
): Promise<OpenLoopResult> {
  // Enough sockets that a request never queues behind another in the client.
  const pool = new Pool(url, { connections: options.connections ?? 64, pipelining: 1 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const lags: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let badBodies = 0;
  const send = async (i: number, due: number) => {
    const built = build(i);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.tag) headers['x-request-id'] = `${options.tag}-${i}`;
    try {
      const response = await pool.request({ method: 'POST', path: built.path, headers, body: built.body });
      const body = await response.body.text();
      latencies.push(performance.now() - due);
      if (response.statusCode < 200 || response.statusCode >= 300) non2xx++;
      else if (!checkResponse(response.statusCode, body).ok) badBodies++;
    } catch {
      errors++;
    }
  };
  const start = performance.now() + 20;
  const inFlight: Promise<void>[] = [];
  let next = 0;
  while (next < total) {
    const now = performance.now();
    // Every request already due goes now; the schedule never slides.
    while (next < total && start + next * interval <= now) {
      const due = start + next * interval;
      lags.push(now - due);
      inFlight.push(send(next, due));
      next++;
    }
    if (next < total) await sleep(Math.max(0, start + next * interval - performance.now()));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  return {
    rps: Math.round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    requests: latencies.length,
    errors,
    non2xx,
    badBodies,
    sendLagP99: round(percentile(lags, 99)),
  };
}
