export type { GraphNodeRecord as GraphNodeMapper } from '../../graph/repositories/curation.js';
