import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../lib/config.js';

/** Structured JSON logs; tests pass a destination to read what was logged. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      name: 'hechuang',
      level: config.logLevel,
      base: { service: 'hechuang' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], remove: true },
    },
    destination,
  );
}
