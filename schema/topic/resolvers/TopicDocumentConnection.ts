import type { TopicDocumentConnectionResolvers } from '../../types.generated.js';

export const TopicDocumentConnection: TopicDocumentConnectionResolvers = {};
