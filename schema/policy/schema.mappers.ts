import type { Connection } from '../../lib/connection.js';
import type { PolicyRecord } from '../../domain/policy/types.js';
import type { PolicyMatch } from '../../services/policy/matching.js';

export type {
  PolicyRecord as PolicyMapper,
  PolicyRevisionRecord as PolicyRevisionMapper,
  PolicyLink as PolicyLinkMapper,
} from '../../domain/policy/types.js';
export type { ConditionsRecord as PolicyConditionsMapper } from '../../domain/policy/conditions.js';
export type { PolicyMatch as PolicyMatchMapper } from '../../services/policy/matching.js';
export type PolicyConnectionMapper = Connection<PolicyRecord>;
export type PolicyMatchConnectionMapper = Connection<PolicyMatch>;
