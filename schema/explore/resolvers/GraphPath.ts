import type { GraphPathResolvers } from '../../types.generated.js';
export const GraphPath: GraphPathResolvers = {/* Implement GraphPath resolver logic here */};
