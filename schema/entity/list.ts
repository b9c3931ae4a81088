import type { EntityType } from '../../domain/entity/types.js';
import { listEntities as list } from '../../services/entity/entities.js';
import type { RequestContext } from '../context.js';
import type { EntityFilter, InputMaybe } from '../types.generated.js';

const LOADER = { Person: 'personById', Organization: 'organizationById', Project: 'projectById' } as const;

/** `people`, `organizations`, `projects`: one page, its entities primed into the request's loader. */
export async function listEntities(
  ctx: RequestContext,
  type: EntityType,
  args: { first?: InputMaybe<number>; after?: InputMaybe<string>; filter?: InputMaybe<EntityFilter> },
) {
  const connection = await list(ctx.repos, ctx.viewer, type, args.filter ?? {}, args);
  for (const { node } of connection.edges) ctx.loaders[LOADER[type]].prime(node.id, node);
  return connection;
}
