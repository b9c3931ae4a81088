import type { BudgetTransactionConnectionResolvers } from './../../types.generated.js';
export const BudgetTransactionConnection: BudgetTransactionConnectionResolvers = {
  /* Implement BudgetTransactionConnection resolver logic here */
};
