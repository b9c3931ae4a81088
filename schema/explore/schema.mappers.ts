import type { Connection, Edge } from '../../lib/connection.js';
import type { SearchRecord } from '../../domain/explore/types.js';
export type { GraphNodeRecord as GraphNodeMapper } from '../../domain/explore/types.js';
export type SearchResultsMapper = Connection<SearchRecord> & { mode: 'FULLTEXT' | 'HYBRID'; notice: string | null };
export type SearchEdgeMapper = Edge<SearchRecord>;
