import type { DocumentConnectionResolvers } from '../../types.generated.js';
export const DocumentConnection: DocumentConnectionResolvers = {/* Implement DocumentConnection resolver logic here */};
