import type { TopicRecord } from '../../domain/topic/types.js';
import { NotFoundError, ValidationError } from '../../lib/errors.js';
import { requireRole } from '../../domain/account/access.js';
import type { RequestContext } from '../context.js';
import { TopicDecisionError } from '../../services/topic/topic-service.js';

/**
 * Runs a librarian decision (librarians and admins only; the decision records who made it)
 * and returns the topic it leaves, with decision errors typed for the client.
 */
export async function decide(
  ctx: RequestContext,
  topicId: string,
  work: (decidedBy: string) => Promise<string | void>,
): Promise<TopicRecord> {
  const viewer = requireRole(ctx, 'LIBRARIAN');
  let resultId: string = topicId;
  try {
    resultId = (await work(viewer.id)) ?? topicId;
  } catch (error) {
    if (error instanceof TopicDecisionError) {
      if (error.message.startsWith('no topic ')) throw NotFoundError('Topic', error.message.slice('no topic '.length));
      throw ValidationError(error.message);
    }
    throw error;
  }
  const [topic] = await ctx.repos.topics.byIds([resultId]);
  if (!topic) throw NotFoundError('Topic', resultId);
  return topic;
}
