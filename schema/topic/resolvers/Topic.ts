import type { TopicDocument } from '../../../domain/topic/types.js';
import type { TopicResolvers } from '../../types.generated.js';
import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';

const MAX_PAGE = 100;

export const Topic: TopicResolvers = {
  documents: (parent, { offset, limit }, ctx) =>
    ctx.repos.topics.documents(parent.id, { offset: Math.max(0, offset ?? 0), limit: Math.min(MAX_PAGE, Math.max(0, limit ?? 20)) }),
  industry: (parent, _arg, ctx) => (parent.industryCode ? ctx.loaders.industryByCode.load(parent.industryCode) : null),
  industryCandidates: (parent, _arg, ctx) => ctx.loaders.topicCandidates.load(parent.id),
  representativeDocuments: async (parent, _arg, ctx) => {
    const documents = await ctx.loaders.topicDocumentById.loadMany(parent.representativeIds);
    return documents.filter((d): d is TopicDocument => d !== null && !(d instanceof Error));
  },
  exportUrl: (topic, { format }) => documentExportUrl(EXPORT_FORMAT[format], { topic: topic.id }),
};
