import type { PolicyMatchConnectionResolvers } from '../../types.generated.js';

export const PolicyMatchConnection: PolicyMatchConnectionResolvers = {};
