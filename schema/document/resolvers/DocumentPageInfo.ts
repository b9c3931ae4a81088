import type { DocumentPageInfoResolvers } from '../../types.generated.js';
export const DocumentPageInfo: DocumentPageInfoResolvers = {/* Implement DocumentPageInfo resolver logic here */};
