import { keysetConnection, decodeKeysetCursor, offsetAfter, offsetConnection, pageSize } from '../../../lib/connection.js';
import { ValidationError } from '../../../lib/errors.js';
import { policyKeys } from '../../../graph/repositories/policy/policies.js';
import { newsKeys } from '../../../graph/repositories/news/news.js';
import { documentExportUrl, EXPORT_FORMAT } from '../../../services/export/export.js';
import { neighbourhood } from '../../../services/explore/explore.js';
import { documentConnection, documentSearchResult } from '../../document/list.js';
import { listEntities } from '../../entity/list.js';
import { todayOf } from '../../context.js';
import { exportScope, libraryFilter } from '../filter.js';
import type { IndustryLibraryResolvers } from './../../types.generated.js';

const MAX_FACETS = 50;

export const IndustryLibrary: Pick<
  IndustryLibraryResolvers,
  | 'counts'
  | 'documents'
  | 'exportUrl'
  | 'facets'
  | 'feedUrl'
  | 'graph'
  | 'industry'
  | 'news'
  | 'organizations'
  | 'people'
  | 'policies'
  | 'projects'
  | 'searchDocuments'
  | 'topics'
> = {
  counts: ({ industry }, _arg, ctx) => ctx.loaders.libraryCounts(todayOf(ctx)).load(industry.code),
  topics: async ({ industry }, { first, after }, ctx) => {
    const limit = pageSize(first);
    const offset = offsetAfter(after);
    const page = await ctx.repos.industryLibraries.topics(industry.code, { offset, first: limit });
    for (const topic of page.items) ctx.loaders.topicById.prime(topic.id, topic);
    return { ...offsetConnection(page.items, offset, page.hasMore), totalCount: page.total };
  },
  documents: ({ industry }, { first, after, filter }, ctx) =>
    documentConnection(ctx, { first, after }, libraryFilter(industry.code, filter)),
  searchDocuments: async ({ industry }, { query, mode, first, after, filter }, ctx) => ({
    ...(await documentSearchResult(ctx, { query, mode, first, after }, libraryFilter(industry.code, filter))),
    exportScope: exportScope(industry.code, filter),
  }),
  facets: async ({ industry }, { limit }, ctx) => {
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_FACETS)
      throw ValidationError(`limit must be between 1 and ${MAX_FACETS}`, { limit });
    return ctx.repos.industryLibraries.facets(industry.code, limit);
  },
  policies: async ({ industry }, { first, after }, ctx) => {
    const keys = decodeKeysetCursor(after, 2);
    const page = await ctx.repos.policies.list(
      { industryCode: industry.code, inForce: true, today: todayOf(ctx) },
      { first: pageSize(first), after: keys ? [keys[0]!, keys[1]!] : null },
    );
    for (const policy of page.items) ctx.loaders.policyById.prime(policy.id, policy);
    return keysetConnection(page.items, page.hasMore, policyKeys);
  },
  news: async ({ industry }, { first, after }, ctx) => {
    const keys = decodeKeysetCursor(after, 2);
    const page = await ctx.repos.news.list(
      { industryCode: industry.code },
      { first: pageSize(first), after: keys ? [keys[0]!, keys[1]!] : null },
    );
    for (const item of page.items) ctx.loaders.newsById.prime(item.id, item);
    return keysetConnection(page.items, page.hasMore, newsKeys);
  },
  organizations: ({ industry }, args, ctx) => listEntities(ctx, 'Organization', { ...args, filter: { industry: industry.code } }),
  people: ({ industry }, args, ctx) => listEntities(ctx, 'Person', { ...args, filter: { industry: industry.code } }),
  projects: ({ industry }, args, ctx) => listEntities(ctx, 'Project', { ...args, filter: { industry: industry.code } }),
  graph: async ({ industry }, { limit }, ctx) =>
    (await neighbourhood(ctx.repos, industry.code, 2, limit)) ?? { nodes: [], edges: [], truncated: false },
  exportUrl: ({ industry }, { format, query, filter }) =>
    documentExportUrl(EXPORT_FORMAT[format], { ...exportScope(industry.code, filter), q: query?.trim() || undefined }),
  feedUrl: ({ industry }) => `/feeds/industries/${encodeURIComponent(industry.code)}.atom`,
};
