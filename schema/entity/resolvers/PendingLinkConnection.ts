import type { PendingLinkConnectionResolvers } from '../../types.generated.js';

export const PendingLinkConnection: PendingLinkConnectionResolvers = {};
