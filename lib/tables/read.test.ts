import { describe, expect, it } from 'vitest';
import { readTable, SpreadsheetError } from './read.js';
import { handMadeZip, ole2File, workbook } from './testing.js';

describe('readTable', () => {
  it('reads the first sheet (or the named one) with dates, numbers and rich text as typed text', async () => {
    const bytes = await workbook({
      项目: [
        ['名称', '开始日期', '人数', '比例', '说明'],
        ['碳纤维中试线', new Date(Date.UTC(2024, 2, 1)), 12, 0.1 + 0.2, { richText: [{ text: '一期' }, { text: '工程' }] }],
        [],
        ['光伏', null, 3.5, true, { text: '链接', hyperlink: 'https://example.org' }],
      ],
      其他: [['name'], ['x']],
    });
    const table = await readTable(bytes, 'p.xlsx');
    expect(table).toMatchObject({ format: 'xlsx', sheet: '项目', header: ['名称', '开始日期', '人数', '比例', '说明'] });
    expect(table.rows).toEqual([
      { line: 2, cells: ['碳纤维中试线', '2024-03-01', '12', '0.3', '一期工程'] },
      { line: 4, cells: ['光伏', '', '3.5', 'true', '链接'] },
    ]);
    expect((await readTable(bytes, 'p.xlsx', { sheet: '其他' })).rows).toEqual([{ line: 2, cells: ['x'] }]);
    await expect(readTable(bytes, 'p.xlsx', { sheet: '没有' })).rejects.toThrow('no sheet "没有"; the workbook has 项目, 其他');
  });

  it('reads CSV in UTF-8 with BOM and in GBK, with line numbers of multi-line rows', async () => {
    const utf8 = await readTable(Buffer.from('\ufeffname,description\n甲,"两\n行"\n乙,x\n'), 'a.csv');
    expect(utf8.rows).toEqual([
      { line: 3, cells: ['甲', '两\n行'] },
      { line: 4, cells: ['乙', 'x'] },
    ]);
    const iconv = (await import('iconv-lite')).default;
    const gbk = await readTable(iconv.encode('姓名,职务\n张三,总经理\n', 'gbk'), 'b.csv');
    expect(gbk.header).toEqual(['姓名', '职务']);
    expect(gbk.rows[0]!.cells).toEqual(['张三', '总经理']);
  });

  it('refuses old, encrypted, damaged and bomb workbooks with one line each', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [ole2File(false), 'old.xls', /old binary \.xls\/\.et workbook; save it as \.xlsx/],
      [ole2File(false), 'wps.et', /old binary \.xls\/\.et workbook/],
      [ole2File(true), 'secret.xlsx', /password-protected/],
      [(await workbook({ a: [['name'], ['x']] })).subarray(0, 400), 'cut.xlsx', /damaged/],
      [Buffer.from('name\nx\n'), 'text.xlsx', /not an \.xlsx workbook/],
      [
        handMadeZip([
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
        ]),
        'bomb.xlsx',
        /inflates \d+× \(a zip bomb\?\)/,
      ],
      [
        handMadeZip([
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 100 },
        ]),
        'liar.xlsx',
        /inflates past its declared size/,
      ],
    ];
    for (const [bytes, name, message] of cases) {
      const error = await readTable(bytes, name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(SpreadsheetError);
      expect((error as Error).message, name).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
