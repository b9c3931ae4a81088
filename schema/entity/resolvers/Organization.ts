import { ENTITY_COMMON, fundedBy, related } from '../helpers.js';
import type { OrganizationResolvers } from '../../types.generated.js';

export const Organization: OrganizationResolvers = {
  history: (parent, args, ctx) => ENTITY_COMMON.history(parent, args, ctx),
  industries: (parent, _arg, ctx) => ENTITY_COMMON.industries(parent, _arg, ctx),
  regions: (parent, _arg, ctx) => ENTITY_COMMON.regions(parent, _arg, ctx),
  kind: (parent) => parent.kind as never,
  members: (parent, _arg, ctx) => related(ctx, parent, 'MEMBER_OF', 'in', 'Person'),
  leaders: (parent, _arg, ctx) => related(ctx, parent, 'LEADS', 'in', 'Person'),
  affiliatedPeople: (parent, _arg, ctx) => related(ctx, parent, 'AFFILIATED_WITH', 'in', 'Person'),
  projects: (parent, _arg, ctx) => related(ctx, parent, 'AFFILIATED_WITH', 'in', 'Project'),
  affiliations: (parent, _arg, ctx) => related(ctx, parent, 'AFFILIATED_WITH', 'out', 'Organization'),
  fundedBy: (parent, _arg, ctx) => fundedBy(ctx, parent),
};
