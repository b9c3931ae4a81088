import { available, cashBalance, totalFunding } from '../../../domain/budget/balance.js';
import type { BudgetResolvers } from './../../types.generated.js';

export const Budget: BudgetResolvers = {
  availableFen: (b) => available(b),
  cashBalanceFen: (b) => cashBalance(b),
  totalFundingFen: (b) => totalFunding(b),
};
