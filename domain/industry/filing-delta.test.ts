import { describe, expect, it } from 'vitest';
import type { FilingRecord, MachineFiling } from './filing.js';
import { changedFilings } from './filing-delta.js';

const machine = (documentId: string, industryCode: string, score: number, rank = 0): MachineFiling => ({
  documentId,
  industryCode,
  score,
  semantic: score,
  lexical: 0.5,
  evidence: ['碳纤维'],
  profile: 'TEXT',
  rank,
});
const stored = (f: MachineFiling, over: Partial<FilingRecord> = {}): FilingRecord => ({
  ...f,
  decidedBy: 'machine',
  deleted: false,
  actor: null,
  ...over,
});

describe('changedFilings', () => {
  it('keeps only the documents whose machine filings differ, with all their new filings', () => {
    const same = machine('a', 'jx-new-materials', 0.8);
    const moved = machine('b', 'jx-smart-pv', 0.7);
    const result = changedFilings(
      ['a', 'b', 'c', 'd', 'e'],
      [stored(same), stored(moved, { score: 0.6 }), stored(machine('c', 'jx-smart-pv', 0.5)), stored(machine('e', 'jx-smart-pv', 0.5))],
      [same, moved, machine('d', 'jx-smart-pv', 0.9), machine('e', 'jx-smart-pv', 0.5), machine('e', 'jx-new-materials', 0.4, 1)],
    );
    expect(result.documentIds).toEqual(['b', 'c', 'd', 'e']);
    expect(result.filings.map((f) => [f.documentId, f.industryCode])).toEqual([
      ['b', 'jx-smart-pv'],
      ['d', 'jx-smart-pv'],
      ['e', 'jx-smart-pv'],
      ['e', 'jx-new-materials'],
    ]);
  });

  it('ignores a librarian’s filings and removals; changed evidence or rank counts as a change', () => {
    const filing = machine('a', 'jx-new-materials', 0.8);
    expect(
      changedFilings(['a'], [stored(filing), stored(machine('a', 'jx-smart-pv', 1, 1), { decidedBy: 'librarian' })], [filing]).documentIds,
    ).toEqual([]);
    expect(changedFilings(['a'], [stored(filing, { evidence: ['玻纤'] })], [filing]).documentIds).toEqual(['a']);
    expect(changedFilings(['a'], [stored(filing, { rank: 1 })], [filing]).documentIds).toEqual(['a']);
    expect(changedFilings(['a'], [stored(filing, { deleted: true })], [filing]).documentIds).toEqual(['a']);
  });
});
