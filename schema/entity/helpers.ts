import { historyOf } from '../audit/history.js';
import type { EntityRecord, EntityType } from '../../domain/entity/types.js';
import type { LinkType } from '../../domain/entity/links.js';
import type { IndustryRecord } from '../../domain/industry/types.js';
import type { RegionRecord } from '../../domain/region/types.js';
import type { RequestContext } from '../context.js';

/** Shared by the Person, Organization and Project resolvers: relations through the batching loader. */

export async function related(
  ctx: RequestContext,
  from: EntityRecord,
  type: LinkType,
  direction: 'out' | 'in',
  kind: EntityType,
): Promise<EntityRecord[]> {
  const rows = await ctx.loaders.related.load({ from: from.entityType, id: from.id, type, direction });
  return rows.filter((row) => row.kind === kind && row.record).map((row) => row.record!);
}

/** Policies (owned by the policy module) as graph nodes: id, kind and title. */
export async function fundedBy(ctx: RequestContext, from: EntityRecord) {
  const rows = await ctx.loaders.related.load({ from: from.entityType, id: from.id, type: 'FUNDED_BY', direction: 'out' });
  return rows.filter((row) => row.kind === 'Policy').map((row) => ({ key: row.key, kind: row.kind, label: row.label }));
}

async function industriesOf(ctx: RequestContext, from: EntityRecord): Promise<IndustryRecord[]> {
  const rows = await ctx.loaders.related.load({ from: from.entityType, id: from.id, type: 'IN_INDUSTRY', direction: 'out' });
  const found = await ctx.loaders.industryByCode.loadMany(rows.map((row) => row.key));
  return found.filter((i): i is IndustryRecord => i !== null && !(i instanceof Error));
}

async function regionsOf(ctx: RequestContext, from: EntityRecord): Promise<RegionRecord[]> {
  const rows = await ctx.loaders.related.load({ from: from.entityType, id: from.id, type: 'LOCATED_IN', direction: 'out' });
  const found = await ctx.loaders.regionByCode.loadMany(rows.map((row) => row.key));
  return found.filter((r): r is RegionRecord => r !== null && !(r instanceof Error));
}

export const ENTITY_COMMON = {
  history: (parent: EntityRecord, args: { first?: number | null; after?: string | null }, ctx: RequestContext) =>
    historyOf(ctx, parent, args),
  industries: (parent: EntityRecord, _args: unknown, ctx: RequestContext) => industriesOf(ctx, parent),
  regions: (parent: EntityRecord, _args: unknown, ctx: RequestContext) => regionsOf(ctx, parent),
};
