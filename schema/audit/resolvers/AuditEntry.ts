import type { AuditEntryResolvers } from '../../types.generated.js';

export const AuditEntry: AuditEntryResolvers = {
  actor: (parent, _arg, ctx) => ctx.loaders.accountById.load(parent.actor),
  actorId: (parent) => parent.actor,
};
