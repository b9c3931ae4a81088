/** A topic member's live filings, as the topic's mapping reads them. */
export interface MemberFilings {
  documentId: string;
  filings: ReadonlyArray<{ industryCode: string; score: number; evidence: readonly string[] }>;
}

export interface TopicIndustryCandidate {
  code: string;
  /** Share of the topic's documents filed under the industry or one of its sub-industries. */
  share: number;
  /** The same share for its top industry (itself when it has no parent). */
  rootShare: number;
  keywords: string[];
  /** Its best-scored documents there. */
  documentIds: string[];
}

export interface TopicIndustries {
  candidates: TopicIndustryCandidate[];
  /** Share of the topic's documents filed under no industry. */
  outsideShare: number;
}

/**
 * A topic's industries from its documents' filings: each industry's share of the documents
 * (a document filed under a sub-industry counts for its parents too), the most specific
 * industry kept where it holds nearly all of its parent's share (≥ 80 %), best three first;
 * the evidence is the keywords its documents were filed on and its best documents.
 */
export function topicIndustries(
  members: readonly MemberFilings[],
  parentOf: ReadonlyMap<string, string | null>,
  options: { candidates?: number; evidenceDocuments?: number } = {},
): TopicIndustries {
  const total = members.length;
  if (total === 0) return { candidates: [], outsideShare: 0 };
  const lineage = (code: string) => {
    const out: string[] = [];
    for (let c: string | null = code; c !== null && !out.includes(c); c = parentOf.get(c) ?? null) out.push(c);
    return out;
  };
  const documents = new Map<string, Array<{ id: string; score: number }>>();
  const keywords = new Map<string, Map<string, number>>();
  let outside = 0;
  for (const member of members) {
    if (member.filings.length === 0) outside++;
    const seen = new Set<string>();
    for (const filing of member.filings) {
      for (const code of lineage(filing.industryCode)) {
        const words = keywords.get(code) ?? new Map<string, number>();
        filing.evidence.forEach((k) => words.set(k, (words.get(k) ?? 0) + 1));
        keywords.set(code, words);
        if (seen.has(code)) continue;
        seen.add(code);
        documents.set(code, [...(documents.get(code) ?? []), { id: member.documentId, score: filing.score }]);
      }
    }
  }
  const share = (code: string) => (documents.get(code)?.length ?? 0) / total;
  const specific = [...documents.keys()].filter(
    (code) => ![...documents.keys()].some((other) => other !== code && parentOf.get(other) === code && share(other) >= 0.8 * share(code)),
  );
  const depth = (code: string) => lineage(code).length;
  const candidates = specific
    .sort((a, b) => share(b) - share(a) || depth(b) - depth(a) || (a < b ? -1 : 1))
    .slice(0, options.candidates ?? 3)
    .map((code) => ({
      code,
      share: share(code),
      rootShare: share(lineage(code).at(-1)!),
      keywords: [...(keywords.get(code) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 10)
        .map(([k]) => k),
      documentIds: [...documents.get(code)!]
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, options.evidenceDocuments ?? 5)
        .map((d) => d.id),
    }));
  return { candidates, outsideShare: outside / total };
}
