/** What the burst tests share to generate their news streams, the same on every run. */

export { seededRandom as seeded } from '../../../topics/cluster/random.js';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 11, 1);

/** A Poisson draw (Knuth; the rates here are small). */
export function poisson(rate: number, random: () => number): number {
  const limit = Math.exp(-rate);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}
