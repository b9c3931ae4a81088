/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { crawlRuns as Query_crawlRuns } from './crawl/resolvers/Query/crawlRuns.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { news as Query_news } from './crawl/resolvers/Query/news.js';
import    { newsItem as Query_newsItem } from './crawl/resolvers/Query/newsItem.js';
import    { policies as Query_policies } from './crawl/resolvers/Query/policies.js';
import    { policy as Query_policy } from './crawl/resolvers/Query/policy.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { source as Query_source } from './crawl/resolvers/Query/source.js';
import    { sources as Query_sources } from './crawl/resolvers/Query/sources.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { CrawlRun } from './crawl/resolvers/CrawlRun.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { Mention } from './crawl/resolvers/Mention.js';
import    { NewsItem } from './crawl/resolvers/NewsItem.js';
import    { NewsPage } from './crawl/resolvers/NewsPage.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Policy } from './crawl/resolvers/Policy.js';
import    { PolicyAttachment } from './crawl/resolvers/PolicyAttachment.js';
import    { PolicyIssuer } from './crawl/resolvers/PolicyIssuer.js';
import    { PolicyLink } from './crawl/resolvers/PolicyLink.js';
import    { PolicyPage } from './crawl/resolvers/PolicyPage.js';
import    { PolicyRevision } from './crawl/resolvers/PolicyRevision.js';
import    { Region } from './industry/resolvers/Region.js';
import    { Source } from './crawl/resolvers/Source.js';
    export const resolvers: Resolvers = {
      Query: { crawlRuns: Query_crawlRuns,industries: Query_industries,industry: Query_industry,news: Query_news,newsItem: Query_newsItem,policies: Query_policies,policy: Query_policy,regions: Query_regions,source: Query_source,sources: Query_sources,version: Query_version },
      
      
      CrawlRun: CrawlRun,
Industry: Industry,
IndustryClassification: IndustryClassification,
Mention: Mention,
NewsItem: NewsItem,
NewsPage: NewsPage,
OfficialDocument: OfficialDocument,
Policy: Policy,
PolicyAttachment: PolicyAttachment,
PolicyIssuer: PolicyIssuer,
PolicyLink: PolicyLink,
PolicyPage: PolicyPage,
PolicyRevision: PolicyRevision,
Region: Region,
Source: Source
    }