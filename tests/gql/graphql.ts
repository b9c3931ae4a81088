/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ConditionClauseInput = {
  field: ConditionField;
  text: string;
};

/** Which condition a clause of the policy text states. */
export type ConditionField =
  | 'AGE'
  | 'EMPLOYEES'
  | 'INDUSTRY'
  | 'QUALIFICATIONS'
  | 'RD_STAFF'
  | 'REGION'
  | 'REVENUE'
  | 'TALENT'
  | 'VALIDITY';

export type PersonInput = {
  description?: string | null | undefined;
  name: string;
  sourceUrl?: string | null | undefined;
  title?: string | null | undefined;
};

export type PersonPatch = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  title?: string | null | undefined;
};

export type PolicyConditionsInput = {
  /** Replaces the stored clauses (none when left out). */
  clauses?: Array<ConditionClauseInput> | null | undefined;
  industryCodes?: Array<string | number> | null | undefined;
  maxAgeYears?: number | null | undefined;
  maxEmployees?: number | null | undefined;
  maxRevenue?: number | null | undefined;
  minAgeYears?: number | null | undefined;
  minEmployees?: number | null | undefined;
  minRdStaff?: number | null | undefined;
  minRevenue?: number | null | undefined;
  qualifications?: Array<Qualification> | null | undefined;
  regionCodes?: Array<string | number> | null | undefined;
  talentTypes?: Array<string> | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

export type Qualification =
  /** 高新技术企业 */
  | 'HIGH_TECH'
  /** 专精特新企业 */
  | 'SPECIALIZED'
  /** 科技型中小企业 */
  | 'TECH_SME';

export type WebCliIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCliIndustriesQuery = { industries: Array<{ name: string }> };

export type WebPagesSetConditionsMutationVariables = Exact<{
  id: string | number;
  c: PolicyConditionsInput;
}>;


export type WebPagesSetConditionsMutation = { setPolicyConditions: { version: number } };

export type WebWorkbenchPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type WebWorkbenchPersonQuery = { person: { id: string, name: string, title: string | null, description: string | null, version: number } | null };

export type WebWorkbenchCreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type WebWorkbenchCreatePersonMutation = { createPerson: { id: string } };

export type WebWorkbenchUpdatePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  patch: PersonPatch;
}>;


export type WebWorkbenchUpdatePersonMutation = { updatePerson: { version: number } };

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

export const WebCliIndustriesDocument = new TypedDocumentString(`
    query WebCliIndustries {
  industries {
    name
  }
}
    `) as unknown as TypedDocumentString<WebCliIndustriesQuery, WebCliIndustriesQueryVariables>;
export const WebPagesSetConditionsDocument = new TypedDocumentString(`
    mutation WebPagesSetConditions($id: ID!, $c: PolicyConditionsInput!) {
  setPolicyConditions(policyId: $id, version: 0, conditions: $c) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebPagesSetConditionsMutation, WebPagesSetConditionsMutationVariables>;
export const WebWorkbenchPersonDocument = new TypedDocumentString(`
    query WebWorkbenchPerson($id: ID!) {
  person(id: $id) {
    id
    name
    title
    description
    version
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchPersonQuery, WebWorkbenchPersonQueryVariables>;
export const WebWorkbenchCreatePersonDocument = new TypedDocumentString(`
    mutation WebWorkbenchCreatePerson($input: PersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchCreatePersonMutation, WebWorkbenchCreatePersonMutationVariables>;
export const WebWorkbenchUpdatePersonDocument = new TypedDocumentString(`
    mutation WebWorkbenchUpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
  updatePerson(id: $id, version: $version, patch: $patch) {
    version
  }
}
    `) as unknown as TypedDocumentString<WebWorkbenchUpdatePersonMutation, WebWorkbenchUpdatePersonMutationVariables>;