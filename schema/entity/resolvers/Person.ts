import { ENTITY_COMMON, related } from '../helpers.js';
import type { PersonResolvers } from '../../types.generated.js';

export const Person: PersonResolvers = {
  history: (parent, args, ctx) => ENTITY_COMMON.history(parent, args, ctx),
  industries: (parent, _arg, ctx) => ENTITY_COMMON.industries(parent, _arg, ctx),
  regions: (parent, _arg, ctx) => ENTITY_COMMON.regions(parent, _arg, ctx),
  memberOf: (parent, _arg, ctx) => related(ctx, parent, 'MEMBER_OF', 'out', 'Organization'),
  affiliations: (parent, _arg, ctx) => related(ctx, parent, 'AFFILIATED_WITH', 'out', 'Organization'),
  leads: (parent, _arg, ctx) => related(ctx, parent, 'LEADS', 'out', 'Project'),
  leadsOrganizations: (parent, _arg, ctx) => related(ctx, parent, 'LEADS', 'out', 'Organization'),
};
