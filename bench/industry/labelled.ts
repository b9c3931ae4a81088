import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { rootOf, type TaxonomyIndustry } from '../../topics/filing/industries.js';
import type { BenchRecord } from './data.js';
import type { Gold } from './metrics.js';

interface DisciplineLabel {
  discipline: string;
  industry: string | null;
  alsoAcceptable: string[];
  reason: string;
}

export const disciplineLabels = (): DisciplineLabel[] =>
  (JSON.parse(readFileSync(path.join(import.meta.dirname, 'disciplines.json'), 'utf8')) as { disciplines: DisciplineLabel[] }).disciplines;

/** Each record's label at the level of the top industries. */
export function goldOf(records: readonly BenchRecord[], industries: readonly TaxonomyIndustry[]): Gold[] {
  const parentOf = new Map(industries.map((i) => [i.code, i.parentCode]));
  const labels = new Map(disciplineLabels().map((l) => [l.discipline, l]));
  return records.map((r) => {
    const label = labels.get(r.discipline);
    if (!label) throw new Error(`no label for the discipline ${r.discipline}`);
    return {
      industry: label.industry === null ? null : rootOf(label.industry, parentOf),
      acceptable: new Set(label.alsoAcceptable.map((code) => rootOf(code, parentOf))),
    };
  });
}

/**
 * A stratified half split: within each discipline, records ordered by a hash of their id go
 * alternately to dev (tuning) and held-out (reporting).
 */
export function split(records: readonly BenchRecord[]): { dev: number[]; heldOut: number[] } {
  const hash = (id: string) => createHash('sha256').update(id).digest('hex');
  const byDiscipline = new Map<string, number[]>();
  records.forEach((r, i) => byDiscipline.set(r.discipline, [...(byDiscipline.get(r.discipline) ?? []), i]));
  const dev: number[] = [];
  const heldOut: number[] = [];
  for (const indices of byDiscipline.values()) {
    indices
      .sort((a, b) => (hash(records[a]!.id) < hash(records[b]!.id) ? -1 : 1))
      .forEach((index, n) => (n % 2 === 0 ? dev : heldOut).push(index));
  }
  return { dev: dev.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) };
}
