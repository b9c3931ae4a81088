import { describe, expect, it } from 'vitest';
import { nearestTopic, type Centroid } from './assign.js';
import { detectBursts, seriesOf, type HotWindow } from './burst.js';
import { DAY, NOW, poisson, seeded } from './testing/streams.js';

/**
 * Topic bursts on generated streams of embedded news: topics are random unit centroids in 64
 * dimensions, each news item a noisy vector around its topic's centroid (and a share of items
 * near no topic at all). Items are assigned to their nearest centroid and the assignments go
 * through the same burst detector as words. Planted topic bursts must be found (precision and
 * recall), a steady stream must raise no alarm, and off-topic noise must never be assigned.
 */

const DIMENSIONS = 64;

const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

function unit(random: () => number): number[] {
  const v = Array.from({ length: DIMENSIONS }, () => gaussian(random));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** A news vector: the centroid plus noise of `spread` per dimension (cosine ≈ 0.8 to its centroid at 0.09). */
const around = (centroid: number[], random: () => number, spread = 0.09) => centroid.map((x) => x + gaussian(random) * spread);

interface Stream {
  news: { at: number; vector: number[]; topic: string | null }[];
  centroids: Centroid[];
  planted: Set<string>;
}

function generate(seed: number, { topics = 30, planted = 0, burstRate = 1.5, window = 'WEEK', noiseRate = 2 } = {}): Stream {
  const random = seeded(seed);
  const centroids = Array.from({ length: topics }, (_, i) => ({ id: `topic-${i}`, centroid: unit(random), threshold: 0.6 }));
  const bursting = new Set<string>();
  while (bursting.size < planted) bursting.add(centroids[Math.floor(random() * topics)]!.id);
  const burstDays = window === 'WEEK' ? 7 : 30;
  const news: Stream['news'] = [];
  for (let day = 400; day >= 1; day--) {
    const at = NOW - day * DAY + DAY / 2;
    centroids.forEach((topic, rank) => {
      const rate = 2 / (rank + 1) + (bursting.has(topic.id) && day <= burstDays ? burstRate : 0);
      for (let n = poisson(rate, random); n > 0; n--) news.push({ at, vector: around(topic.centroid, random), topic: topic.id });
    });
    // News about none of the library's topics.
    for (let n = poisson(noiseRate, random); n > 0; n--) news.push({ at, vector: unit(random), topic: null });
  }
  return { news, centroids, planted: bursting };
}

function measure(stream: Stream, window: HotWindow) {
  let misassigned = 0;
  const mentions = stream.news.flatMap((item) => {
    const assigned = nearestTopic(item.vector, stream.centroids);
    if ((assigned?.topicId ?? null) !== item.topic) misassigned += 1;
    return assigned ? [{ at: item.at, terms: [assigned.topicId] }] : [];
  });
  const found = new Set(detectBursts(seriesOf(mentions, NOW, window)).map((b) => b.term));
  const hits = [...found].filter((t) => stream.planted.has(t)).length;
  return { found, hits, misassigned, total: stream.news.length };
}

describe('topic bursts on generated streams of embedded news', () => {
  it('assigns news to its topic and leaves off-topic news out', () => {
    const stream = generate(7);
    const { misassigned, total } = measure(stream, 'WEEK');
    expect(misassigned / total).toBeLessThan(0.01);
  });

  it('finds planted weekly topic bursts with high precision and recall over six streams', () => {
    let hits = 0;
    let found = 0;
    let planted = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const stream = generate(seed, { planted: 4 });
      const result = measure(stream, 'WEEK');
      hits += result.hits;
      found += result.found.size;
      planted += stream.planted.size;
    }
    expect(hits / found).toBeGreaterThanOrEqual(0.95);
    expect(hits / planted).toBeGreaterThanOrEqual(0.8);
  });

  it('finds planted monthly topic bursts', () => {
    const stream = generate(42, { topics: 60, planted: 3, burstRate: 2, window: 'MONTH' });
    const result = measure(stream, 'MONTH');
    expect(result.hits / result.found.size).toBeGreaterThanOrEqual(0.9);
    expect(result.hits / stream.planted.size).toBeGreaterThanOrEqual(0.8);
  });

  it('raises no false alarm on steady streams', () => {
    for (let seed = 100; seed < 104; seed++) {
      const stream = generate(seed);
      expect(measure(stream, 'WEEK').found.size).toBe(0);
      expect(measure(stream, 'MONTH').found.size).toBe(0);
    }
  });
});
