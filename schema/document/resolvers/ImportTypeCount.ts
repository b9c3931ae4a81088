import type { ImportTypeCountResolvers } from './../../types.generated.js';
export const ImportTypeCount: ImportTypeCountResolvers = {/* Implement ImportTypeCount resolver logic here */};
