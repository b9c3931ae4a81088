import type { PolicyConnectionResolvers } from '../../types.generated.js';

export const PolicyConnection: PolicyConnectionResolvers = {};
