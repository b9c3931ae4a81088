export type { ConditionsRecord as PolicyConditionsMapper } from '../../graph/repositories/policy-conditions.js';
export type { PolicyMatch as PolicyMatchMapper } from '../../server/services/policy-matching.js';
