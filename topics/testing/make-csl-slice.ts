/**
 * Writes the CSL slices the tests read (topics/testing/csl/) from ../shared/data/csl, keeping
 * the rows' original order so that every test selection (first short abstracts, first rows of
 * a discipline) picks the same records from the slice as from the whole file.
 *
 *   npx tsx topics/testing/make-csl-slice.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSL_DIR, CSL_SLICE_DIR, SHORT_ABSTRACT } from './csl.js';

const PER_DISCIPLINE = 20;
const DISCIPLINES = ['材料科学与工程', '基础医学/临床医学', '药学', '中医学/中药学'];
const SHORT = 40;

const lines = (file: string) => readFileSync(path.join(CSL_DIR, file), 'utf8').split('\n').filter(Boolean);

function dcpSlice(): string[] {
  const taken = new Map<string, number>();
  let short = 0;
  return lines('cls_dcp_dev.tsv').filter((line) => {
    const [, abstract = '', discipline = ''] = line.split('\t');
    let keep = false;
    if (abstract.length < SHORT_ABSTRACT && short < SHORT) {
      short += 1;
      keep = true;
    }
    if (DISCIPLINES.includes(discipline) && (taken.get(discipline) ?? 0) < PER_DISCIPLINE) {
      taken.set(discipline, (taken.get(discipline) ?? 0) + 1);
      keep = true;
    }
    return keep;
  });
}

mkdirSync(CSL_SLICE_DIR, { recursive: true });
writeFileSync(path.join(CSL_SLICE_DIR, 'cls_dcp_dev.tsv'), `${dcpSlice().join('\n')}\n`);
writeFileSync(path.join(CSL_SLICE_DIR, 'cls_ctg_dev.tsv'), `${lines('cls_ctg_dev.tsv').slice(0, 20).join('\n')}\n`);
