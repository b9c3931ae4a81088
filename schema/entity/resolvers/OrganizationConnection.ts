import type { OrganizationConnectionResolvers } from '../../types.generated.js';

export const OrganizationConnection: OrganizationConnectionResolvers = {};
