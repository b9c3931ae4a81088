import type { OrganizationEdgeResolvers } from './../../types.generated.js';
export const OrganizationEdge: OrganizationEdgeResolvers = {/* Implement OrganizationEdge resolver logic here */};
