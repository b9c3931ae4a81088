/**
 * Structured eligibility conditions of a policy, kept on their own node
 * `(:Policy)-[:HAS_CONDITIONS]->(:PolicyConditions)` so that the policy module, which owns
 * `:Policy` and rewrites it on every crawl, never overwrites what librarians curated.
 */

export type Qualification = 'HIGH_TECH' | 'SPECIALIZED' | 'TECH_SME';

/** Which condition a clause of the policy text states. */
export type ConditionField =
  'INDUSTRY' | 'REGION' | 'AGE' | 'EMPLOYEES' | 'REVENUE' | 'RD_STAFF' | 'QUALIFICATIONS' | 'TALENT' | 'VALIDITY';

export const CONDITION_FIELDS: readonly ConditionField[] = [
  'INDUSTRY',
  'REGION',
  'AGE',
  'EMPLOYEES',
  'REVENUE',
  'RD_STAFF',
  'QUALIFICATIONS',
  'TALENT',
  'VALIDITY',
];

/** The words of the policy (条款) a condition was read from, as a librarian kept or edited them. */
export interface Clause {
  field: ConditionField;
  text: string;
}

export interface Conditions {
  /** Industry codes the policy supports besides its own SUPPORTS links. */
  industryCodes: string[];
  /** Where the company must be registered (a county or the city); empty: anywhere. */
  regionCodes: string[];
  /** Company age in whole years since founding. */
  minAgeYears: number | null;
  maxAgeYears: number | null;
  minEmployees: number | null;
  maxEmployees: number | null;
  /** Annual revenue, 万元. */
  minRevenue: number | null;
  maxRevenue: number | null;
  minRdStaff: number | null;
  /** Qualifications the company must hold (all of them). */
  qualifications: Qualification[];
  /** Talent types of which the company must employ at least one (any of them); empty: none needed. */
  talentTypes: string[];
  /** YYYY-MM-DD; the policy is in force between them. */
  validFrom: string | null;
  validUntil: string | null;
  /** Stored as two parallel lists (`clauseFields`, `clauseTexts`): properties cannot hold maps. */
  clauses: Clause[];
}

export interface ConditionsRecord extends Conditions {
  policyId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Candidate {
  policyId: string;
  title: string;
  /** Industries linked by live SUPPORTS links. */
  supports: string[];
  /** Where the policy applies (its live IN_REGION link). */
  region: { code: string; name: string; level: string } | null;
  conditions: ConditionsRecord | null;
}
