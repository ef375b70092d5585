import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; level from LOG_LEVEL. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'newsgraph' }, timestamp: pino.stdTimeFunctions.isoTime });
}
