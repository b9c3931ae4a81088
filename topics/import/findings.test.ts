import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dedupeKey, dedupeWithin, titleKey } from './dedupe.js';
import { parseLiteratureBuffer } from './parse.js';
import type { ParseLiteratureOptions } from './parse.js';

/**
 * One test per finding of issue 16, each from a record in the shape the real exports have
 * (hand-written here, not copied from any export).
 */

const parse = (name: string, text: string, options: ParseLiteratureOptions = {}) =>
  parseLiteratureBuffer(Buffer.from(text, 'utf8'), name, options);
const only = (name: string, text: string, options: ParseLiteratureOptions = {}) => {
  const parsed = parse(name, text, options);
  expect(parsed.rejected).toEqual([]);
  expect(parsed.records).toHaveLength(1);
  return { parsed, record: parsed.records[0]! };
};

describe('1. CNKI RefWorks theses and conference papers', () => {
  const thesis = [
    'RT Dissertation/Thesis',
    'A1林行众',
    'AD 浙江大学',
    'T1 基于深度学习的纺织品瑕疵检测方法研究',
    'YR 2021',
    'PB 浙江大学',
    'K1 瑕疵检测;深度学习;纺织品',
    'AB 针对纺织品表面瑕疵检测效率低的问题，提出一种基于改进YOLO的检测方法。',
    'LA 中文;',
    'DS CNKI',
    '',
  ].join('\n');

  it('reads an author glued to its tag (A1林行众) and warns about it', () => {
    const { parsed, record } = only('cnki-refworks.txt', thesis);
    expect(record.authors).toEqual(['林行众']);
    expect(record.title).toBe('基于深度学习的纺织品瑕疵检测方法研究');
    expect(parsed.warnings).toContainEqual({ line: 2, message: expect.stringContaining('A1') as string });
  });

  it('maps RT Dissertation/Thesis and RT Conference Proceeding', () => {
    expect(only('t.txt', thesis).record.type).toBe('thesis');
    const conference = thesis.replace('RT Dissertation/Thesis', 'RT Conference Proceeding');
    expect(only('c.txt', conference).record.type).toBe('conference');
  });
});

describe('2. three-letter tags', () => {
  it('stores a CNKI yearbook URL line as the URL, not as keywords', () => {
    const { record } = only(
      'cnki-yearbook.txt',
      [
        'RT Yearbook',
        'A1 嘉兴市统计局',
        'T1 嘉兴市纺织工业发展概况',
        'JF 嘉兴年鉴',
        'YR 2022',
        'K1 纺织工业;产业集群',
        'URL https://kns.cnki.net/kcms2/article/abstract?v=3uoqIhG8C44&amp;uniplatform=NZKPT&amp;language=CHS',
        'DS CNKI',
        '',
      ].join('\n'),
    );
    expect(record.keywords).toEqual(['纺织工业', '产业集群']);
    expect(record.url).toBe('https://kns.cnki.net/kcms2/article/abstract?v=3uoqIhG8C44&uniplatform=NZKPT&language=CHS');
    expect(record.type).toBe('yearbook');
  });
});

const endnoteXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><xml><records>${body}</records></xml>`;

describe('3. EndNote XML', () => {
  it('maps the numeric ref-type and decodes character references', () => {
    const types: [number, string][] = [
      [17, 'article'],
      [32, 'thesis'],
      [10, 'conference'],
      [47, 'conference'],
      [6, 'book'],
      [5, 'chapter'],
      [23, 'newspaper'],
      [25, 'patent'],
      [27, 'report'],
    ];
    const records = types
      .map(
        ([number], i) =>
          `<record><rec-number>${i + 1}</rec-number><ref-type name="x">${number}</ref-type>` +
          `<contributors><authors><author><style face="normal">王${i}</style></author></authors></contributors>` +
          `<titles><title><style face="normal">标题${i}&#xD;</style></title></titles>` +
          `<isbn><style face="normal">1000-0054&#xD;</style></isbn><dates><year>2020</year></dates></record>`,
      )
      .join('');
    const parsed = parse('export.xml', endnoteXml(records));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records.map((r) => r.type)).toEqual(types.map(([, type]) => type));
    expect(parsed.records[0]!.title).toBe('标题0');
    expect(parsed.records[0]!.issn).toBe('1000-0054');
    expect(parsed.warnings).toEqual([]);
  });
});

