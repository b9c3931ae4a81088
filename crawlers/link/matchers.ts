import { AhoCorasick } from './aho-corasick.js';

export interface IndustryTerms {
  code: string;
  name: string;
  keywords: string[];
}

/**
 * Industries a text concerns, by taxonomy names and keywords: a term in the title counts,
 * in the body it takes two occurrences (one passing mention is not a subject).
 */
export class IndustryMatcher {
  private readonly automaton: AhoCorasick<string>;

  constructor(industries: IndustryTerms[]) {
    const entries: Array<[string, string]> = [];
    for (const industry of industries) {
      for (const term of new Set([industry.name, ...industry.keywords])) {
        if ([...term].length >= 2) entries.push([term, industry.code]);
      }
    }
    this.automaton = new AhoCorasick(entries);
  }

  match(title: string, text: string): string[] {
    const found = new Set<string>(this.automaton.matches(title));
    const counts = new Map<string, number>();
    for (const code of this.automaton.matches(text)) counts.set(code, (counts.get(code) ?? 0) + 1);
    for (const [code, count] of counts) if (count >= 2) found.add(code);
    return [...found].sort();
  }
}

/** Names of graph entities (organisations, people, projects) mentioned in a text. */
export class MentionMatcher {
  private readonly automaton: AhoCorasick<string>;

  constructor(entities: Array<{ id: string; name: string }>) {
    this.automaton = new AhoCorasick(entities.filter((e) => [...e.name].length >= 2).map((e) => [e.name, e.id] as const));
  }

  match(text: string): string[] {
    return [...new Set(this.automaton.matches(text))].sort();
  }
}
