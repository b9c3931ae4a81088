import type { StatementLineResolvers } from './../../types.generated.js';
export const StatementLine: StatementLineResolvers = {/* Implement StatementLine resolver logic here */};
