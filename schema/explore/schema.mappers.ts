export type { GraphNodeRecord as GraphNodeMapper } from '../../graph/repositories/entity/curation.js';
