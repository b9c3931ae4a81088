import { hotTopicClusters, hotTopics, type HotTopic } from '../../services/trend/hot-topics.js';
import { ValidationError } from '../../lib/errors.js';
import { systemClock } from '../../lib/clock.js';
import type { RequestContext } from '../context.js';
import type { HotTopicSource, HotTopicWindow } from '../types.generated.js';

const MAX_LIMIT = 50;

/** `hotTopics` of the API: the limit checked, "now" from the app's clock. */
export function hotTopicsOf(
  ctx: RequestContext,
  industryCode: string | null,
  window: HotTopicWindow,
  limit: number,
  source: HotTopicSource = 'WORDS',
): Promise<HotTopic[]> {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw ValidationError(`limit must be between 1 and ${MAX_LIMIT}`, { limit });
  const input = { industryCode, window, limit, now: (ctx.services.clock ?? systemClock)().getTime() };
  return source === 'TOPICS' ? hotTopicClusters(ctx.repos, input) : hotTopics(ctx.repos, input);
}
