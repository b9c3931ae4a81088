import type { SourceConnectionResolvers } from './../../types.generated.js';
export const SourceConnection: SourceConnectionResolvers = {/* Implement SourceConnection resolver logic here */};
