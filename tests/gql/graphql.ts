/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type TopicLabelSource =
  | 'AUTO'
  | 'LIBRARIAN';

export type TopicMappingStatus =
  /** Mapped automatically: the best industry's score reached the threshold. */
  | 'AUTO'
  /** A librarian decided; rebuilds keep it. */
  | 'LIBRARIAN'
  /** No industry scored high enough: waiting for a librarian. */
  | 'REVIEW';

export type TopicListQueryVariables = Exact<{
  industry?: string | null | undefined;
}>;


export type TopicListQuery = { topics: { edges: Array<{ node: { id: string, label: string, labelSource: TopicLabelSource, outlier: boolean, size: number, mappingStatus: TopicMappingStatus, keywords: Array<{ term: string }>, representativeDocuments: Array<{ id: string, title: string }>, trend: Array<{ year: number, count: number }>, industry: { code: string } | null, industryCandidates: Array<{ score: number, keywords: Array<string>, industry: { code: string, name: string }, documents: Array<{ id: string }> }>, documents: { totalCount: number, edges: Array<{ node: { id: string } }> } } }> } };

export type TopicIdsOfIndustryQueryVariables = Exact<{
  industry?: string | null | undefined;
}>;


export type TopicIdsOfIndustryQuery = { topics: { edges: Array<{ node: { id: string } }> } };

export type TopicReviewListQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicReviewListQuery = { topicReviewQueue: { edges: Array<{ node: { id: string, mappingStatus: TopicMappingStatus } }> } };

export type TopicByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicByIdQuery = { topic: { id: string } | null };

export type TopicRenameMutationVariables = Exact<{
  id: string | number;
  label: string;
}>;


export type TopicRenameMutation = { renameTopic: { id: string, label: string, labelSource: TopicLabelSource } };

export type TopicMapMutationVariables = Exact<{
  id: string | number;
  industry?: string | null | undefined;
}>;


export type TopicMapMutation = { mapTopic: { id: string, mappingStatus: TopicMappingStatus, industry: { code: string } | null } };

export type TopicMergeMutationVariables = Exact<{
  source: string | number;
  target: string | number;
}>;


export type TopicMergeMutation = { mergeTopics: { id: string } };

export type TopicSplitMutationVariables = Exact<{
  id: string | number;
  documentIds: Array<string | number> | string | number;
  label: string;
}>;


export type TopicSplitMutation = { splitTopic: { id: string } };

export type TopicDocumentPagesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TopicDocumentPagesQuery = { topic: { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TopicListDocument = new TypedDocumentString(`
    query TopicList($industry: String) {
  topics(industry: $industry) {
    edges {
      node {
        id
        label
        labelSource
        outlier
        size
        keywords {
          term
        }
        representativeDocuments {
          id
          title
        }
        trend {
          year
          count
        }
        industry {
          code
        }
        mappingStatus
        industryCandidates {
          industry {
            code
            name
          }
          score
          keywords
          documents {
            id
          }
        }
        documents(first: 3) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicListQuery, TopicListQueryVariables>;
export const TopicIdsOfIndustryDocument = new TypedDocumentString(`
    query TopicIdsOfIndustry($industry: String) {
  topics(industry: $industry) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicIdsOfIndustryQuery, TopicIdsOfIndustryQueryVariables>;
export const TopicReviewListDocument = new TypedDocumentString(`
    query TopicReviewList {
  topicReviewQueue {
    edges {
      node {
        id
        mappingStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicReviewListQuery, TopicReviewListQueryVariables>;
export const TopicByIdDocument = new TypedDocumentString(`
    query TopicById($id: ID!) {
  topic(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicByIdQuery, TopicByIdQueryVariables>;
export const TopicRenameDocument = new TypedDocumentString(`
    mutation TopicRename($id: ID!, $label: String!) {
  renameTopic(id: $id, label: $label) {
    id
    label
    labelSource
  }
}
    `) as unknown as TypedDocumentString<TopicRenameMutation, TopicRenameMutationVariables>;
export const TopicMapDocument = new TypedDocumentString(`
    mutation TopicMap($id: ID!, $industry: String) {
  mapTopic(id: $id, industry: $industry) {
    id
    industry {
      code
    }
    mappingStatus
  }
}
    `) as unknown as TypedDocumentString<TopicMapMutation, TopicMapMutationVariables>;
export const TopicMergeDocument = new TypedDocumentString(`
    mutation TopicMerge($source: ID!, $target: ID!) {
  mergeTopics(source: $source, target: $target) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicMergeMutation, TopicMergeMutationVariables>;
export const TopicSplitDocument = new TypedDocumentString(`
    mutation TopicSplit($id: ID!, $documentIds: [ID!]!, $label: String!) {
  splitTopic(id: $id, documentIds: $documentIds, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<TopicSplitMutation, TopicSplitMutationVariables>;
export const TopicDocumentPagesDocument = new TypedDocumentString(`
    query TopicDocumentPages($id: ID!, $first: Int, $after: String) {
  topic(id: $id) {
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicDocumentPagesQuery, TopicDocumentPagesQueryVariables>;