import type { MentionKind, MentionResolvers } from '../../types.generated.js';

export const Mention: MentionResolvers = {
  kind: ({ label }) => label.toUpperCase() as MentionKind,
};
