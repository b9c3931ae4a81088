import type { RequestContext } from '../context.js';
import { UnavailableError } from '../../lib/errors.js';
import type { EmbeddingService } from '../../services/embedding/service.js';

/** The process's embedding service, or UNAVAILABLE when this app was built without one. */
export function embeddingService(ctx: RequestContext): EmbeddingService {
  if (!ctx.services.embedding) throw UnavailableError('embeddings are not available in this service');
  return ctx.services.embedding;
}
