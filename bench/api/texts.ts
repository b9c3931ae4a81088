import { cslRows } from '../../topics/testing/csl.js';

/** Real Chinese scholarly text from ../shared/data/csl, the material the generator resamples. */

export interface CslRecord {
  title: string;
  abstract: string;
  keywords: string[];
}

export interface CslTexts {
  /** ts_dev (abstract → title) joined with kg_dev (abstract → keywords) on the abstract. */
  records: CslRecord[];
  /** Titles of cls_ctg_train, for variety beyond the joined records. */
  titles: string[];
  /** Every distinct keyword, for search terms and policy texts. */
  keywords: string[];
}

export function loadCslTexts(): CslTexts {
  // kg_dev's text is the abstract followed by the title: join on the abstract's opening.
  const key = (text: string) => text.slice(0, 60);
  const keywordsByAbstract = new Map(cslRows('kg_dev.tsv').map(([text, keywords]) => [key(text), keywords.split('_').filter(Boolean)]));
  const records = cslRows('ts_dev.tsv').map(([abstract, title]) => ({
    title,
    abstract,
    keywords: keywordsByAbstract.get(key(abstract)) ?? [],
  }));
  const titles = cslRows('cls_ctg_train.tsv').map(([title]) => title);
  const keywords = [...new Set(records.flatMap((r) => r.keywords))].filter((k) => /^[\u4e00-\u9fff]{2,8}$/.test(k));
  if (keywords.length === 0) throw new Error('no keywords read from kg_dev.tsv');
  return { records, titles, keywords };
}
