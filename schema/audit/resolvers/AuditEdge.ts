import type { AuditEdgeResolvers } from './../../types.generated.js';
export const AuditEdge: AuditEdgeResolvers = {/* Implement AuditEdge resolver logic here */};
