import type { LearningPathResolvers } from './../../types.generated.js';

export const LearningPath: LearningPathResolvers = {
  industry: ({ industryCode }, _arg, ctx) => (industryCode ? ctx.loaders.industryByCode.load(industryCode) : null),
  steps: ({ steps }) => steps.map((step, index) => ({ ...step, position: index + 1 })),
};