describe('4. surname-first foreign names', () => {
  const ris = (author: string, id: string) =>
    [
      'TY  - JOUR',
      `ID  - ${id}`,
      `AU  - ${author}`,
      'TI  - Fear conditioning in aged mice',
      'PY  - 2019',
      'JO  - Neurobiology of Aging',
      'ER  - ',
      '',
    ].join('\n');

  it('keeps Raber Jacob surname first and sees both spellings as one work', () => {
    const parsed = parse('mixed.ris', ris('Raber Jacob', 'a') + ris('Raber, Jacob', 'b'));
    expect(parsed.records.map((r) => r.authors)).toEqual([['Raber, Jacob'], ['Raber, Jacob']]);
    const { unique, duplicates } = dedupeWithin(parsed.records);
    expect(unique).toHaveLength(1);
    expect(duplicates).toHaveLength(1);
  });
});

describe('5. keywords given one per element', () => {
  it('does not split an EndNote XML keyword on its comma', () => {
    const parsed = parse(
      'pubmed.xml',
      endnoteXml(
        '<record><ref-type>17</ref-type><titles><title>Sleep in the oldest old</title></titles>' +
          '<keywords><keyword>Aged, 80 and over</keyword><keyword>Humans</keyword></keywords></record>',
      ),
    );
    expect(parsed.records[0]!.keywords).toEqual(['Aged, 80 and over', 'Humans']);
  });

  it('does not split RIS KW lines on commas', () => {
    const { record } = only('k.ris', ['TY  - JOUR', 'TI  - Sleep', 'KW  - Aged, 80 and over', 'KW  - Humans', 'ER  - ', ''].join('\n'));
    expect(record.keywords).toEqual(['Aged, 80 and over', 'Humans']);
  });
});

describe('6. full-width DOI', () => {
  it('normalises a Wanfang DOI with full-width characters (NFKC) before validating', () => {
    const { parsed, record } = only(
      'wanfang.txt',
      [
        '{Reference Type}: Journal Article',
        '{Title}: 海洋牧场建设的生态效应评估',
        '{Author}: 陈明;',
        '{Journal}: 海洋开发与管理',
        '{Year}: 2019',
        '{DOI}: 10.3969／j.issn.1672－187X.2019.05.012',
        '',
      ].join('\n'),
    );
    expect(record.doi).toBe('10.3969/j.issn.1672-187x.2019.05.012');
    expect(parsed.warnings).toEqual([]);
  });
});

describe('7. CNKI markup in abstracts', () => {
  const withAbstract = (abstract: string) =>
    only('a.txt', ['RT Journal Article', 'A1 张三', 'T1 标题', 'YR 2020', `AB ${abstract}`, ''].join('\n')).record.abstract;

  it('removes (#br), a leading Abstract(#br) and ‹正>/<正>', () => {
    expect(withAbstract('第一段。(#br)第二段。')).toBe('第一段。 第二段。');
    expect(withAbstract('Abstract(#br)This paper studies carbon fibre.')).toBe('This paper studies carbon fibre.');
    expect(withAbstract('‹正>本文讨论了嘉兴的产业结构。')).toBe('本文讨论了嘉兴的产业结构。');
    expect(withAbstract('<正>本文讨论了嘉兴的产业结构。')).toBe('本文讨论了嘉兴的产业结构。');
  });
});

describe('8. files refused whole', () => {
  const estudy = [
    'DataType: 1',
    'Title-题名: 嘉兴市时尚产业数字化转型路径研究',
    'Author-作者: 周伟;钱丽;',
    'Source-刊名: 浙江经济',
    'Year-年: 2023',
    'PubTime-出版时间: 2023-05-20',
    'Keyword-关键词: 时尚产业;数字化转型;嘉兴',
    'Summary-摘要: 分析嘉兴时尚产业的数字化现状。',
    'Period-期: 05',
    'PageCount-页数: 3',
    'Page-页码: 44-46',
    'SrcDatabase-来源库: 期刊',
    'Organ-机构: 嘉兴学院;',
    'Link-链接: https://kns.cnki.net/kcms2/article/abstract?v=abc&uniplatform=NZKPT',
    '',
    '',
    'DataType: 2',
    'Title-题名: 毛衫产业集群升级研究',
    'Author-作者: 沈强;',
    'Source-学位授予单位: 浙江理工大学',
    'Year-年: 2020',
    'Keyword-关键词: 毛衫;产业集群',
    'SrcDatabase-来源库: 硕士',
    '',
  ].join('\n');

  it('detects and reads the CNKI E-Study / 自定义 export', () => {
    const parsed = parse('CNKI-638000000000000000.txt', estudy);
    expect(parsed.format).toBe('cnki-estudy');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]).toMatchObject({
      title: '嘉兴市时尚产业数字化转型路径研究',
      authors: ['周伟', '钱丽'],
      journal: '浙江经济',
      year: 2023,
      issue: '05',
      pages: '44-46',
      keywords: ['时尚产业', '数字化转型', '嘉兴'],
      abstract: '分析嘉兴时尚产业的数字化现状。',
      type: 'article',
      line: 1,
    });
    expect(parsed.records[1]).toMatchObject({ title: '毛衫产业集群升级研究', type: 'thesis', authors: ['沈强'], line: 17 });
  });

  it('reads a RefWorks export that starts with its legend header, rejecting nothing', () => {
    const legend = [
      'RefWorks Tagged Format',
      '字段说明（Field Legend）：',
      ...Array.from(
        { length: 30 },
        (_, i) => `  ${['RT=Reference Type', 'A1=Primary Authors', 'T1=Primary Title', 'JF=Periodical Full'][i % 4]}`,
      ),
      '',
    ];
    const text = [...legend, 'RT Journal Article', 'A1 张三', 'T1 标题', 'JF 期刊', 'YR 2020', ''].join('\n');
    const detected = parse('refworks.txt', text);
    expect(detected.format).toBe('refworks');
    expect(detected.rejected).toEqual([]);
    expect(detected.records).toHaveLength(1);
    const forced = parse('refworks.txt', text, { format: 'refworks' });
    expect(forced.rejected).toEqual([]);
  });
});

