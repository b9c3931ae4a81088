import type { FiscalYearResolvers } from './../../types.generated.js';
export const FiscalYear: FiscalYearResolvers = {/* Implement FiscalYear resolver logic here */};
