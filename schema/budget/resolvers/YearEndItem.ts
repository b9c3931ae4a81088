import type { YearEndItemResolvers } from './../../types.generated.js';
export const YearEndItem: YearEndItemResolvers = {/* Implement YearEndItem resolver logic here */};
