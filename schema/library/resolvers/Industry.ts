import type { IndustryResolvers } from './../../types.generated.js';

export const Industry: Pick<IndustryResolvers, 'library'> = {
  library: (industry) => ({ industry }),
};
