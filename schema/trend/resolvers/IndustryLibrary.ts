import { hotTopicsOf } from '../window.js';
import type { IndustryLibraryResolvers } from './../../types.generated.js';

export const IndustryLibrary: Pick<IndustryLibraryResolvers, 'hotTopics'> = {
  hotTopics: ({ industry }, { window, limit, source }, ctx) => hotTopicsOf(ctx, industry.code, window, limit, source),
};
