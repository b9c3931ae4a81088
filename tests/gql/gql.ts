/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopicListDocument,
    "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TopicIdsOfIndustryDocument,
    "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n": typeof types.TopicReviewListDocument,
    "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n": typeof types.TopicByIdDocument,
    "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n": typeof types.TopicRenameDocument,
    "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n": typeof types.TopicMapDocument,
    "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n": typeof types.TopicMergeDocument,
    "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n": typeof types.TopicSplitDocument,
    "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopicDocumentPagesDocument,
};
const documents: Documents = {
    "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TopicListDocument,
    "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.TopicIdsOfIndustryDocument,
    "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n": types.TopicReviewListDocument,
    "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n": types.TopicByIdDocument,
    "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n": types.TopicRenameDocument,
    "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n": types.TopicMapDocument,
    "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n": types.TopicMergeDocument,
    "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n": types.TopicSplitDocument,
    "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.TopicDocumentPagesDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicList($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n          label\n          labelSource\n          outlier\n          size\n          keywords {\n            term\n          }\n          representativeDocuments {\n            id\n            title\n          }\n          trend {\n            year\n            count\n          }\n          industry {\n            code\n          }\n          mappingStatus\n          industryCandidates {\n            industry {\n              code\n              name\n            }\n            score\n            keywords\n            documents {\n              id\n            }\n          }\n          documents(first: 3) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicIdsOfIndustry($industry: String) {\n    topics(industry: $industry) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicIdsOfIndustryDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicReviewList {\n    topicReviewQueue {\n      edges {\n        node {\n          id\n          mappingStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicReviewListDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicById($id: ID!) {\n    topic(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicByIdDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicRename($id: ID!, $label: String!) {\n    renameTopic(id: $id, label: $label) {\n      id\n      label\n      labelSource\n    }\n  }\n"): typeof import('./graphql.js').TopicRenameDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicMap($id: ID!, $industry: String) {\n    mapTopic(id: $id, industry: $industry) {\n      id\n      industry {\n        code\n      }\n      mappingStatus\n    }\n  }\n"): typeof import('./graphql.js').TopicMapDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicMerge($source: ID!, $target: ID!) {\n    mergeTopics(source: $source, target: $target) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicMergeDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {\n    splitTopic(id: $id, documentIds: $documentIds, label: $label) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TopicSplitDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query TopicDocumentPages($id: ID!, $first: Int, $after: String) {\n    topic(id: $id) {\n      documents(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicDocumentPagesDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
