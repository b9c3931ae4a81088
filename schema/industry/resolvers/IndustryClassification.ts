import type { IndustryClassificationResolvers } from '../../types.generated.js';
export const IndustryClassification: IndustryClassificationResolvers = {/* Implement IndustryClassification resolver logic here */};
