/** An industry as the keyword evidence sees it. */
export interface IndustryVocabulary {
  code: string;
  name: string;
  keywords: readonly string[];
}

/** A document as the keyword evidence sees it: its text (title, abstract) and its own keywords. */
export interface FilingText {
  text: string;
  keywords: readonly string[];
}

export interface LexicalEvidence {
  code: string;
  /** 0–1: 1 − exp(−(2 · keywords matched in the record's keywords + keywords found in its text) / 2). */
  score: number;
  /** Industry keywords found, those in the record's own keywords first. */
  evidence: string[];
}

const LATIN = /^[\x20-\x7e]+$/;

interface Term {
  term: string;
  /** Latin terms (5G, VR, IGBT) match whole words only. */
  pattern: RegExp | null;
}

const terms = (industry: IndustryVocabulary): Term[] =>
  [...new Set([industry.name, ...industry.keywords].map((k) => k.trim().toLowerCase()).filter((k) => [...k].length >= 2))].map((term) => ({
    term,
    pattern: LATIN.test(term) ? new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'i') : null,
  }));

const found = (term: Term, text: string) => (term.pattern ? term.pattern.test(text) : text.includes(term.term));

/**
 * Keyword evidence of every industry for one document, as the lexical matcher of topics
 * counts it (`topics/cluster/industry-match.ts`), per document: an industry keyword (or its
 * name) among the record's own keywords counts twice, one in the title or abstract once.
 * Industries without evidence are left out. The vocabularies are compiled once per matcher.
 */
export function lexicalMatcher(industries: readonly IndustryVocabulary[]): (document: FilingText) => LexicalEvidence[] {
  const vocabularies = industries.map((industry) => ({ code: industry.code, terms: terms(industry) }));
  return (document) => lexicalEvidenceOf(document, vocabularies);
}

function lexicalEvidenceOf(document: FilingText, industries: ReadonlyArray<{ code: string; terms: Term[] }>): LexicalEvidence[] {
  const text = document.text.toLowerCase();
  // The record's keywords joined by a character no term holds and no Latin term's boundary counts as a letter:
  // a term is found in the joined text exactly when it is found in one keyword.
  const own = document.keywords
    .map((k) => k.trim().toLowerCase())
    .filter((k) => [...k].length >= 2)
    .join('\u0001');
  const out: LexicalEvidence[] = [];
  for (const industry of industries) {
    const inKeywords: string[] = [];
    const inText: string[] = [];
    for (const term of industry.terms) {
      if (own.length > 0 && found(term, own)) inKeywords.push(term.term);
      else if (found(term, text)) inText.push(term.term);
    }
    if (inKeywords.length + inText.length === 0) continue;
    const score = 1 - Math.exp(-(2 * inKeywords.length + inText.length) / 2);
    out.push({ code: industry.code, score, evidence: [...inKeywords, ...inText] });
  }
  return out;
}
