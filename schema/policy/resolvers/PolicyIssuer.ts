import type { PolicyIssuerResolvers } from '../../types.generated.js';
export const PolicyIssuer: PolicyIssuerResolvers = {/* Implement PolicyIssuer resolver logic here */};
