import type { PolicyConditionsSuggestionResolvers } from '../../types.generated.js';
export const PolicyConditionsSuggestion: PolicyConditionsSuggestionResolvers = {
  /* Implement PolicyConditionsSuggestion resolver logic here */
};
