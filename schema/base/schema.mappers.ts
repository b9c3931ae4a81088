export type { Provenance as ProvenanceMapper } from '../../domain/entity/types.js';
