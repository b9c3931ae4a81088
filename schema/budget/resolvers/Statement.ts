import type { StatementResolvers } from './../../types.generated.js';

const url = (id: string, format: 'csv' | 'xlsx') => `/export/statements/${encodeURIComponent(id)}.${format}`;

export const Statement: StatementResolvers = {
  csvUrl: (s) => url(s.id, 'csv'),
  xlsxUrl: (s) => url(s.id, 'xlsx'),
  lines: (s, _args, ctx) => ctx.repos.settlement.lines(s.id),
  mismatches: async (s, _args, ctx) => (await ctx.repos.settlement.statement(s.id))?.mismatches ?? [],
};
