import type { TopicDocumentEdgeResolvers } from '../../types.generated.js';

export const TopicDocumentEdge: TopicDocumentEdgeResolvers = {};
