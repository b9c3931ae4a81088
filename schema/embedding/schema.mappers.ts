export type { EmbeddingJobStatus as EmbeddingJobMapper } from '../../topics/embedding/jobs.js';
export type { SemanticHit as SemanticHitMapper } from '../../topics/embedding/service.js';
