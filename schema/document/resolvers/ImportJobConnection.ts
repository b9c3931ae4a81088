import type { ImportJobConnectionResolvers } from '../../types.generated.js';

export const ImportJobConnection: ImportJobConnectionResolvers = {};
