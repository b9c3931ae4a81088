import type { BudgetTransactionResolvers } from './../../types.generated.js';
export const BudgetTransaction: BudgetTransactionResolvers = {/* Implement BudgetTransaction resolver logic here */};
