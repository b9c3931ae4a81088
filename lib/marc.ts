import { Readable } from 'node:stream';
import { Marc, type MarcField, type Record as MarcRecord } from 'marcjs';

/**
 * Bibliographic records from an ILS export, ISO 2709 or MARCXML, read by `marcjs`. CNMARC is
 * the Chinese libraries' format (010 $a ISBN, $b binding, $d price such as CNY79.00; 200 $a title,
 * $f responsibility; 210 $c publisher, $d year; 690 $a 中图法 class; 701/702 $a names; 905 one
 * field per local copy); MARC 21's 020/245/100/264 are read where CNMARC's fields are absent.
 */
export interface MarcBook {
  /** 1-based position of the record in the file. */
  record: number;
  isbn: string | null;
  price: string | null;
  binding: string | null;
  title: string | null;
  authors: string[];
  publisher: string | null;
  year: number | null;
  clcClass: string | null;
  volume: string | null;
  /** Local copies (905 fields); 1 when the record lists none. */
  copies: number;
}

export type MarcFormat = 'iso2709' | 'marcxml';

export function detectMarcFormat(bytes: Uint8Array): MarcFormat {
  const head = Buffer.from(bytes.subarray(0, 200))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<') ? 'marcxml' : 'iso2709';
}

export async function readMarc(bytes: Uint8Array, format: MarcFormat = detectMarcFormat(bytes)): Promise<MarcBook[]> {
  const parser = Marc.createStream(format === 'marcxml' ? 'Marcxml' : 'Iso2709', 'Parser');
  const records: MarcRecord[] = [];
  await new Promise<void>((resolve, reject) => {
    parser.on('data', (record: MarcRecord) => records.push(record));
    parser.on('end', resolve);
    parser.on('error', reject);
    Readable.from([Buffer.from(bytes)]).pipe(parser);
  });
  return records.map((record, index) => toBook(record, index + 1));
}

const subfields = (field: MarcField): [code: string, value: string][] => {
  const pairs: [string, string][] = [];
  for (let i = 2; i + 1 < field.length; i += 2) pairs.push([field[i]!, field[i + 1]!]);
  return pairs;
};

function first(record: MarcRecord, tag: string, code: string): string | null {
  for (const field of record.fields)
    if (field[0] === tag) for (const [c, value] of subfields(field)) if (c === code && value.trim()) return value.trim();
  return null;
}

function all(record: MarcRecord, tags: string[], code: string): string[] {
  const values: string[] = [];
  for (const field of record.fields)
    if (tags.includes(field[0]!)) for (const [c, value] of subfields(field)) if (c === code && value.trim()) values.push(value.trim());
  return values;
}

function toBook(record: MarcRecord, position: number): MarcBook {
  const year = first(record, '210', 'd') ?? first(record, '264', 'c') ?? first(record, '260', 'c');
  const names = all(record, ['701', '702', '711'], 'a');
  const responsibility = first(record, '200', 'f') ?? first(record, '100', 'a');
  return {
    record: position,
    isbn: first(record, '010', 'a') ?? first(record, '020', 'a'),
    price: first(record, '010', 'd') ?? first(record, '020', 'c'),
    binding: first(record, '010', 'b'),
    title: first(record, '200', 'a') ?? first(record, '245', 'a')?.replace(/[\s/:;]+$/, '') ?? null,
    authors: names.length > 0 ? names : responsibility ? [responsibility] : [],
    publisher: first(record, '210', 'c') ?? first(record, '264', 'b') ?? first(record, '260', 'b'),
    year: year && /\d{4}/.test(year) ? Number(/\d{4}/.exec(year)![0]) : null,
    clcClass: first(record, '690', 'a'),
    volume: first(record, '200', 'h'),
    copies: Math.max(1, record.fields.filter((field) => field[0] === '905').length),
  };
}
