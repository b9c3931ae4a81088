import type { EntityType } from '../../domain/entity/types.js';
import { isStaff } from '../../domain/account/access.js';
import type { RequestContext } from '../context.js';
import { ForbiddenError } from '../../lib/errors.js';
import { decodeCursor, pageSize, toPage } from '../../lib/pages.js';
import type { EntityFilter, InputMaybe } from '../types.generated.js';

export async function listEntities(
  ctx: RequestContext,
  type: EntityType,
  args: { first?: InputMaybe<number>; after?: InputMaybe<string>; filter?: InputMaybe<EntityFilter> },
) {
  const filter = args.filter ?? {};
  if (filter.includeDeleted && !isStaff(ctx.viewer)) throw ForbiddenError('Only librarians see deleted entities');
  let regionCode: string | null = null;
  if (filter.region) regionCode = (await ctx.repos.regions.find(filter.region))?.code ?? filter.region;
  const first = pageSize(args.first);
  const page = await ctx.repos.curation.list(type, {
    first,
    after: decodeCursor(args.after),
    includeDeleted: filter.includeDeleted ?? false,
    industryCode: filter.industry ?? null,
    regionCode,
    organizationId: filter.organization ?? null,
  });
  for (const item of page.items)
    ctx.loaders[type === 'Person' ? 'personById' : type === 'Organization' ? 'organizationById' : 'projectById'].prime(item.id, item);
  return toPage(page.items, page.hasNextPage);
}
