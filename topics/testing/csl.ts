import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared CSL slices (../shared/data/csl from the project root), for tests and benchmarks. */
export const CSL_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'csl');

/** Column 2 and 3 of a CSL file (column 1 is a task tag). */
export function cslRows(file: string): Array<[string, string]> {
  return readFileSync(path.join(CSL_DIR, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, first = '', second = ''] = line.split('\t');
      return [first, second];
    });
}

/** A fixed set of Chinese abstracts short enough (< 300 characters) to stay under 512 tokens. */
export function shortAbstracts(count: number): string[] {
  return cslRows('cls_dcp_dev.tsv')
    .map(([abstract]) => abstract)
    .filter((text) => text.length < 300)
    .slice(0, count);
}
