import type { BudgetMonthResolvers } from './../../types.generated.js';
export const BudgetMonth: BudgetMonthResolvers = {/* Implement BudgetMonth resolver logic here */};
