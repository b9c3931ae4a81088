import { describe, expect, it } from 'vitest';
import {
  findDocumentNumbers,
  findRelations,
  labelledFields,
  parseChineseDate,
  parseDocumentNumber,
  parseValidity,
} from './policy-fields.js';

describe('发文字号', () => {
  it('reads every common bracket form and normalises to 〔〕', () => {
    expect(parseDocumentNumber('嘉政办发〔2024〕12号')).toBe('嘉政办发〔2024〕12号');
    expect(parseDocumentNumber('国发[2023]5号')).toBe('国发〔2023〕5号');
    expect(parseDocumentNumber('浙政办发（2022）3号')).toBe('浙政办发〔2022〕3号');
    expect(parseDocumentNumber('嘉经信发(2021)045号')).toBe('嘉经信发〔2021〕45号');
    expect(parseDocumentNumber('海政发［2020］7号')).toBe('海政发〔2020〕7号');
    expect(parseDocumentNumber('桐政办发【2019】 18 号')).toBe('桐政办发〔2019〕18号');
    expect(parseDocumentNumber('没有文号的通知')).toBeNull();
  });

  it('keeps the abbreviation, not the words before it, and lists each number once', () => {
    expect(findDocumentNumbers('根据国办发〔2018〕128号和浙政发[2019]2号文件精神，参照国办发〔2018〕128号')).toEqual([
      '国办发〔2018〕128号',
      '浙政发〔2019〕2号',
    ]);
  });
});

describe('dates', () => {
  it('reads Chinese and numeric forms', () => {
    expect(parseChineseDate('2024年3月5日')).toBe('2024-03-05');
    expect(parseChineseDate('发布日期：2024-03-08')).toBe('2024-03-08');
    expect(parseChineseDate('2024.03.05')).toBe('2024-03-05');
    expect(parseChineseDate('2024/3/5')).toBe('2024-03-05');
    expect(parseChineseDate('2024年2月30日')).toBeNull();
    expect(parseChineseDate('')).toBeNull();
  });
});

describe('validity', () => {
  const today = '2026-12-01';
  it('takes the explicit field first', () => {
    expect(parseValidity('废止', '', today).validity).toBe('废止');
    expect(parseValidity('失效', '', today).validity).toBe('失效');
  });

  it('reads effective and expiry dates from the text', () => {
    const info = parseValidity('有效', '本意见自2024年4月1日起施行，有效期至2026年12月31日。', today);
    expect(info).toEqual({ validity: '有效', effectiveDate: '2024-04-01', expiryDate: '2026-12-31' });
    const years = parseValidity(null, '本办法自2020年1月1日起实施，有效期3年。', today);
    expect(years.effectiveDate).toBe('2020-01-01');
    expect(years.expiryDate).toBe('2022-12-31');
    expect(years.validity).toBe('失效');
  });
});

describe('relations', () => {
  it('finds repeals, replacements and amendments with the documents they name', () => {
    const text =
      '本意见自2024年4月1日起施行。《嘉兴市人民政府办公室关于促进光伏产业发展的若干意见》（嘉政办发[2020]5号）同时废止。' +
      '原《嘉兴市科技创新券管理办法》停止执行。' +
      '对《嘉兴市人才新政实施细则》作如下修改。';
    expect(findRelations(text)).toEqual([
      { kind: 'REPEALS', documentNumber: '嘉政办发〔2020〕5号', title: null },
      { kind: 'REPLACES', documentNumber: null, title: '嘉兴市科技创新券管理办法' },
      { kind: 'AMENDS', documentNumber: null, title: '嘉兴市人才新政实施细则' },
    ]);
  });

  it('does not take a cited basis for a relation', () => {
    expect(findRelations('根据《国务院关于促进光伏产业健康发展的若干意见》（国发〔2013〕24号），结合我市实际，制定本意见。')).toEqual([]);
  });
});

describe('labelled fields', () => {
  it('reads label：value lines', () => {
    expect(labelledFields('发布机构：嘉兴市人民政府办公室\n文号：嘉政办发〔2024〕12号\n成文日期：2024-03-05\n有效性：有效')).toEqual({
      issuer: '嘉兴市人民政府办公室',
      documentNumber: '嘉政办发〔2024〕12号',
      writtenDate: '2024-03-05',
      validity: '有效',
    });
  });
});
