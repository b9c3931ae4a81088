import type { LearningStepResolvers } from './../../types.generated.js';

export const LearningStep: LearningStepResolvers = {
  document: ({ kind, targetId }, _arg, ctx) => (kind === 'DOCUMENT' && targetId ? ctx.loaders.documentById.load(targetId) : null),
  policy: ({ kind, targetId }, _arg, ctx) => (kind === 'POLICY' && targetId ? ctx.loaders.policyById.load(targetId) : null),
};
