import type { TopicRecord } from '../../domain/topic/types.js';
import type { Viewer } from '../../domain/account/access.js';
import { NotFoundError } from '../../lib/errors.js';
import { requireRole } from '../../domain/account/access.js';
import type { RequestContext } from '../context.js';

/**
 * Runs a librarian decision (librarians and admins only; the decision records who made it)
 * and returns the topic it leaves.
 */
export async function decide(ctx: RequestContext, work: (actor: Viewer) => Promise<string>): Promise<TopicRecord> {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  const resultId = await work(viewer);
  const [topic] = await ctx.repos.topics.byIds([resultId]);
  if (!topic) throw NotFoundError('Topic', resultId);
  return topic;
}
