import type { Validity } from './validity.js';

export interface Attachment {
  url: string;
  name: string;
  format: string;
}

/** Policy fields as extracted from one detail page. */
export interface PolicyDraft {
  url: string;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  validity: Validity | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  category: string | null;
  text: string;
  html: string;
  attachments: Attachment[];
  /** 发文字号 of policies this one repeals, replaces or amends, as found in the text. */
  relations: PolicyRelation[];
}

export type PolicyRelationKind = 'REPEALS' | 'REPLACES' | 'AMENDS';

export interface PolicyRelation {
  kind: PolicyRelationKind;
  /** 发文字号 or 《title》 of the other policy. */
  documentNumber: string | null;
  title: string | null;
}

export interface PolicySaveInput {
  id: string;
  draft: PolicyDraft;
  contentHash: string;
  sourceId: string;
  regionCode: string;
  level: string;
  industryCodes: string[];
  issuerId: string | null;
  /** Conditional GET state of the detail page. */
  etag: string | null;
  lastModified: string | null;
}

export type SaveOutcome = 'new' | 'updated' | 'unchanged';

export interface PolicyProvenance {
  sourceUrl: string | null;
  importFile: string | null;
  /** An account id, or 'crawler'. */
  actor: string;
  at: string;
}

export interface PolicyRecord {
  id: string;
  /** The page it was crawled from; empty for a policy entered by hand from paper. */
  url: string;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  validity: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  category: string | null;
  text: string;
  html: string;
  contentHash: string;
  revision: number;
  level: string;
  regionCode: string;
  /** null for a policy entered by hand. */
  sourceId: string | null;
  firstSeenAt: string;
  updatedAt: string;
  /** Curation: optimistic version, soft delete, owning library, provenance. */
  version: number;
  deleted: boolean;
  libraryId: string | null;
  /** Fields a librarian edited; a recrawl keeps them (the page text still gets its new revision). */
  curatedFields: string[];
  provenance: PolicyProvenance;
  /** Codes of its live industry links, where the read fetched them with the record (the API's reads do). */
  industryCodes?: string[];
}

export interface PolicyRevisionRecord {
  id: string;
  policyId: string;
  number: number;
  title: string;
  documentNumber: string | null;
  validity: string | null;
  text: string;
  html: string;
  contentHash: string;
  fetchedAt: string;
}

export interface PolicyFilter {
  industryCode?: string | null;
  regionCode?: string | null;
  level?: string | null;
  issuer?: string | null;
  validity?: string | null;
  from?: string | null;
  to?: string | null;
  /** true: only policies in force on `today`; false: only those that are not. */
  inForce?: boolean | null;
  today?: string | null;
  /** Librarians: soft-deleted policies too. */
  includeDeleted?: boolean | null;
}

export interface PolicyLink {
  kind: PolicyRelationKind;
  direction: 'OUT' | 'IN';
  policyId: string;
}

/**
 * Policies as curated entities: entered by hand, edited, soft-deleted and restored by
 * librarians. The crawler's own writes stay in `policy.ts`; the fields edited here are
 * listed in `curatedFields`, which the crawler leaves alone on its next revision.
 */

/** Stored policy properties a librarian sets (dates YYYY-MM-DD, validity as printed: 有效/废止/失效). */
export interface PolicyFields {
  title?: string;
  documentNumber?: string | null;
  issuer?: string | null;
  writtenDate?: string | null;
  publishedDate?: string | null;
  validity?: string | null;
  effectiveDate?: string | null;
  expiryDate?: string | null;
  category?: string | null;
}
