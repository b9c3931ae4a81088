/**
 * People, organisations and projects that librarians curate, and their relationships.
 * Every node and relationship carries provenance; every change writes an AuditEntry in
 * the same transaction. Labels and relationship types come from the fixed lists below,
 * never from callers.
 */

export type EntityType = 'Person' | 'Organization' | 'Project';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Project'];

export interface Provenance {
  sourceUrl: string | null;
  importFile: string | null;
  actor: string;
  at: string;
}

export interface EntityRecord {
  entityType: EntityType;
  id: string;
  name: string;
  description: string | null;
  version: number;
  deleted: boolean;
  mergedInto: string | null;
  libraryId: string | null;
  createdAt: string;
  updatedAt: string;
  provenance: Provenance;
  /** Person */
  title: string | null;
  /** Organization */
  aliases: string[];
  kind: string | null;
  website: string | null;
  creditCode: string | null;
  /** Project */
  status: string | null;
  startedOn: string | null;
}

/** Fields a curator may set; everything else is maintained here. */
export interface EntityFields {
  name?: string;
  description?: string | null;
  title?: string | null;
  aliases?: string[];
  kind?: string | null;
  website?: string | null;
  creditCode?: string | null;
  status?: string | null;
  startedOn?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

export interface ListFilter {
  first: number;
  after: string | null;
  includeDeleted: boolean;
  industryCode: string | null;
  regionCode: string | null;
  organizationId: string | null;
}
