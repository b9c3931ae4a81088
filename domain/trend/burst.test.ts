import { describe, expect, it } from 'vitest';
import { detectBursts, seriesOf, type HotWindow } from './burst.js';
import { DAY, NOW, poisson, seeded } from './testing/streams.js';

/**
 * Precision and recall of the burst detector on generated news streams: a vocabulary of terms
 * with Zipf-like daily rates over 400 days, and planted bursts in the last window. A steady
 * stream (no bursts planted) must raise no alarm.
 */

interface Stream {
  mentions: { at: number; terms: string[] }[];
  planted: Set<string>;
}

/** `terms` terms at rates 3/(rank+1) a day; `planted` of them (chosen by the seed) burst to `burstRate` a day in the last `window`. */
function generate(seed: number, { terms = 400, planted = 0, burstRate = 2, window = 'WEEK' } = {}): Stream {
  const random = seeded(seed);
  const vocabulary = Array.from({ length: terms }, (_, i) => `词${i}`);
  const bursting = new Set<string>();
  while (bursting.size < planted) bursting.add(vocabulary[Math.floor(random() * terms)]!);
  const burstDays = window === 'WEEK' ? 7 : 30;
  const mentions: Stream['mentions'] = [];
  for (let day = 400; day >= 1; day--) {
    const at = NOW - day * DAY + DAY / 2;
    vocabulary.forEach((term, rank) => {
      const rate = 3 / (rank + 1) + (bursting.has(term) && day <= burstDays ? burstRate : 0);
      for (let n = poisson(rate, random); n > 0; n--) mentions.push({ at, terms: [term] });
    });
  }
  return { mentions, planted: bursting };
}

function measure(stream: Stream, window: HotWindow) {
  const found = new Set(detectBursts(seriesOf(stream.mentions, NOW, window)).map((b) => b.term));
  const hits = [...found].filter((t) => stream.planted.has(t)).length;
  return { found, precision: found.size ? hits / found.size : 1, recall: stream.planted.size ? hits / stream.planted.size : 1 };
}

describe('burst detection on generated news streams', () => {
  it('finds planted weekly bursts with high precision and recall over ten streams', () => {
    let hits = 0;
    let found = 0;
    let planted = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const stream = generate(seed, { planted: 8, burstRate: 1.5 });
      const result = measure(stream, 'WEEK');
      hits += [...result.found].filter((t) => stream.planted.has(t)).length;
      found += result.found.size;
      planted += stream.planted.size;
    }
    const precision = hits / found;
    const recall = hits / planted;
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('finds planted monthly bursts', () => {
    const stream = generate(42, { planted: 6, burstRate: 1, window: 'MONTH' });
    const result = measure(stream, 'MONTH');
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('raises no false alarm on steady streams', () => {
    for (let seed = 100; seed < 110; seed++) {
      const stream = generate(seed);
      expect(measure(stream, 'WEEK').found.size).toBe(0);
      expect(measure(stream, 'MONTH').found.size).toBe(0);
    }
  });

  it('counts each term once per mention, in the window it falls in', () => {
    const series = seriesOf(
      [
        { at: NOW - DAY, terms: ['光伏', '光伏', '储能'] },
        { at: NOW - 8 * DAY, terms: ['光伏'] },
        { at: NOW - 400 * DAY, terms: ['光伏'] },
      ],
      NOW,
      'WEEK',
    );
    const pv = series.find((s) => s.term === '光伏')!;
    expect(pv.current).toBe(1);
    expect(pv.baseline).toHaveLength(52);
    expect(pv.baseline.at(-1)).toBe(1);
    expect(pv.baseline.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
