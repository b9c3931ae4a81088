import type { YearEndPlanResolvers } from './../../types.generated.js';

export const YearEndPlan: YearEndPlanResolvers = {
  topUps: (plan) =>
    plan.topUps.map((t) => ({ budgetId: t.budgetId, fundCode: t.fundCode, fundName: t.fundName, amountFen: t.shortfallFen })),
};
