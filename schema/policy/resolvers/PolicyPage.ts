import type { PolicyPageResolvers } from '../../types.generated.js';
export const PolicyPage: PolicyPageResolvers = {/* Implement PolicyPage resolver logic here */};
