import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../../../types.generated.js';

/** The Policy fields read from `policyDetails`: asked for, the record and the details come in one statement. */
const DETAIL_FIELDS = new Set(['attachments', 'revisions', 'issuerOrganization', 'links']);

const asksForDetails = (info: GraphQLResolveInfo) =>
  info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind !== Kind.FIELD || DETAIL_FIELDS.has(s.name.value)));

export const policy: NonNullable<QueryResolvers['policy']> = (_parent, { id }, ctx, info) =>
  (asksForDetails(info) ? ctx.loaders.policyWithDetails : ctx.loaders.policyById).load(id);
