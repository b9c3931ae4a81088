import type { EntityType } from '../entity/types.js';
export interface GraphNodeRecord {
  key: string;
  kind: string;
  label: string;
}

export type SearchKind = EntityType | 'Policy' | 'Document' | 'NewsItem';

export const SEARCH_KINDS: readonly SearchKind[] = ['Person', 'Organization', 'Project', 'Policy', 'Document', 'NewsItem'];

export interface SearchRecord {
  kind: SearchKind;
  score: number;
  node: GraphNodeRecord;
}

export interface GraphEdgeRecord {
  from: string;
  to: string;
  type: string;
}
