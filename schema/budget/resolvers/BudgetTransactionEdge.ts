import type { BudgetTransactionEdgeResolvers } from './../../types.generated.js';
export const BudgetTransactionEdge: BudgetTransactionEdgeResolvers = {/* Implement BudgetTransactionEdge resolver logic here */};
