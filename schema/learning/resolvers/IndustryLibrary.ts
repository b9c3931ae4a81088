import { listLearningPaths } from '../../../services/learning/paths.js';
import type { IndustryLibraryResolvers } from './../../types.generated.js';

export const IndustryLibrary: Pick<IndustryLibraryResolvers, 'learningPaths'> = {
  learningPaths: async ({ industry }, _arg, ctx) =>
    (await listLearningPaths(ctx.repos, null, { industryCode: industry.code, first: 20 })).edges.map((edge) => edge.node),
};
