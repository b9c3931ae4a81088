import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../cluster/random.js';
import { outsideSimilarity } from './profile.js';
import { scoreIndustries, type FilingIndustry } from './rule.js';
import { groupSimilarities, groupSimilaritiesOfLists, profileSimilarities } from './similarities.js';
import { normalise } from './vectors.js';

const random = seededRandom(3);
const vector = (d: number) => normalise(Float32Array.from({ length: d }, () => gaussian(random)));
const industry = (code: string, profile: Float32Array[] | null): FilingIndustry => ({
  code,
  parentCode: null,
  tier: '主导产业',
  profile,
  profileSource: profile ? 'TEXT' : null,
  distinctive: new Set(),
});

describe('profileSimilarities', () => {
  // 7 rows (a block of four and three left over), 5 profile columns (two pairs and one left over) with the outside fields.
  const d = 33;
  const industries = [industry('a', [vector(d), vector(d)]), industry('b', null), industry('c', [vector(d)]), industry('d', [])];
  const outside = [vector(d), vector(d)];
  const rows = Array.from({ length: 7 }, () => vector(d));
  const data = new Float32Array(rows.length * d);
  rows.forEach((row, i) => data.set(row, i * d));

  it('gives exactly the per-document scores: best cosine per industry, NaN without a profile, nearest outside field', () => {
    const { semantic, outside: nearest } = profileSimilarities({ data, rows: rows.length, dimensions: d }, industries, outside);
    rows.forEach((row, r) => {
      const expected = new Map(scoreIndustries(row, [], industries).map((s) => [s.code, s.semantic]));
      industries.forEach((ind, i) => {
        const value = semantic[r * industries.length + i]!;
        expect(Number.isNaN(value) ? null : value).toBe(expected.get(ind.code));
      });
      expect(nearest[r]).toBe(outsideSimilarity(row, outside));
    });
  });

  it('leaves the outside similarity NaN without outside fields', () => {
    const { outside: nearest } = profileSimilarities({ data, rows: rows.length, dimensions: d }, industries, []);
    expect(Array.from(nearest).every(Number.isNaN)).toBe(true);
  });

  it('scores several lists of groups from one product, exactly as each alone (a vector in two lists once)', () => {
    const docs = { data, rows: rows.length, dimensions: d };
    const shared = vector(d);
    const first = [[shared, vector(d)], null, [vector(d)]];
    const second = [[Float32Array.from(shared)], [vector(d), shared]];
    const [a, b] = groupSimilaritiesOfLists(docs, [first, second]);
    expect(Array.from(a!)).toEqual(Array.from(groupSimilarities(docs, first)));
    expect(Array.from(b!)).toEqual(Array.from(groupSimilarities(docs, second)));
    expect(Number.isNaN(a![1])).toBe(true);
  });
});
