import type { ProjectEdgeResolvers } from './../../types.generated.js';
export const ProjectEdge: ProjectEdgeResolvers = {/* Implement ProjectEdge resolver logic here */};
