import { describe, expect, it } from 'vitest';
import { filingIndustries } from './industries.js';
import { lexicalMatcher } from './lexical.js';
import { fileDocument, scoreIndustries } from './rule.js';

const industries = [
  {
    code: 'materials',
    name: '新材料',
    description: '',
    keywords: ['复合材料', '碳纤维'],
    classifications: [],
    parentCode: null,
    tier: '主导产业',
  },
  {
    code: 'frontier',
    name: '前沿新材料',
    description: '',
    keywords: ['碳纤维', '石墨烯'],
    classifications: [],
    parentCode: 'materials',
    tier: '未来产业',
  },
  {
    code: 'tongxiang',
    name: '桐乡前沿材料',
    description: '',
    keywords: ['桐乡', '复合材料'],
    classifications: [],
    parentCode: 'frontier',
    tier: '区县特色产业',
  },
  {
    code: 'textile',
    name: '现代纺织',
    description: '',
    keywords: ['纺织', '印染', 'VR'],
    classifications: [],
    parentCode: null,
    tier: '传统优势产业',
  },
];
const unit = (x: number, y: number) => Float32Array.from([x, y].map((v) => v / Math.hypot(x, y)));
const profiles = new Map([
  ['materials', { vectors: [unit(1, 0.1)], source: 'TEXT' as const }],
  ['frontier', { vectors: [unit(1, 0.2)], source: 'TEXT' as const }],
  ['tongxiang', { vectors: [unit(1, 0.2)], source: 'TEXT' as const }],
  ['textile', { vectors: [unit(0, 1)], source: 'TEXT' as const }],
]);
const rule = { outsideMargin: 0.05, confirmedOutsideMargin: 0.01, window: 0.2, lexicalThreshold: 0.5 };
const lexical = lexicalMatcher(industries);

describe('fileDocument', () => {
  it('files under the most specific industry the rule accepts, with the keyword evidence, and never a district industry on shared words', () => {
    const filed = fileDocument(
      unit(1, 0.15),
      lexical({ text: '碳纤维复合材料的界面', keywords: ['碳纤维'] }),
      filingIndustries(industries, profiles),
      rule,
    );
    expect(filed.map((f) => f.code)).toEqual(['frontier']);
    expect(filed[0]!.evidence).toContain('碳纤维');
    expect(filed[0]!.semantic).toBeGreaterThan(0.9);
  });

  it('files a district industry when the document names it', () => {
    const filed = fileDocument(
      unit(1, 0.2),
      lexical({ text: '桐乡复合材料产业', keywords: [] }),
      filingIndustries(industries, profiles),
      rule,
    );
    expect(filed.map((f) => f.code)).toEqual(['tongxiang']);
  });

  it('leaves a document outside every industry when an outside field is nearer than every industry', () => {
    const filed = fileDocument(
      unit(-1, -0.2),
      lexical({ text: '唐诗的格律与声韵', keywords: ['唐诗'] }),
      filingIndustries(industries, profiles),
      rule,
      0.4,
    );
    expect(filed).toEqual([]);
  });

  it('scores an industry by its best passage, and a confirmed profile by the confirmed margin', () => {
    const passages = new Map([['textile', { vectors: [unit(0, 1), unit(1, 0)], source: 'TEXT' as const }]]);
    const onlyTextile = industries.filter((i) => i.code === 'textile');
    const [filed] = fileDocument(unit(1, 0.01), [], filingIndustries(onlyTextile, passages), rule, 0.9);
    expect(filed?.semantic).toBeGreaterThan(0.99);
    // 0.97 to the outside: 0.03 short of the text margin, within the confirmed one.
    const outside = unit(1, 0.01)[0]! * 1 - 0.03;
    expect(fileDocument(unit(1, 0.01), [], filingIndustries(onlyTextile, passages), rule, outside)).toEqual([]);
    const confirmed = new Map([['textile', { vectors: [unit(1, 0)], source: 'CONFIRMED' as const }]]);
    expect(fileDocument(unit(1, 0.01), [], filingIndustries(onlyTextile, confirmed), rule, outside).map((f) => f.code)).toEqual([
      'textile',
    ]);
  });

  it('leaves a document outside when a field outside every industry is as near as the best industry', () => {
    const document = unit(1, 0.15);
    const evidence = lexical({ text: '碳纤维复合材料的界面', keywords: [] });
    const candidates = filingIndustries(industries, profiles);
    const top = Math.max(...scoreIndustries(document, evidence, candidates).map((s) => s.score));
    const near = top - rule.outsideMargin;
    expect(fileDocument(document, evidence, candidates, rule, near - 0.01).map((f) => f.code)).toEqual(['frontier']);
    expect(fileDocument(document, evidence, candidates, rule, near + 0.01)).toEqual([]);
  });

  it('without profiles compares the keyword evidence alone with its own threshold, Latin keywords as whole words', () => {
    const noProfiles = filingIndustries(industries, new Map());
    expect(fileDocument(null, lexical({ text: '纺织品印染废水', keywords: [] }), noProfiles, rule).map((f) => f.code)).toEqual(['textile']);
    expect(fileDocument(null, lexical({ text: 'VRLA 蓄电池', keywords: [] }), noProfiles, rule)).toEqual([]);
  });
});
