import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

/**
 * autocannon 9, typed for what the benchmark uses (the package ships no types). Loaded with
 * require rather than `import 'autocannon'` so these types do not merge with other ambient
 * declarations of the module elsewhere in the project.
 */

export interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called before every request with the connection's context; returns the request to send. */
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  /** Called with every answer to this request, just before the tracker's 'response' event. */
  onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
}

export interface AutocannonOptions {
  url: string;
  connections?: number;
  /** Seconds. */
  duration?: number;
  pipelining?: number;
  /** Seconds. */
  timeout?: number;
  requests?: AutocannonRequest[];
}

export interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Emits 'response' (client, status, bytes, ms) and 'reqError' (error). */
export type AutocannonTracker = EventEmitter;

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonTracker;

export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
