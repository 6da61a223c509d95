/** Structured JSON logs (pino); one logger for the process, child loggers carry the request id. */
import { pino, destination, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  // Synchronous writes: the last lines before an exit (shutdown, fatal start-up errors) are never lost.
  return pino({ level: config.logLevel, base: { service: 'kizuna' } }, destination({ dest: 1, sync: true }));
}
