export type { EmbeddingJobStatus as EmbeddingJobMapper } from '../../services/embedding/jobs.js';
export type { SemanticHit as SemanticHitMapper } from '../../services/embedding/service.js';
