import type { TopicDocument } from '../../../domain/topic/types.js';
import type { TopicIndustryCandidateResolvers } from '../../types.generated.js';

export const TopicIndustryCandidate: TopicIndustryCandidateResolvers = {
  documents: async (parent, _arg, ctx) => {
    const documents = await ctx.loaders.topicDocumentById.loadMany(parent.documentIds);
    return documents.filter((d): d is TopicDocument => d !== null && !(d instanceof Error));
  },
  industry: async (parent, _arg, ctx) => (await ctx.loaders.industryByCode.load(parent.industryCode))!,
};
