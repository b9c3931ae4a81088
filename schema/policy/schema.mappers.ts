export type { PolicyRecord as PolicyMapper, PolicyRevisionRecord as PolicyRevisionMapper, PolicyLink as PolicyLinkMapper } from '../../graph/repositories/policy/policies.js';
export type { ConditionsRecord as PolicyConditionsMapper } from '../../graph/repositories/policy/conditions.js';
export type { PolicyMatch as PolicyMatchMapper } from '../../services/policy/matching.js';
