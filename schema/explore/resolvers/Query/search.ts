import { clientOf } from '../../../client.js';
import type { SearchKind } from '../../../../domain/explore/types.js';
import { isStaff } from '../../../../domain/account/access.js';
import { search as find } from '../../../../services/explore/explore.js';
import { embeddingDocumentSearch } from '../../../../services/document/semantic-search.js';
import type { QueryResolvers } from '../../../types.generated.js';

const KIND: Record<string, SearchKind> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  POLICY: 'Policy',
  DOCUMENT: 'Document',
  NEWS: 'NewsItem',
};

export const search: NonNullable<QueryResolvers['search']> = (_parent, { query, kinds, first, after }, ctx) => {
  const { embedding } = ctx.services;
  const semantic = embedding ? embeddingDocumentSearch(embedding, ctx.repos.documents, Date.now, clientOf(ctx)) : undefined;
  return find(ctx.repos, query, kinds?.map((k) => KIND[k]!) ?? null, first, after ?? null, isStaff(ctx.viewer), semantic);
};
