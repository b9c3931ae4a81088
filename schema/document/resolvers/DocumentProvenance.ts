import type { DocumentProvenanceResolvers } from '../../types.generated.js';

export const DocumentProvenance: DocumentProvenanceResolvers = {
  importJob: (parent) => parent.batch,
};
