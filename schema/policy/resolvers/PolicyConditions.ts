import type { PolicyConditionsResolvers } from '../../types.generated.js';
export const PolicyConditions: PolicyConditionsResolvers = {/* Implement PolicyConditions resolver logic here */};
