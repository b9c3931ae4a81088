import type { OfficialDocumentResolvers } from '../../types.generated.js';
export const OfficialDocument: OfficialDocumentResolvers = {/* Implement OfficialDocument resolver logic here */};
