import type { StatementMismatchResolvers } from './../../types.generated.js';
export const StatementMismatch: StatementMismatchResolvers = {/* Implement StatementMismatch resolver logic here */};
