import type { TopicRecord } from '../../domain/topic/types.js';
import { NotFoundError } from '../../lib/errors.js';
import { requireRole } from '../../domain/account/access.js';
import type { RequestContext } from '../context.js';

/**
 * Runs a librarian decision (librarians and admins only; the decision records who made it)
 * and returns the topic it leaves.
 */
export async function decide(
  ctx: RequestContext,
  topicId: string,
  work: (decidedBy: string) => Promise<string | void>,
): Promise<TopicRecord> {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  const resultId = (await work(viewer.id)) ?? topicId;
  const [topic] = await ctx.repos.topics.byIds([resultId]);
  if (!topic) throw NotFoundError('Topic', resultId);
  return topic;
}
