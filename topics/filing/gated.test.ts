import { describe, expect, it } from 'vitest';
import { documentGateFeatureRows, documentGateFeatures, gateDecision, type FilingGate } from './gate.js';
import { gatedFilings } from './gated.js';
import { filingIndustries } from './industries.js';
import { lexicalMatcher } from './lexical.js';
import { scoreIndustries } from './rule.js';

const industry = (code: string, name: string, keywords: string[], parentCode: string | null) => ({
  code,
  name,
  description: '',
  keywords,
  classifications: [],
  parentCode,
  tier: parentCode ? '未来产业' : '主导产业',
});
const industries = [
  industry('health', '生命健康', ['医药', '医疗器械'], null),
  industry('isotopes', '同位素', ['同位素', '核医学'], 'health'),
  industry('textile', '现代纺织', ['纺织'], null),
];
const unit = (x: number, y: number) => Float32Array.from([x, y].map((v) => v / Math.hypot(x, y)));
const profiles = new Map<string, { vectors: Float32Array[]; source: 'TEXT' | 'CONFIRMED' }>([
  ['health', { vectors: [unit(1, 0.3)], source: 'TEXT' as const }],
  ['isotopes', { vectors: [unit(1, 0.1)], source: 'TEXT' as const }],
  ['textile', { vectors: [unit(0, 1)], source: 'TEXT' as const }],
]);
const rule = { outsideMargin: 0.05, confirmedOutsideMargin: 0.01, window: 1, lexicalThreshold: 0.5 };
const lexical = lexicalMatcher(industries);
const candidates = filingIndustries(industries, profiles);

describe('gatedFilings', () => {
  it('files under the top industry the gate chose, a sub-industry only on keywords of its own', () => {
    const clinical = unit(1, 0.05); // nearer the isotope passages than the health ones
    const scored = scoreIndustries(clinical, lexical({ text: '急性脑梗死的临床疗效', keywords: [] }), candidates);
    expect(scored[0]!.code).toBe('isotopes');
    expect(gatedFilings(scored, candidates, rule, 0.99, 'health').map((f) => f.code)).toEqual(['health']);
    const nuclear = scoreIndustries(clinical, lexical({ text: '核医学显像中的同位素', keywords: [] }), candidates);
    expect(gatedFilings(nuclear, candidates, rule, 0.99, 'health').map((f) => f.code)).toEqual(['isotopes']);
  });

  it('adds no other text-profile industry beside the gate’s, however near', () => {
    const between = unit(1, 1);
    const scored = scoreIndustries(between, lexical({ text: '医药纺织品', keywords: [] }), candidates);
    expect(gatedFilings(scored, candidates, rule, -1, 'textile').map((f) => f.code)).toEqual(['textile']);
  });

  it('files nothing when the gate says outside, unless a librarian-confirmed profile beats the outside fields', () => {
    const document = unit(0.1, 1);
    const scored = scoreIndustries(document, [], candidates);
    expect(gatedFilings(scored, candidates, rule, 0.5, null)).toEqual([]);
    const confirmed = filingIndustries(
      industries,
      new Map([...profiles, ['textile', { vectors: [unit(0, 1)], source: 'CONFIRMED' as const }]]),
    );
    expect(gatedFilings(scoreIndustries(document, [], confirmed), confirmed, rule, 0.5, null).map((f) => f.code)).toEqual(['textile']);
  });
});

describe('gateDecision', () => {
  const gate: FilingGate = {
    model: 'm',
    textHash: 'h',
    industries: ['health', 'textile'],
    outsideFields: 1,
    mean: [0.5, 0.5, 0.5],
    scale: [0.1, 0.1, 0.1],
    classes: ['health', 'textile', null],
    weights: [
      [2, 0, -1],
      [0, 2, -1],
      [-1, -1, 2],
    ],
    intercepts: [0, 0, 0],
    outsideBias: 0,
  };
  it('decides the class of the greatest probability on standardised cosines, an industry without a profile at its mean', () => {
    const passages = new Map([
      ['health', [unit(1, 0)]],
      ['textile', [unit(0, 1)]],
    ]);
    const outside = [unit(-1, 0)];
    expect(gateDecision(gate, documentGateFeatures(gate, unit(1, 0.1), passages, outside)).root).toBe('health');
    expect(gateDecision(gate, documentGateFeatures(gate, unit(0.1, 1), passages, outside)).root).toBe('textile');
    expect(gateDecision(gate, documentGateFeatures(gate, unit(-1, -0.1), passages, outside)).root).toBeNull();
    expect(gateDecision({ ...gate, outsideBias: 1 }, documentGateFeatures(gate, unit(1, 0.1), passages, outside)).root).toBeNull();
    const features = documentGateFeatures(gate, unit(1, 0), new Map([['health', [unit(1, 0)]]]), outside);
    expect(features[1]).toBe(0.5);
  });
  it('gives every row of a document matrix the same features as one document at a time', () => {
    const passages = new Map([['health', [unit(1, 0), unit(0.6, 0.8)]]]);
    const outside = [unit(-1, 0)];
    const docs = [unit(1, 0.1), unit(0.1, 1), unit(-1, -0.1), unit(0.3, -0.9), unit(0.5, 0.5)];
    const data = new Float32Array(docs.length * 2);
    docs.forEach((d, r) => data.set(d, r * 2));
    const rows = documentGateFeatureRows(gate, { data, rows: docs.length, dimensions: 2 }, passages, outside);
    expect(rows.map((row) => [...row])).toEqual(docs.map((d) => [...documentGateFeatures(gate, d, passages, outside)]));
  });
});
