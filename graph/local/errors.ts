import { AppError } from '../../lib/errors.js';

export type LocalNeo4jErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'maven_missing'
  | 'resolve_failed'
  | 'port_in_use'
  | 'data_dir_locked'
  | 'startup_failed'
  | 'startup_timeout'
  | 'not_running';

/** A failure of the local Neo4j whose message is one line a user can act on. */
export class LocalNeo4jError extends AppError {
  constructor(
    readonly reason: LocalNeo4jErrorCode,
    message: string,
  ) {
    super('UNAVAILABLE', message, { reason });
  }
}
