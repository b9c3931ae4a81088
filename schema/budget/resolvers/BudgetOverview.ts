import type { BudgetOverviewResolvers } from './../../types.generated.js';
export const BudgetOverview: BudgetOverviewResolvers = {/* Implement BudgetOverview resolver logic here */};
