import { isStaff } from '../../../domain/account/access.js';
import type { ProvenanceResolvers } from '../../types.generated.js';

export const Provenance: ProvenanceResolvers = {
  curator: (parent, _arg, ctx) => (isStaff(ctx.viewer) && parent.actor ? ctx.loaders.accountById.load(parent.actor) : null),
};