describe('9. smaller findings', () => {
  it('keeps the page range of a conference paper, not its page count', () => {
    const { record } = only(
      'c.txt',
      ['RT Conference Proceeding', 'A1 王五', 'T1 会议论文', 'YR 2018', 'SP 127-131', 'OP 5', 'DS CNKI', ''].join('\n'),
    );
    expect(record.pages).toBe('127-131');
  });

  it('never lets a CNKI sub-library DB line replace the --database given', () => {
    const { record } = only('s.txt', ['RT Generic', 'A1 王五', 'T1 科技成果', 'YR 2018', 'DB 科技成果', ''].join('\n'), {
      database: 'CNKI',
    });
    expect(record.database).toBe('CNKI');
  });

  it('keeps the BibTeX keyword order', () => {
    const { record } = only(
      'k.bib',
      '@article{k1, title = {碳纤维复合材料的界面改性}, author = {李四}, year = {2020}, keywords = {界面, 碳纤维, 复合材料, 改性}}\n',
    );
    expect(record.keywords).toEqual(['界面', '碳纤维', '复合材料', '改性']);
  });
});

describe('issue 15 item 7: long titles', () => {
  it('bounds the indexed keys of a record with a 9 KB title', () => {
    const record = { title: '长'.repeat(3000), authors: ['张三'], year: 2020 };
    expect(Buffer.byteLength(titleKey(record))).toBeLessThanOrEqual(512);
    expect(Buffer.byteLength(dedupeKey(record))).toBeLessThanOrEqual(520);
    expect(titleKey(record)).not.toBe(titleKey({ ...record, title: `${'长'.repeat(2999)}短` }));
  });

  it('rejects only the record whose title is 9 KB, with its reason', () => {
    const text = ['TY  - JOUR', `TI  - ${'长'.repeat(3000)}`, 'ER  - ', 'TY  - JOUR', 'TI  - 正常标题', 'ER  - ', ''].join('\n');
    const parsed = parse('long.ris', text);
    expect(parsed.records.map((r) => r.title)).toEqual(['正常标题']);
    expect(parsed.rejected).toEqual([{ line: 1, reason: expect.stringContaining('title') as string }]);
  });
});

describe('GBK E-Study', () => {
  it('reads a GBK copy the same', () => {
    const text = 'DataType: 1\nTitle-题名: 嘉兴\nAuthor-作者: 周伟;\nYear-年: 2023\n';
    const parsed = parseLiteratureBuffer(iconv.encode(text, 'gbk'), 'x.txt');
    expect(parsed.records[0]).toMatchObject({ title: '嘉兴', authors: ['周伟'], year: 2023 });
  });
});

describe('GB/T 7714 reference lists (CNKI 查新, Wanfang 参考文献)', () => {
  it('splits Latin author lists on commas and reads 摘要/关键词 lines', () => {
    const { record } = only(
      'chaxin.txt',
      [
        '[1]RABER J, ROSI S.Fear conditioning in aged mice[J].Neurobiology of Aging,2019,84:112-120.',
        '摘要:Aged mice fear less.',
        '关键词:fear;aging',
        '',
      ].join('\n'),
    );
    expect(record).toMatchObject({
      authors: ['RABER, J', 'ROSI, S'],
      title: 'Fear conditioning in aged mice',
      journal: 'Neurobiology of Aging',
      volume: '84',
      pages: '112-120',
      abstract: 'Aged mice fear less.',
      keywords: ['fear', 'aging'],
      type: 'article',
    });
  });
});
