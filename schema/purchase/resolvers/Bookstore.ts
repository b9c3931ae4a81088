import type { BookstoreResolvers } from './../../types.generated.js';
export const Bookstore: BookstoreResolvers = {/* Implement Bookstore resolver logic here */};
