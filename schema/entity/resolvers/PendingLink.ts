import type { PendingLinkResolvers } from '../../types.generated.js';

export const PendingLink: PendingLinkResolvers = {};
