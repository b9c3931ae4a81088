import type { EntityRecord, EntityType, Provenance } from './types.js';
import { ENTITY_TYPES } from './types.js';
export type LinkType =
  | 'LEADS'
  | 'MEMBER_OF'
  | 'AFFILIATED_WITH'
  | 'IN_INDUSTRY'
  | 'LOCATED_IN'
  | 'FUNDED_BY'
  | 'SUPPORTS'
  | 'ISSUED_BY'
  | 'IN_REGION'
  | 'AMENDS'
  | 'REPLACES'
  | 'REPEALS'
  | 'MENTIONS';

export type TargetKind = EntityType | 'Industry' | 'Region' | 'Policy';

/** What a curated link can start from: the curated entities, policies and news items. */
export type LinkSourceKind = EntityType | 'Policy' | 'NewsItem';

export const LINK_SOURCE_KINDS: readonly LinkSourceKind[] = [...ENTITY_TYPES, 'Policy', 'NewsItem'];

/** A policy has one issuer and one region: linking another one replaces the current one. */
export const SINGLE_VALUED: readonly LinkType[] = ['ISSUED_BY', 'IN_REGION'];

/**
 * Links that change their target (a repealed or replaced policy leaves force, an amended one
 * changes): when the target belongs to another library, they wait for that library's consent
 * (`acceptLink`) unless an admin makes them.
 */
export const NEEDS_TARGET_CONSENT: readonly LinkType[] = ['REPEALS', 'REPLACES', 'AMENDS'];

export const LINK_RULES: Record<LinkType, { from: readonly LinkSourceKind[]; to: readonly TargetKind[] }> = {
  LEADS: { from: ['Person'], to: ['Project', 'Organization'] },
  MEMBER_OF: { from: ['Person'], to: ['Organization', 'Project'] },
  AFFILIATED_WITH: { from: ['Person', 'Organization', 'Project'], to: ['Organization'] },
  IN_INDUSTRY: { from: ['Person', 'Organization', 'Project'], to: ['Industry'] },
  LOCATED_IN: { from: ['Person', 'Organization', 'Project'], to: ['Region'] },
  FUNDED_BY: { from: ['Project', 'Organization'], to: ['Policy'] },
  SUPPORTS: { from: ['Policy'], to: ['Industry'] },
  ISSUED_BY: { from: ['Policy'], to: ['Organization'] },
  IN_REGION: { from: ['Policy'], to: ['Region'] },
  AMENDS: { from: ['Policy'], to: ['Policy'] },
  REPLACES: { from: ['Policy'], to: ['Policy'] },
  REPEALS: { from: ['Policy'], to: ['Policy'] },
  MENTIONS: { from: ['NewsItem'], to: ['Person', 'Organization', 'Project', 'Policy'] },
};

/** The node a link starts from, locked: enough to check existence and library scope. */
export interface LinkSourceRecord {
  kind: LinkSourceKind;
  id: string;
  libraryId: string | null;
  deleted: boolean;
  mergedInto: string | null;
}

export interface LinkRecord {
  type: LinkType;
  /** 'librarian' for links curated here; 'crawler' for links a crawler inferred. */
  origin: string;
  fromId: string;
  toKind: TargetKind;
  toKey: string;
  deleted: boolean;
  /** Waiting for the consent of the target's library (stored soft-deleted, so nothing reads it as live). */
  pending: boolean;
  provenance: Provenance;
}

/** A link that waits for the consent of its target's library (`libraryId`), as that library's librarians review it. */
export interface PendingLinkRecord {
  type: LinkType;
  fromId: string;
  fromTitle: string;
  /** The name of the library that asked (the one that owns the link's source policy). */
  fromLibrary: string | null;
  toId: string;
  toTitle: string;
  libraryId: string;
  /** Who asked: the account's display name. */
  requestedBy: string;
  requestedAt: string;
  sourceUrl: string | null;
  /** The relationship's own key: with requestedAt, the list's order and cursor. */
  key: string;
}

export interface RelatedRecord {
  kind: TargetKind;
  key: string;
  label: string;
  record: EntityRecord | null;
}

export interface RelatedKey {
  from: EntityType;
  id: string;
  type: LinkType;
  direction: 'out' | 'in';
}
