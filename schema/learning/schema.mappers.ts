import type { Connection, Edge } from '../../lib/connection.js';
import type { LearningPathRecord, LearningStep } from '../../domain/learning/path.js';
export type { LearningPathRecord as LearningPathMapper } from '../../domain/learning/path.js';
export type LearningStepMapper = LearningStep & { position: number };
export type LearningPathConnectionMapper = Connection<LearningPathRecord>;
export type LearningPathEdgeMapper = Edge<LearningPathRecord>;
