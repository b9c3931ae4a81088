import type { PolicyMatchResolvers } from '../../types.generated.js';

export const PolicyMatch: PolicyMatchResolvers = {
  policy: (parent) => ({ key: parent.policyId, kind: 'Policy', label: parent.title }),
};
