import type { DecidedBy } from '../curation/precedence.js';

/**
 * Documents filed under industries: `(:Document)-[:FILED_UNDER {…}]->(:Industry)`. The machine
 * files every embedded document under zero to three industries with its evidence; a librarian
 * corrects them (a removal is kept soft-deleted so the machine does not file it again). An
 * industry's library holds what is filed under it and under its sub-industries.
 */

/** At most this many industries per document. */
export const MAX_FILINGS_PER_DOCUMENT = 3;

/** Where an industry's profile vector came from: its texts alone, or with librarian-confirmed documents. */
export type ProfileSource = 'TEXT' | 'CONFIRMED';

/** One document filed under one industry, with its evidence. */
export interface FilingRecord {
  documentId: string;
  industryCode: string;
  /** The combined score (0–1) the rule compared with its threshold; 1 for a librarian's filing. */
  score: number;
  /** Cosine of the document's embedding to the industry profile; null when no profile of the document's model exists. */
  semantic: number | null;
  /** Keyword evidence (0–1). */
  lexical: number;
  /** The industry keywords found in the document, best evidence first. */
  evidence: string[];
  profile: ProfileSource | null;
  decidedBy: DecidedBy;
  /** A librarian removed it: kept so the machine does not file it again, never shown. */
  deleted: boolean;
  /** 0 for the best of the document's filings. */
  rank: number;
  /** Account of the librarian who decided it, null for the machine. */
  actor: string | null;
}

/** What the machine writes for a document's filing. */
export type MachineFiling = Pick<
  FilingRecord,
  'documentId' | 'industryCode' | 'score' | 'semantic' | 'lexical' | 'evidence' | 'profile' | 'rank'
>;

/** A document in an industry's library, with the filing that put it there (under the industry or one of its parts). */
export interface IndustryDocument {
  id: string;
  title: string;
  year: number | null;
  journal: string | null;
  authors: string[];
  keywords: string[];
  /** The industry (the asked one or a sub-industry) it is filed under, its best such filing. */
  industryCode: string;
  score: number;
  semantic: number | null;
  lexical: number;
  evidence: string[];
  decidedBy: DecidedBy;
}

export interface IndustryDocumentFilter {
  year?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  journal?: string | null;
  topicId?: string | null;
  /** Restrict to these document ids (e.g. the hits of a search inside the library). */
  documentIds?: readonly string[] | null;
}
