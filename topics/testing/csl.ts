import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared CSL data sets (../shared/data/csl from the project root), for benchmarks. */
export const CSL_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'csl');

/** Small slices of them committed for tests (made by make-csl-slice.ts), so tests need no ../shared. */
export const CSL_SLICE_DIR = path.join(import.meta.dirname, 'csl');

/** Abstracts shorter than this (characters) stay under bge's 512 tokens. */
export const SHORT_ABSTRACT = 300;

/** Column 2 and 3 of a CSL file (column 1 is a task tag), from `dir` (the shared data by default). */
export function cslRows(file: string, dir = CSL_DIR): Array<[string, string]> {
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, first = '', second = ''] = line.split('\t');
      return [first, second];
    });
}

/** A fixed set of Chinese abstracts short enough to stay under 512 tokens (from the test slice). */
export function shortAbstracts(count: number): string[] {
  return cslRows('cls_dcp_dev.tsv', CSL_SLICE_DIR)
    .map(([abstract]) => abstract)
    .filter((text) => text.length < SHORT_ABSTRACT)
    .slice(0, count);
}
