import type { ProjectConnectionResolvers } from '../../types.generated.js';

export const ProjectConnection: ProjectConnectionResolvers = {};
