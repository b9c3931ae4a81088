import type { BookConnectionResolvers } from './../../types.generated.js';
export const BookConnection: BookConnectionResolvers = {/* Implement BookConnection resolver logic here */};
