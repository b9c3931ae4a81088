import type { TopicDocument } from '../../../domain/topic/types.js';
import { offsetAfter, offsetConnection, pageSize } from '../../../lib/connection.js';
import type { TopicResolvers } from '../../types.generated.js';
import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';

export const Topic: TopicResolvers = {
  documents: async (parent, { first, after }, ctx) => {
    const limit = pageSize(first);
    const offset = offsetAfter(after);
    const page = await ctx.repos.topics.documents(parent.id, { offset, first: limit });
    return { ...offsetConnection(page.items, offset, offset + page.items.length < page.total), totalCount: page.total };
  },
  industry: (parent, _arg, ctx) => (parent.industryCode ? ctx.loaders.industryByCode.load(parent.industryCode) : null),
  industryCandidates: (parent, _arg, ctx) => ctx.loaders.topicCandidates.load(parent.id),
  representativeDocuments: async (parent, _arg, ctx) => {
    const documents = await ctx.loaders.topicDocumentById.loadMany(parent.representativeIds);
    return documents.filter((d): d is TopicDocument => d !== null && !(d instanceof Error));
  },
  exportUrl: (topic, { format }) => documentExportUrl(EXPORT_FORMAT[format], { topic: topic.id }),
};
