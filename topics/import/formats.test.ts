import { describe, expect, it } from 'vitest';
import { parseLiteratureBuffer, type ParseLiteratureOptions } from './parse.js';
import { LiteratureFileError } from './types.js';

/**
 * The export shapes added after the findings: NoteFirst XML (CNKI, Wanfang), Wanfang's 自定义
 * export, the VIP platform's EndNote and NoteExpress variants, CNKI 自定义 fields we do not read.
 */

const parse = (name: string, text: string, options: ParseLiteratureOptions = {}) =>
  parseLiteratureBuffer(Buffer.from(text, 'utf8'), name, options);

const noteFirst = (items: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<NoteFirst xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<Items>\n${items}\n</Items>\n</NoteFirst>\n`;

describe('NoteFirst XML', () => {
  const article =
    '<Item><Type>JournalArticle</Type>' +
    '<Titles><Title Lang="en"><Text>Marine ranching</Text></Title><Title Lang="zh-CHS"><Text>海洋牧场建设</Text></Title></Titles>' +
    '<Authors><Author Lang="en"><FullName>CHEN Ming</FullName></Author><Author Lang="zh-CHS"><FullName>陈明</FullName></Author></Authors>' +
    '<Keywords><Keyword Lang="zh-CHS">海洋牧场</Keyword><Keyword Lang="en">marine ranching</Keyword><Keyword Lang="zh-CHS">生态, 效应</Keyword></Keywords>' +
    '<Media><Info Lang="en"><Title>Ocean Development</Title></Info><Info Lang="zh-CHS"><Title>海洋开发与管理</Title></Info></Media>' +
    '<Year>2019</Year><PageScope>61-66</PageScope><ISSN>1005-9857</ISSN></Item>';

  it('is recognised by its root element whatever the file is called, and read in the record’s Chinese', () => {
    const parsed = parse('export.txt', noteFirst(article), { database: 'Wanfang' });
    expect(parsed.format).toBe('notefirst');
    expect(parsed.records[0]).toMatchObject({
      title: '海洋牧场建设',
      authors: ['陈明'],
      keywords: ['海洋牧场', '生态, 效应'],
      journal: '海洋开发与管理',
      year: 2019,
      pages: '61-66',
      issn: '1005-9857',
      language: 'zh',
      type: 'article',
    });
  });

  it('takes a title written as the element’s own text, and a type given as an attribute', () => {
    const parsed = parse('x.xml', noteFirst('<Item Type="ConferencePaper"><Title>纺织品数字印花</Title><Year>2018</Year></Item>'));
    expect(parsed.records[0]).toMatchObject({ title: '纺织品数字印花', type: 'conference', year: 2018 });
  });

  it('points at the line of a record it rejects, and refuses malformed XML as a whole', () => {
    const parsed = parse('x.xml', noteFirst(`${article}\n<Item><Year>2020</Year></Item>`));
    expect(parsed.rejected).toEqual([{ line: 5, reason: 'missing title' }]);
    expect(() => parse('x.xml', '<?xml version="1.0"?>\n<NoteFirst><Items><Item></Items></NoteFirst>')).toThrow(LiteratureFileError);
  });
});

describe('Wanfang 自定义 export', () => {
  const text = [
    '标题：海洋牧场建设的生态效应评估',
    '作者：陈明;赵红',
    '刊名：海洋开发与管理',
    '年，卷（期）：2019,36(5)',
    '页码：61-66',
    '摘要：构建评估指标体系：以舟山海域为例。',
    '',
    '题名：海水养殖尾水处理工艺研究',
    '作者：刘芳',
    '学位授予单位：中国海洋大学',
    '学位年度：2020',
    '',
  ].join('\n');

  it('is recognised by its labelled lines and splits 年，卷(期) into year, volume and issue', () => {
    const parsed = parse('wanfang.txt', text);
    expect(parsed.format).toBe('wanfang-custom');
    expect(parsed.records[0]).toMatchObject({ year: 2019, volume: '36', issue: '5', journal: '海洋开发与管理', type: 'article' });
    expect(parsed.records[0]!.abstract).toBe('构建评估指标体系：以舟山海域为例。');
  });

  it('tells a thesis by its 学位授予单位 line and does not take the university as a journal', () => {
    const parsed = parse('wanfang.txt', text);
    expect(parsed.records[1]).toMatchObject({ title: '海水养殖尾水处理工艺研究', type: 'thesis', year: 2020 });
    expect(parsed.records[1]!.journal).toBeUndefined();
  });
});

describe('VIP platform variants', () => {
  it('reads EndNote tags written with a colon (%@: 1003-3025) instead of running them into the field before', () => {
    const parsed = parse(
      'vip.txt',
      ['%0 Journal Article', '%A 沈强', '%+: 嘉兴职业技术学院', '%@: 1003-3025', '%T 毛衫产业集群数字化升级路径', ''].join('\n'),
    );
    expect(parsed.records[0]).toMatchObject({ authors: ['沈强'], issn: '1003-3025', title: '毛衫产业集群数字化升级路径' });
  });

  it('splits a space-separated list of Chinese keywords, but keeps a Latin phrase whole', () => {
    const parsed = parse(
      'vip.txt',
      ['%0 Journal Article', '%T 毛衫', '%K 毛衫 产业集群 数字化 ', '', '%0 Journal Article', '%T Knit', '%K machine learning', ''].join(
        '\n',
      ),
    );
    expect(parsed.records.map((r) => r.keywords)).toEqual([['毛衫', '产业集群', '数字化'], ['machine learning']]);
  });

  it('takes a Generic record whose notes carry a standard number for a standard', () => {
    const endnote = parse('vip.txt', ['%0 Legal Rule or Regulation', '%Z FZ/T 73018-2021', '%T 毛针织品', ''].join('\n'));
    const noteExpress = parse('vip.txt', ['{Reference Type}: Generic', '{Title}: 毛针织品', '{Notes}: GB/T 3920-2008', ''].join('\n'));
    const notAStandard = parse('vip.txt', ['{Reference Type}: Generic', '{Title}: 毛针织品', '{Notes}: CN 33-1012/F', ''].join('\n'));
    expect([endnote, noteExpress, notAStandard].map((p) => p.records[0]!.type)).toEqual(['standard', 'standard', 'other']);
  });
});

describe('CNKI 自定义 export', () => {
  it('reads a Tag-标签 line it does not know as a field of its own, not as more of the field before', () => {
    const parsed = parse(
      'cnki.txt',
      [
        'DataType: 8',
        'Title-题名: 一种碳纤维复合材料的制备方法',
        'Applicant-申请人: 浙江某某新材料有限公司',
        'SrcDatabase-来源库: 中国专利',
        '',
      ].join('\n'),
    );
    expect(parsed.records[0]).toMatchObject({ title: '一种碳纤维复合材料的制备方法', type: 'patent' });
  });
});
