import type { TopicConnectionResolvers } from '../../types.generated.js';

export const TopicConnection: TopicConnectionResolvers = {};
