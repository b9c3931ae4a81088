import { ENTITY_COMMON, fundedBy, related } from '../helpers.js';
import type { ProjectResolvers } from '../../types.generated.js';

export const Project: ProjectResolvers = {
  history: (parent, args, ctx) => ENTITY_COMMON.history(parent, args, ctx),
  industries: (parent, _arg, ctx) => ENTITY_COMMON.industries(parent, _arg, ctx),
  regions: (parent, _arg, ctx) => ENTITY_COMMON.regions(parent, _arg, ctx),
  status: (parent) => parent.status as never,
  leaders: (parent, _arg, ctx) => related(ctx, parent, 'LEADS', 'in', 'Person'),
  organizations: (parent, _arg, ctx) => related(ctx, parent, 'AFFILIATED_WITH', 'out', 'Organization'),
  members: (parent, _arg, ctx) => related(ctx, parent, 'MEMBER_OF', 'in', 'Person'),
  fundedBy: (parent, _arg, ctx) => fundedBy(ctx, parent),
};
