/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { industries as Query_industries } from './industry/resolvers/Query/industries.js';
import    { industry as Query_industry } from './industry/resolvers/Query/industry.js';
import    { regions as Query_regions } from './industry/resolvers/Query/regions.js';
import    { topic as Query_topic } from './topic/resolvers/Query/topic.js';
import    { topicReviewQueue as Query_topicReviewQueue } from './topic/resolvers/Query/topicReviewQueue.js';
import    { topics as Query_topics } from './topic/resolvers/Query/topics.js';
import    { version as Query_version } from './base/resolvers/Query/version.js';
import    { mapTopic as Mutation_mapTopic } from './topic/resolvers/Mutation/mapTopic.js';
import    { mergeTopics as Mutation_mergeTopics } from './topic/resolvers/Mutation/mergeTopics.js';
import    { renameTopic as Mutation_renameTopic } from './topic/resolvers/Mutation/renameTopic.js';
import    { splitTopic as Mutation_splitTopic } from './topic/resolvers/Mutation/splitTopic.js';
import    { Industry } from './industry/resolvers/Industry.js';
import    { IndustryClassification } from './industry/resolvers/IndustryClassification.js';
import    { OfficialDocument } from './industry/resolvers/OfficialDocument.js';
import    { Region } from './industry/resolvers/Region.js';
import    { Topic } from './topic/resolvers/Topic.js';
import    { TopicDocument } from './topic/resolvers/TopicDocument.js';
import    { TopicDocumentPage } from './topic/resolvers/TopicDocumentPage.js';
import    { TopicIndustryCandidate } from './topic/resolvers/TopicIndustryCandidate.js';
import    { TopicKeyword } from './topic/resolvers/TopicKeyword.js';
import    { TopicTrendPoint } from './topic/resolvers/TopicTrendPoint.js';
    export const resolvers: Resolvers = {
      Query: { industries: Query_industries,industry: Query_industry,regions: Query_regions,topic: Query_topic,topicReviewQueue: Query_topicReviewQueue,topics: Query_topics,version: Query_version },
      Mutation: { mapTopic: Mutation_mapTopic,mergeTopics: Mutation_mergeTopics,renameTopic: Mutation_renameTopic,splitTopic: Mutation_splitTopic },
      
      Industry: Industry,
IndustryClassification: IndustryClassification,
OfficialDocument: OfficialDocument,
Region: Region,
Topic: Topic,
TopicDocument: TopicDocument,
TopicDocumentPage: TopicDocumentPage,
TopicIndustryCandidate: TopicIndustryCandidate,
TopicKeyword: TopicKeyword,
TopicTrendPoint: TopicTrendPoint
    }