import { contentWords, type TopicTerm } from './labels.js';

export interface IndustryProfile {
  code: string;
  name: string;
  description: string;
  keywords: readonly string[];
}

export interface TopicProfile {
  terms: readonly TopicTerm[];
  /** Member documents, nearest to the centroid first. */
  documents: ReadonlyArray<{ id: string; text: string }>;
}

export interface IndustryCandidate {
  code: string;
  score: number;
  /** Industry keywords found in the topic's terms or documents. */
  keywords: string[];
  /** Topic documents (nearest first) that mention the industry's keywords. */
  documentIds: string[];
}

/**
 * Scores every industry for a topic in [0, 1]: half from the c-TF-IDF weight of the topic's
 * terms that are industry words (its keywords, and the content words of its name and
 * description), half from the share of the topic's documents that mention one of its keywords.
 * Best first; industries with no evidence are left out.
 */
export function rankIndustries(topic: TopicProfile, industries: readonly IndustryProfile[], evidenceDocuments = 3): IndustryCandidate[] {
  const totalWeight = topic.terms.reduce((sum, term) => sum + term.score, 0) || 1;
  const candidates: IndustryCandidate[] = [];
  for (const industry of industries) {
    const keywords = [
      ...new Set([industry.name, ...industry.keywords].map((k) => k.trim().toLowerCase()).filter((k) => [...k].length >= 2)),
    ];
    const vocabulary = new Set([...keywords, ...contentWords(`${industry.name} ${industry.description}`)]);
    const matched = new Set<string>();
    let termScore = 0;
    for (const term of topic.terms) {
      const hit = vocabulary.has(term.term) || keywords.some((keyword) => term.term.includes(keyword) || keyword.includes(term.term));
      if (hit) {
        termScore += term.score / totalWeight;
        matched.add(term.term);
      }
    }
    const documentIds: string[] = [];
    let mentioning = 0;
    for (const document of topic.documents) {
      const text = document.text.toLowerCase();
      const found = keywords.filter((keyword) => text.includes(keyword));
      if (found.length === 0) continue;
      mentioning++;
      found.forEach((keyword) => matched.add(keyword));
      if (documentIds.length < evidenceDocuments) documentIds.push(document.id);
    }
    const documentScore = topic.documents.length === 0 ? 0 : mentioning / topic.documents.length;
    const score = 0.5 * Math.min(1, termScore) + 0.5 * documentScore;
    if (score > 0) candidates.push({ code: industry.code, score, keywords: [...matched].slice(0, 10), documentIds });
  }
  return candidates.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
}
