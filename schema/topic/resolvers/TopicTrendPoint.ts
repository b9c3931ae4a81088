import type { TopicTrendPointResolvers } from '../../types.generated.js';
export const TopicTrendPoint: TopicTrendPointResolvers = {/* Implement TopicTrendPoint resolver logic here */};
