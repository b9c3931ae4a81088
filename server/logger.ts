import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../lib/config.js';

/**
 * Structured JSON logs; tests pass a destination to read what was logged. Without one, lines go
 * to stdout through pino's asynchronous destination (sonic-boom, buffered, written off the
 * request's path), so a request never waits for its log line; `flushLogger` drains it at shutdown.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      name: 'hechuang',
      level: config.logLevel,
      base: { service: 'hechuang' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], remove: true },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** Writes out what the asynchronous destination still buffers (before the process exits). */
export function flushLogger(log: Logger): Promise<void> {
  return new Promise((resolve) => log.flush(() => resolve()));
}
