import type { ConditionClauseResolvers } from '../../types.generated.js';
export const ConditionClause: ConditionClauseResolvers = {/* Implement ConditionClause resolver logic here */};
