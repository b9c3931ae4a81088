export type { GraphNodeRecord as GraphNodeMapper } from '../../domain/explore/types.js';
