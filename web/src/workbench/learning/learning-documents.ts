import { graphql } from '../../gql';

export const WorkbenchLearningPathsDocument = graphql(`
  query WorkbenchLearningPaths($after: String) {
    learningPaths(first: 50, after: $after, includeDrafts: true) {
      edges {
        node {
          id
          slug
          title
          status
          deleted
          version
          industry {
            name
          }
          steps {
            position
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WorkbenchLearningPathDocument = graphql(`
  query WorkbenchLearningPath($id: ID!) {
    learningPath(key: $id) {
      id
      slug
      title
      summary
      status
      deleted
      version
      industry {
        code
      }
      steps {
        position
        kind
        title
        note
        url
        document {
          id
        }
        policy {
          id
        }
      }
    }
    auditLog(entityId: $id, first: 20) {
      edges {
        node {
          id
          at
          action
          actor {
            displayName
          }
          before
          after
        }
      }
    }
  }
`);

export const CreateLearningPathDocument = graphql(`
  mutation CreateLearningPath($input: LearningPathInput!) {
    createLearningPath(input: $input) {
      id
      version
    }
  }
`);

export const UpdateLearningPathDocument = graphql(`
  mutation UpdateLearningPath($id: ID!, $version: Int!, $input: LearningPathInput!) {
    updateLearningPath(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const PublishLearningPathDocument = graphql(`
  mutation PublishLearningPath($id: ID!, $version: Int!, $published: Boolean!) {
    publishLearningPath(id: $id, version: $version, published: $published) {
      id
      version
      status
    }
  }
`);

export const DeleteLearningPathDocument = graphql(`
  mutation DeleteLearningPath($id: ID!, $version: Int!) {
    deleteLearningPath(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const RestoreLearningPathDocument = graphql(`
  mutation RestoreLearningPath($id: ID!, $version: Int!) {
    restoreLearningPath(id: $id, version: $version) {
      id
      version
    }
  }
`);
