import type { ImportRecognisedResolvers } from './../../types.generated.js';
export const ImportRecognised: ImportRecognisedResolvers = {/* Implement ImportRecognised resolver logic here */};
