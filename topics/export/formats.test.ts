import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../domain/document/types.js';
import { parseLiteratureBuffer } from '../import/index.js';
import { bibtexRecord, escapeBibtex } from './bibtex.js';
import { DOCUMENT_WRITERS, type DocumentExportFormat } from './formats.js';
import { risRecord } from './ris.js';

const base: DocumentRecord = {
  id: 'doc-1',
  title: '',
  abstract: null,
  keywords: [],
  authors: [],
  year: null,
  journal: null,
  volume: null,
  issue: null,
  pages: null,
  doi: null,
  issn: null,
  isbn: null,
  language: null,
  url: null,
  database: null,
  type: 'article',
  sourceId: '1',
  dedupeKey: 'k',
  importedAt: '2026-01-01T00:00:00Z',
  batchId: 'b',
};

const DOCS: DocumentRecord[] = [
  {
    ...base,
    id: 'doc-1',
    title: '碳纤维增强复合材料{CFRP}的 50% 成本 & $价格$ #1 下降_研究^~\\路径',
    authors: ['张三', '李四', 'Smith, John'],
    year: 2021,
    journal: '复合材料学报',
    volume: '38',
    issue: '4',
    pages: '1021-1030',
    doi: '10.13801/j.cnki.fhclxb_2021.0042',
    keywords: ['碳纤维', '复合材料', 'CFRP'],
    abstract: '第一行\nAU  - 伪造的作者\nER  - \n第二行，含 "引号"。',
    database: 'CNKI',
    url: 'https://example.org/a?b=1&c={2}',
  },
  {
    ...base,
    id: 'doc-2',
    title: '=HYPERLINK("http://evil")',
    authors: ['@王五', '-赵六'],
    year: 2019,
    keywords: ['+号关键词', '储能'],
    type: 'thesis',
    doi: null,
  },
  {
    ...base,
    id: 'doc-3',
    title: 'Lithium and sodium batteries, a review',
    authors: ['Marks and Spencer, Ltd', 'Doe, Jane'],
    year: 2024,
    doi: '10.1016/j.est.2024.110001',
    keywords: ['battery'],
    type: 'conference',
    journal: 'Proc. Energy',
  },
];

const FILE: Record<DocumentExportFormat, string> = { ris: 'export.ris', bibtex: 'export.bib', csv: 'export.csv' };

describe('document export formats', () => {
  for (const format of ['ris', 'bibtex', 'csv'] as const) {
    it(`${format}: exported records import back with the same titles, authors, years, DOIs and keywords`, () => {
      const writer = DOCUMENT_WRITERS[format];
      const text = writer.start() + DOCS.map((doc) => writer.record(doc)).join('');
      const parsed = parseLiteratureBuffer(Buffer.from(text, 'utf8'), FILE[format]);
      expect(parsed.format).toBe(format);
      expect(parsed.rejected).toEqual([]);
      const seen = parsed.records.map((r) => ({
        title: r.title,
        authors: r.authors,
        year: r.year ?? null,
        doi: r.doi ?? null,
        keywords: r.keywords,
      }));
      expect(seen).toEqual(DOCS.map((d) => ({ title: d.title, authors: d.authors, year: d.year, doi: d.doi, keywords: d.keywords })));
      expect(parsed.records.map((r) => r.type)).toEqual(['article', 'thesis', 'conference']);
    });
  }

  it('RIS keeps every value on one CRLF line, so text cannot open a tag of its own', () => {
    const ris = risRecord(DOCS[0]!);
    expect(ris.split('\r\n').filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - 张三', 'AU  - 李四', 'AU  - Smith, John']);
    expect(ris).toContain('AB  - 第一行 AU  - 伪造的作者 ER  -  第二行');
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('BibTeX escapes TeX specials and keeps braces balanced', () => {
    expect(escapeBibtex('50% & {x} $y$ #1 a_b ^ ~ \\')).toBe(
      '50\\% \\& \\{x\\} \\$y\\$ \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    const entry = bibtexRecord(DOCS[0]!);
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (entry[i - 1] === '\\') continue;
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(entry).toContain('url = {https://example.org/a?b=1&c=%7B2%7D}');
  });

  it('CSV starts with a BOM, quotes what needs it and guards cells Excel would run as formulas', () => {
    const writer = DOCUMENT_WRITERS.csv;
    const text = writer.start() + writer.record(DOCS[1]!) + writer.record(DOCS[0]!);
    expect(text.startsWith('\ufeffid,type,title,authors,')).toBe(true);
    const row = text.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`'@王五; -赵六`);
    expect(row).toContain(`'+号关键词; 储能`);
    expect(text).toContain('"第一行\nAU  - 伪造的作者');
  });
});
