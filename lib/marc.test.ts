import { describe, expect, it } from 'vitest';
import { Marc, Record } from 'marcjs';
import { detectMarcFormat, readMarc } from './marc.js';

function cnmarc(isbn: string, title: string, price: string, clc: string, copies: number): Record {
  const record = new Record();
  record.append(['001', `rec-${isbn}`]);
  record.append(['010', '  ', 'a', isbn, 'b', '平装', 'd', price]);
  record.append(['200', '1 ', 'a', title, 'f', '余华著']);
  record.append(['210', '  ', 'a', '北京', 'c', '作家出版社', 'd', '2021']);
  record.append(['690', '  ', 'a', clc, 'v', '5']);
  for (let i = 0; i < copies; i += 1) record.append(['905', '  ', 'a', 'JXLIB', 'b', `B${i}`]);
  return record;
}

describe('MARC records', () => {
  const records = [
    cnmarc('978-7-5063-6542-8', '活着', 'CNY45.00', 'I247.57', 3),
    cnmarc('7-02-000220-X', '红楼梦', 'CNY59.70', 'I242.4', 0),
  ];

  it('reads CNMARC ISBN, price, class and copies from ISO 2709 (UTF-8, byte offsets)', async () => {
    const bytes = Buffer.from(records.map((r) => Marc.format(r, 'iso2709')).join(''), 'utf8');
    expect(detectMarcFormat(bytes)).toBe('iso2709');
    const books = await readMarc(bytes);
    expect(books).toHaveLength(2);
    expect(books[0]).toMatchObject({
      record: 1,
      isbn: '978-7-5063-6542-8',
      price: 'CNY45.00',
      binding: '平装',
      title: '活着',
      authors: ['余华著'],
      publisher: '作家出版社',
      year: 2021,
      clcClass: 'I247.57',
      copies: 3,
    });
    expect(books[1]).toMatchObject({ isbn: '7-02-000220-X', copies: 1, title: '红楼梦' });
  });

  it('reads the same from MARCXML', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n${records
      .map((r) =>
        Marc.format(r, 'marcxml')
          .replace(/<\?xml[^>]*>/, '')
          .replace(/<\/?collection[^>]*>/g, ''),
      )
      .join('\n')}\n</collection>`;
    const bytes = Buffer.from(xml, 'utf8');
    expect(detectMarcFormat(bytes)).toBe('marcxml');
    const books = await readMarc(bytes);
    expect(books.map((b) => [b.isbn, b.price, b.clcClass, b.copies])).toEqual([
      ['978-7-5063-6542-8', 'CNY45.00', 'I247.57', 3],
      ['7-02-000220-X', 'CNY59.70', 'I242.4', 1],
    ]);
  });
});
