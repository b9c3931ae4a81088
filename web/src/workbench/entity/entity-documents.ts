import { graphql } from '../../gql';

/** The workbench's reads and writes of people, organisations and projects. */

export const WorkbenchEntityDocument = graphql(`
  query WorkbenchEntity($id: ID!, $person: Boolean!, $organization: Boolean!, $project: Boolean!) {
    person(id: $id) @include(if: $person) {
      id
      name
      title
      description
      version
      deleted
      history(first: 30) {
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
    organization(id: $id) @include(if: $organization) {
      id
      name
      aliases
      kind
      website
      creditCode
      description
      version
      deleted
      history(first: 30) {
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
    project(id: $id) @include(if: $project) {
      id
      name
      description
      status
      startedOn
      version
      deleted
      history(first: 30) {
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
    neighbourhood(id: $id, hops: 1, limit: 100) {
      nodes {
        id
        kind
        label
      }
      edges {
        from
        to
        type
      }
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);
export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);
export const CreateProjectDocument = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) {
      id
      version
    }
  }
`);
export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($id: ID!, $version: Int!, $patch: OrganizationPatch!) {
    updateOrganization(id: $id, version: $version, patch: $patch) {
      id
      version
    }
  }
`);
export const UpdateProjectDocument = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $patch: ProjectPatch!) {
    updateProject(id: $id, version: $version, patch: $patch) {
      id
      version
    }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!, $version: Int!) {
    deletePerson(id: $id, version: $version) {
      id
      version
    }
  }
`);
export const DeleteOrganizationDocument = graphql(`
  mutation DeleteOrganization($id: ID!, $version: Int!) {
    deleteOrganization(id: $id, version: $version) {
      id
      version
    }
  }
`);
export const DeleteProjectDocument = graphql(`
  mutation DeleteProject($id: ID!, $version: Int!) {
    deleteProject(id: $id, version: $version) {
      id
      version
    }
  }
`);
export const RestorePersonDocument = graphql(`
  mutation RestorePerson($id: ID!, $version: Int!) {
    restorePerson(id: $id, version: $version) {
      id
      version
    }
  }
`);
export const RestoreOrganizationDocument = graphql(`
  mutation RestoreOrganization($id: ID!, $version: Int!) {
    restoreOrganization(id: $id, version: $version) {
      id
      version
    }
  }
`);
export const RestoreProjectDocument = graphql(`
  mutation RestoreProject($id: ID!, $version: Int!) {
    restoreProject(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const LinkDocument = graphql(`
  mutation LinkEntities($input: LinkInput!) {
    link(input: $input) {
      type
      fromId
      toId
    }
  }
`);
export const UnlinkDocument = graphql(`
  mutation UnlinkEntities($input: LinkInput!) {
    unlink(input: $input) {
      type
      fromId
      toId
    }
  }
`);

export const LinkTargetSearchDocument = graphql(`
  query LinkTargetSearch($query: String!, $kinds: [SearchKind!]) {
    search(query: $query, kinds: $kinds, first: 10) {
      edges {
        node {
          id
          kind
          label
        }
      }
    }
  }
`);

export const MergePeopleDocument = graphql(`
  mutation MergePeople($keep: ID!, $duplicate: ID!) {
    mergePeople(keep: $keep, duplicate: $duplicate) {
      id
      version
    }
  }
`);
export const MergeOrganizationsDocument = graphql(`
  mutation MergeOrganizations($keep: ID!, $duplicate: ID!) {
    mergeOrganizations(keep: $keep, duplicate: $duplicate) {
      id
      version
    }
  }
`);
