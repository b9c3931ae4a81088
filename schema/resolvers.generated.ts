/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { crawlRuns as Query_crawlRuns } from './crawl/resolvers/Query/crawlRuns.js';
import    { document as Query_document } from './document/resolvers/Query/document.js';
import    { documents as Query_documents } from './document/resolvers/Query/documents.js';
import    { embeddingJob as Query_embeddingJob } from './embedding/resolvers/Query/embeddingJob.js';
import    { embeddingJobs as Query_embeddingJobs } from './embedding/resolvers/Query/embeddingJobs.js';
import    { importJob as Query_importJob } from './document/resolvers/Query/importJob.js';
import    { importJobs as Query_importJobs } from './document/resolvers/Query/importJobs.js';
import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { news as Query_news } from './crawl/resolvers/Query/news.js';
import    { newsItem as Query_newsItem } from './crawl/resolvers/Query/newsItem.js';
import    { policies as Query_policies } from './crawl/resolvers/Query/policies.js';
import    { policy as Query_policy } from './crawl/resolvers/Query/policy.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { searchDocuments as Query_searchDocuments } from './document/resolvers/Query/searchDocuments.js';
import    { semanticSearch as Query_semanticSearch } from './embedding/resolvers/Query/semanticSearch.js';
import    { source as Query_source } from './crawl/resolvers/Query/source.js';
import    { sources as Query_sources } from './crawl/resolvers/Query/sources.js';
import    { topic as Query_topic } from './topic/resolvers/Query/topic.js';
import    { topicReviewQueue as Query_topicReviewQueue } from './topic/resolvers/Query/topicReviewQueue.js';
import    { topics as Query_topics } from './topic/resolvers/Query/topics.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { embedDocuments as Mutation_embedDocuments } from './embedding/resolvers/Mutation/embedDocuments.js';
import    { importLiteratureFiles as Mutation_importLiteratureFiles } from './document/resolvers/Mutation/importLiteratureFiles.js';
import    { mapTopic as Mutation_mapTopic } from './topic/resolvers/Mutation/mapTopic.js';
import    { mergeTopics as Mutation_mergeTopics } from './topic/resolvers/Mutation/mergeTopics.js';
import    { renameTopic as Mutation_renameTopic } from './topic/resolvers/Mutation/renameTopic.js';
import    { splitTopic as Mutation_splitTopic } from './topic/resolvers/Mutation/splitTopic.js';
import    { CrawlRun } from './crawl/resolvers/CrawlRun.js';
import    { Document } from './document/resolvers/Document.js';
import    { DocumentConnection } from './document/resolvers/DocumentConnection.js';
import    { DocumentEdge } from './document/resolvers/DocumentEdge.js';
import    { DocumentPageInfo } from './document/resolvers/DocumentPageInfo.js';
import    { DocumentProvenance } from './document/resolvers/DocumentProvenance.js';
import    { DocumentSearchHit } from './document/resolvers/DocumentSearchHit.js';
import    { DocumentSearchResult } from './document/resolvers/DocumentSearchResult.js';
import    { EmbeddingJob } from './embedding/resolvers/EmbeddingJob.js';
import    { ImportDuplicate } from './document/resolvers/ImportDuplicate.js';
import    { ImportJob } from './document/resolvers/ImportJob.js';
import    { ImportRejection } from './document/resolvers/ImportRejection.js';
import    { ImportWarning } from './document/resolvers/ImportWarning.js';
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
import    { SemanticHit } from './embedding/resolvers/SemanticHit.js';
import    { Source } from './crawl/resolvers/Source.js';
import    { Topic } from './topic/resolvers/Topic.js';
import    { TopicDocument } from './topic/resolvers/TopicDocument.js';
import    { TopicDocumentPage } from './topic/resolvers/TopicDocumentPage.js';
import    { TopicIndustryCandidate } from './topic/resolvers/TopicIndustryCandidate.js';
import    { TopicKeyword } from './topic/resolvers/TopicKeyword.js';
import    { TopicTrendPoint } from './topic/resolvers/TopicTrendPoint.js';
    export const resolvers: Resolvers = {
      Query: { crawlRuns: Query_crawlRuns,document: Query_document,documents: Query_documents,embeddingJob: Query_embeddingJob,embeddingJobs: Query_embeddingJobs,importJob: Query_importJob,importJobs: Query_importJobs,industries: Query_industries,industry: Query_industry,news: Query_news,newsItem: Query_newsItem,policies: Query_policies,policy: Query_policy,regions: Query_regions,searchDocuments: Query_searchDocuments,semanticSearch: Query_semanticSearch,source: Query_source,sources: Query_sources,topic: Query_topic,topicReviewQueue: Query_topicReviewQueue,topics: Query_topics,version: Query_version },
      Mutation: { embedDocuments: Mutation_embedDocuments,importLiteratureFiles: Mutation_importLiteratureFiles,mapTopic: Mutation_mapTopic,mergeTopics: Mutation_mergeTopics,renameTopic: Mutation_renameTopic,splitTopic: Mutation_splitTopic },
      
      CrawlRun: CrawlRun,
Document: Document,
DocumentConnection: DocumentConnection,
DocumentEdge: DocumentEdge,
DocumentPageInfo: DocumentPageInfo,
DocumentProvenance: DocumentProvenance,
DocumentSearchHit: DocumentSearchHit,
DocumentSearchResult: DocumentSearchResult,
EmbeddingJob: EmbeddingJob,
ImportDuplicate: ImportDuplicate,
ImportJob: ImportJob,
ImportRejection: ImportRejection,
ImportWarning: ImportWarning,
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
SemanticHit: SemanticHit,
Source: Source,
Topic: Topic,
TopicDocument: TopicDocument,
TopicDocumentPage: TopicDocumentPage,
TopicIndustryCandidate: TopicIndustryCandidate,
TopicKeyword: TopicKeyword,
TopicTrendPoint: TopicTrendPoint
    }