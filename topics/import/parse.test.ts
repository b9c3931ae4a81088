import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseLiteratureBuffer } from './parse.js';
import type { LiteratureEncoding, LiteratureFormat } from './types.js';

/**
 * Every export format in every encoding a librarian's file arrives in, and a broken record in
 * each format: parsed from the UTF-8 fixtures re-encoded in memory, compared with the UTF-8 parse.
 */

const FORMATS: [LiteratureFormat, string][] = [
  ['ris', 'cnki.ris'],
  ['enw', 'wanfang.enw'],
  ['endnote-xml', 'endnote.xml'],
  ['refworks', 'vip-refworks.txt'],
  ['noteexpress', 'cnki-noteexpress.txt'],
  ['bibtex', 'library.bib'],
  ['csv', 'export.csv'],
  ['tsv', 'export.tsv'],
];

const ENCODINGS: { name: string; encode: (text: string) => Buffer; detected: LiteratureEncoding }[] = [
  { name: 'UTF-8', encode: (text) => Buffer.from(text, 'utf8'), detected: 'utf-8' },
  {
    name: 'UTF-8 with BOM',
    encode: (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    detected: 'utf-8-bom',
  },
  { name: 'GBK', encode: (text) => iconv.encode(text, 'gbk'), detected: 'gb18030' },
  { name: 'GB18030', encode: (text) => iconv.encode(text, 'gb18030'), detected: 'gb18030' },
];

const fixtureText = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe.each(FORMATS)('%s (%s)', (format, name) => {
  const text = fixtureText(name);
  const reference = parseLiteratureBuffer(Buffer.from(text, 'utf8'), name);

  it('parses the UTF-8 fixture completely', () => {
    expect(reference.format).toBe(format);
    expect(reference.records).toHaveLength(20);
    expect(reference.rejected).toEqual([]);
    expect(reference.records.every((r) => /\p{Script=Han}/u.test(r.title) && r.authors.length > 0 && r.year)).toBe(true);
  });

  it.each(ENCODINGS)('reads it in $name with the same records', ({ encode, detected, name: encodingName }) => {
    const bytes = encode(text);
    if (encodingName === 'GBK') expect(iconv.decode(bytes, 'gbk')).toBe(text);
    const parsed = parseLiteratureBuffer(bytes, name);
    expect(parsed.encoding).toBe(detected);
    expect(parsed.format).toBe(format);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records).toEqual(reference.records);
  });

  it.each(ENCODINGS)('in $name, rejects a record without a title alone, with its line', ({ encode }) => {
    const victim = reference.records[2]!;
    const lines = text.split('\n');
    const at = lines.findIndex((line, index) => index >= victim.line - 1 && line.includes(victim.title));
    expect(at).toBeGreaterThanOrEqual(victim.line - 1);
    lines[at] = lines[at]!.replace(victim.title, '');
    const parsed = parseLiteratureBuffer(encode(lines.join('\n')), name);
    expect(parsed.rejected).toEqual([{ line: victim.line, reason: 'missing title' }]);
    expect(parsed.records).toEqual(reference.records.filter((r) => r !== victim));
  });
});
