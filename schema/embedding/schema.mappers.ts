import type { Connection } from '../../lib/connection.js';
import type { EmbeddingJobStatus } from '../../services/embedding/jobs.js';
import type { SemanticHit } from '../../services/embedding/service.js';

export type { EmbeddingJobStatus as EmbeddingJobMapper } from '../../services/embedding/jobs.js';
export type { SemanticHit as SemanticHitMapper } from '../../services/embedding/service.js';

export type EmbeddingJobConnectionMapper = Connection<EmbeddingJobStatus> & { totalCount: number };
export type SemanticHitConnectionMapper = Connection<SemanticHit>;
