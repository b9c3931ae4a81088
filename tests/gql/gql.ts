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
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": typeof types.WebCliIndustriesDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": typeof types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": typeof types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": typeof types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": typeof types.WebWorkbenchUpdatePersonDocument,
};
const documents: Documents = {
    "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n": types.WebCliIndustriesDocument,
    "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n": types.WebPagesSetConditionsDocument,
    "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n": types.WebWorkbenchPersonDocument,
    "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n": types.WebWorkbenchCreatePersonDocument,
    "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n": types.WebWorkbenchUpdatePersonDocument,
};

/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebCliIndustries {\n    industries {\n      name\n    }\n  }\n"): typeof import('./graphql.js').WebCliIndustriesDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {\n    setPolicyConditions(policyId: $id, version: 0, conditions: $c) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebPagesSetConditionsDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  query WebWorkbenchPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      description\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchPersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchCreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchCreatePersonDocument;
/**
 * The typed function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function typed(source: "\n  mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {\n    updatePerson(id: $id, version: $version, patch: $patch) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').WebWorkbenchUpdatePersonDocument;


export function typed(source: string) {
  return (documents as any)[source] ?? {};
}
