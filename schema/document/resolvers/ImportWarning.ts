import type { ImportWarningResolvers } from '../../types.generated.js';
export const ImportWarning: ImportWarningResolvers = {/* Implement ImportWarning resolver logic here */};
