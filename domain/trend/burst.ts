/**
 * Bursts of terms (创业热点): a term is hot when its count in the current window is improbable given
 * the year before it. The year before is cut into windows of the same length; their counts give the
 * expected rate (with half a mention of prior, so a term never seen still has a rate) and its spread
 * (a term that always fluctuates is expected to fluctuate: the rate grows by the variance beyond the
 * Poisson one). The score is −log10 of the Poisson probability of at least the current count, a
 * one-sided test per term; with thousands of terms a day the threshold is far below 0.05.
 */

export interface BurstSettings {
  /** Least score: −log10 of the probability of the count under the baseline (5: one in 100,000). */
  minScore: number;
  /** Least mentions in the window. */
  minCount: number;
  /** Least ratio of the window's count to the expected one. */
  minRatio: number;
}

export const DEFAULT_BURST_SETTINGS: BurstSettings = { minScore: 5, minCount: 3, minRatio: 2 };

export interface TermSeries {
  term: string;
  /** Mentions in each baseline window, oldest first (the year before the current window). */
  baseline: readonly number[];
  /** Mentions in the current window. */
  current: number;
}

export interface Burst {
  term: string;
  current: number;
  /** Expected mentions per window, from the baseline. */
  expected: number;
  score: number;
}

/** log(k!) by summing, exact enough for the counts of one window. */
function logFactorial(k: number): number {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
}

/** −log10 P(X ≥ count) for X ~ Poisson(rate), summed from the count upwards (no cancellation). */
export function poissonTailScore(count: number, rate: number): number {
  if (count <= 0) return 0;
  let term = Math.exp(-rate + count * Math.log(rate) - logFactorial(count));
  let sum = term;
  for (let k = count + 1; term > sum * 1e-12 && k < count + 10_000; k++) {
    term *= rate / k;
    sum += term;
  }
  return sum > 0 ? -Math.log10(Math.min(1, sum)) : Infinity;
}

/** The expected count per window from the baseline: mean with half a mention of prior, widened by overdispersion. */
export function expectedRate(baseline: readonly number[]): number {
  const n = baseline.length;
  if (n === 0) return 0.5;
  const mean = (baseline.reduce((a, b) => a + b, 0) + 0.5) / n;
  const variance = n > 1 ? baseline.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return mean + Math.max(0, variance - mean);
}

/** The burst of one term, or null when it is not one by `settings`. */
export function burstOf(series: TermSeries, settings: BurstSettings = DEFAULT_BURST_SETTINGS): Burst | null {
  if (series.current < settings.minCount) return null;
  const expected = expectedRate(series.baseline);
  if (series.current < settings.minRatio * expected) return null;
  const score = poissonTailScore(series.current, expected);
  return score >= settings.minScore ? { term: series.term, current: series.current, expected, score } : null;
}

/** The bursts among `series`, strongest first (then by term). */
export function detectBursts(series: Iterable<TermSeries>, settings: BurstSettings = DEFAULT_BURST_SETTINGS): Burst[] {
  const bursts: Burst[] = [];
  for (const s of series) {
    const burst = burstOf(s, settings);
    if (burst) bursts.push(burst);
  }
  return bursts.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}

export type HotWindow = 'WEEK' | 'MONTH';

export const WINDOW_DAYS: Record<HotWindow, number> = { WEEK: 7, MONTH: 30 };

/** Baseline windows in the year before the current one. */
export const baselineWindows = (window: HotWindow) => Math.floor(365 / WINDOW_DAYS[window]);

const DAY_MS = 86_400_000;

/**
 * Counts of terms per window from dated mentions: window 0 is the current one (ending at `now`),
 * windows 1…n the baseline, newest first as they are counted, returned oldest first.
 */
export function seriesOf(mentions: Iterable<{ at: number; terms: Iterable<string> }>, now: number, window: HotWindow): TermSeries[] {
  const length = WINDOW_DAYS[window] * DAY_MS;
  const windows = baselineWindows(window);
  const counts = new Map<string, number[]>();
  for (const mention of mentions) {
    const index = Math.floor((now - mention.at) / length);
    if (index < 0 || index > windows) continue;
    for (const term of new Set(mention.terms)) {
      let row = counts.get(term);
      if (!row) counts.set(term, (row = new Array<number>(windows + 1).fill(0)));
      row[index] = (row[index] ?? 0) + 1;
    }
  }
  return [...counts].map(([term, row]) => ({ term, current: row[0]!, baseline: row.slice(1).reverse() }));
}
