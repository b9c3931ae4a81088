import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, DATABASE_FIXTURES, FIELDS } from './fixtures/databases/expected.js';
import { parseLiteratureBuffer } from './parse.js';

/** Every export shape of CNKI, Wanfang, VIP and Chaoxing in the fixtures: every field of every record as expected. */

const HERE = import.meta.dirname;

describe.each(DATABASE_FIXTURES)('$file', ({ file, database, format, records }) => {
  it(`is read as ${format} with every field right`, () => {
    const parsed = parseLiteratureBuffer(readFileSync(path.join(HERE, 'fixtures', 'databases', file)), file, database ? { database } : {});
    expect(parsed.format).toBe(format);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records.map(comparable)).toEqual(records);
  });
});

it('covers every compared field somewhere', () => {
  const seen = new Set(DATABASE_FIXTURES.flatMap(({ records }) => records.flatMap((r) => Object.keys(r))));
  expect([...seen].sort()).toEqual([...FIELDS].sort());
});
