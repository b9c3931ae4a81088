import type { EntityType } from '../../../../graph/repositories/curation.js';
import { isStaff } from '../../../../server/auth/policy.js';
import { search as find } from '../../../../server/services/explore.js';
import type { QueryResolvers } from './../../../types.generated.js';

const KIND: Record<string, EntityType> = { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project' };

export const search: NonNullable<QueryResolvers['search']> = async (_parent, { query, kinds, first }, ctx) => {
  const hits = await find(ctx.repos, query, kinds?.map((k) => KIND[k]!) ?? null, first, isStaff(ctx.viewer));
  return hits.map((hit) => ({ score: hit.score, entity: { ...hit.record, __typename: hit.record.entityType } }));
};
