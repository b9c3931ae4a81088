import { emptyRaw, type RawParse, type RawRecord } from './types.js';

/**
 * Reference lists in GB/T 7714 (文后参考文献著录规则), as CNKI's 查新（引文格式）export and
 * Wanfang's 参考文献 export write them, one numbered reference per record:
 *   [1]张伟,李静.嘉兴市新能源汽车产业集群发展路径研究[J].浙江经济,2023,41(05):44-47.DOI:10.…
 *   [2]林行众.基于深度学习的纺织品瑕疵检测方法研究[D].浙江理工大学,2021.
 *   [3]王五,陈六.纺织品数字印花色彩管理技术[C]//2018中国纺织学术年会论文集.2018:127-131.
 * Lines after a reference that start with 摘要/关键词 (the 自定义 variants) belong to it.
 */

/** The document type codes of GB/T 7714 → names the normaliser knows. */
const CODES: Record<string, string> = {
  J: 'journal article',
  D: 'thesis',
  C: 'conference paper',
  N: 'newspaper article',
  M: 'book',
  S: 'standard',
  P: 'patent',
  R: 'report',
  A: 'book section',
  G: 'book',
};

const START = /^\s*(?:\[\d+\]|［\d+］|\d+[.、])\s*/;
export const GBT7714_LINE = /^\s*(?:\[\d+\]|［\d+］)\s*\S.*\[(?:J|D|C|N|M|S|P|R|A|G)(?:\/OL)?\]/;
const EXTRA = /^\s*(摘要|关键词|关键字|Abstract|Keywords?)\s*[:：]\s*(.*)$/i;

export function parseGbt7714(text: string): RawParse {
  const records: RawRecord[] = [];
  const rejected: RawParse['rejected'] = [];
  let headerLines = 0;
  let current: { line: number; text: string; extras: [string, string][] } | undefined;
  const finish = () => {
    if (!current) return;
    const raw = toRaw(current.line, current.text, current.extras);
    if (raw) records.push(raw);
    else rejected.push({ line: current.line, reason: 'not a GB/T 7714 reference: no type code such as [J], [D], [C] after the title' });
    current = undefined;
  };
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (!line.trim()) return;
    if (START.test(line)) {
      finish();
      current = { line: index + 1, text: line.replace(START, '').trim(), extras: [] };
      return;
    }
    if (!current) {
      headerLines += 1;
      return;
    }
    const extra = EXTRA.exec(line);
    if (extra) current.extras.push([extra[1]!.toLowerCase(), extra[2]!]);
    else if (current.extras.length) current.extras[current.extras.length - 1]![1] += line.trim();
    else current.text += line.trim();
  });
  finish();
  return { records, rejected, headerLines };
}

function toRaw(line: number, reference: string, extras: [string, string][]): RawRecord | null {
  const coded = /\[([A-Z])(?:\/OL)?\]/.exec(reference);
  if (!coded) return null;
  const raw = emptyRaw(line);
  raw.type = CODES[coded[1]!] ?? coded[1];
  const head = reference.slice(0, coded.index);
  let rest = reference.slice(coded.index + coded[0].length);
  const doi = /\bDOI[:：]\s*(\S+?)\.?\s*$/i.exec(rest);
  if (doi) {
    raw.doi = doi[1];
    rest = rest.slice(0, doi.index);
  }
  // Authors end at the first full stop; a reference without authors starts with its title.
  const stop = head.search(/[.．。]/);
  const authors = stop === -1 ? '' : head.slice(0, stop);
  let title = (stop === -1 ? head : head.slice(stop + 1)).trim();
  // GB/T 7714 separates names by commas and writes none inside a name (RABER J, ROSI S).
  if (authors) raw.authors = authors.replace(/[,，]\s*(?:等|et al)\.?$/i, '').split(/[,，]/);
  // Standards and patents put their number after the title: 纺织品…:GB/T 3920-2008, …:CN111234567A.
  if (/^[SP]$/.test(coded[1]!)) title = title.replace(/[:：]\s*[A-Z][A-Z/\s]*[\dA-Z.\-—]+$/, '').trim();
  raw.title = title;
  const year = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(rest);
  if (year) raw.date = year[1];
  const body = rest.replace(/^\s*(?:\/\/|[.．])\s*/, '');
  switch (coded[1]) {
    case 'J': {
      const match = /^([^,，]+)[,，]\s*\d{4}(?:[,，]\s*([^(（:：,.]*))?(?:[(（]([^)）]+)[)）])?(?:\s*[:：]\s*([\d\-–~+,A-Za-z]+))?/.exec(
        body,
      );
      if (match) {
        raw.journal = match[1];
        if (match[2]?.trim()) raw.volume = match[2];
        if (match[3]) raw.issue = match[3];
        if (match[4]) raw.pages = match[4].replace(/[,.]$/, '');
      }
      break;
    }
    case 'C': {
      const match = /^([^.．]+)[.．]/.exec(body);
      if (match) raw.journal = match[1];
      const pages = /[:：]\s*(\d+(?:\s*[-–~]\s*\d+)?)\s*\.?\s*$/.exec(body);
      if (pages) raw.pages = pages[1];
      break;
    }
    case 'N': {
      const match = /^([^,，]+)[,，][^(（]*(?:[(（]([^)）]+)[)）])?/.exec(body);
      if (match) {
        raw.journal = match[1];
        if (match[2]) raw.pages = match[2];
      }
      break;
    }
    default:
      break;
  }
  for (const [label, value] of extras) {
    if (/摘要|abstract/i.test(label)) raw.abstract = value;
    else raw.keywords.push(value);
  }
  return raw;
}
