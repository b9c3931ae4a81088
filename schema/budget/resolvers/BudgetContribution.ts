import type { BudgetContributionResolvers } from './../../types.generated.js';

export const BudgetContribution: BudgetContributionResolvers = {
  sourceCode: (c) => c.source.code,
  name: (c) => c.source.name,
  libraryId: (c) => c.source.libraryId,
};
