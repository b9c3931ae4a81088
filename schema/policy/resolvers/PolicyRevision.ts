import { validityToApi } from '../mapping.js';
import type { PolicyRevisionResolvers } from '../../types.generated.js';

export const PolicyRevision: PolicyRevisionResolvers = {
  validity: ({ validity }) => validityToApi(validity),
};
