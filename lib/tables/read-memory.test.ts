import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A large legal workbook in a process with a small heap: the sheet is streamed and reading stops
 * at the row cap, so it is refused with one line instead of exhausting memory (loading the whole
 * workbook needs several times the heap given here).
 */

const ROWS = 30_000;
const HEAP_MB = 96;

describe('readTable on a workbook far over the row cap', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hechuang-big-xlsx-'));
    file = path.join(dir, 'people.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const sheet = writer.addWorksheet('人物');
    sheet.addRow(['姓名', '职务', '单位', '产业', '地区', '开始日期', '人数', '备注']).commit();
    for (let i = 0; i < ROWS; i += 1) {
      sheet
        .addRow([`人物${i}`, '工程师', '嘉兴某新材料有限公司', '新材料', '海宁', new Date(Date.UTC(2024, 0, 1 + (i % 300))), i, i % 7])
        .commit();
    }
    sheet.commit();
    await writer.commit();
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(`is refused at 10,000 rows within a ${HEAP_MB} MB heap`, { timeout: 120_000 }, () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { readTable } from ${JSON.stringify(path.join(import.meta.dirname, 'read.ts'))};
      try {
        await readTable(readFileSync(${JSON.stringify(file)}), 'people.xlsx', { maxRows: 10000 });
        console.log('read whole');
      } catch (error) {
        console.log('refused: ' + error.message);
      }`;
    const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(child.stderr).not.toMatch(/heap out of memory/);
    expect(child.stdout.trim()).toBe('refused: more than 10000 rows; at most 10000 per file');
    expect(child.status).toBe(0);
  });
});
