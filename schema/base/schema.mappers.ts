export type { Provenance as ProvenanceMapper } from '../../graph/repositories/entity/curation.js';
