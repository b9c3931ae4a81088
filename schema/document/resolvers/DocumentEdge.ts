import type { DocumentEdgeResolvers } from '../../types.generated.js';
export const DocumentEdge: DocumentEdgeResolvers = {/* Implement DocumentEdge resolver logic here */};
