import type { ImportRejectionResolvers } from '../../types.generated.js';
export const ImportRejection: ImportRejectionResolvers = {/* Implement ImportRejection resolver logic here */};
