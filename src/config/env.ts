import { z } from 'zod';

/** Raised when the environment is invalid; main prints its message as one line and exits 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const port = (name: string, fallback: number, allowZero: boolean) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return fallback;
      const value = Number(raw);
      const min = allowZero ? 0 : 1;
      if (!/^\d+$/.test(raw.trim()) || value < min || value > 65535) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected an integer port ${min}..65535, got "${raw}"` });
        return z.NEVER;
      }
      return value;
    });

const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return fallback;
      if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a positive integer, got "${raw}"` });
        return z.NEVER;
      }
      return Number(raw);
    });

const optionalText = z
  .string()
  .optional()
  .transform((raw) => (raw === undefined || raw.trim() === '' ? undefined : raw.trim()));

const envSchema = z.object({
  PORT: port('PORT', 4000, true),
  HOST: optionalText.transform((raw) => raw ?? '127.0.0.1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: (issue) =>
        `LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "${String(issue.input)}"`,
    })
    .optional()
    .default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, {
        message: 'NEO4J_URI: expected a neo4j:// or bolt:// URI (optionally +s / +ssc)',
      })
      .optional(),
  ),
  NEO4J_USER: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  EMBEDDED_NEO4J_DIR: optionalText.transform((raw) => raw ?? './data/neo4j'),
  EMBEDDED_NEO4J_BOLT_PORT: port('EMBEDDED_NEO4J_BOLT_PORT', 7687, true),
  EMBEDDED_NEO4J_HEAP_MB: positiveInt('EMBEDDED_NEO4J_HEAP_MB', 1024),
  EMBEDDED_NEO4J_PAGECACHE_MB: positiveInt('EMBEDDED_NEO4J_PAGECACHE_MB', 512),
  SEED: z
    .enum(['auto', 'off'], { error: (issue) => `SEED: expected "auto" or "off", got "${String(issue.input)}"` })
    .optional()
    .default('auto'),
  GRAPH_WRITE_TOKENS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const tokens = (raw ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
      const short = tokens.find((t) => t.length < 16 || /\s/.test(t));
      if (short !== undefined) {
        ctx.addIssue({ code: 'custom', message: `GRAPH_WRITE_TOKENS: expected comma-separated tokens of at least 16 characters without spaces, got one of ${short.length}` });
        return z.NEVER;
      }
      return tokens;
    }),
  QUERY_TIMEOUT_MS: positiveInt('QUERY_TIMEOUT_MS', 10_000),
  MAX_BODY_BYTES: positiveInt('MAX_BODY_BYTES', 1_000_000),
  DEBUG_ERRORS: z
    .enum(['0', '1'], { error: (issue) => `DEBUG_ERRORS: expected "0" or "1", got "${String(issue.input)}"` })
    .optional()
    .default('0'),
});

export type Neo4jTarget =
  | { kind: 'external'; uri: string; user?: string; password?: string; database?: string }
  | { kind: 'embedded'; dataDir: string; boltPort: number; heapMb: number; pageCacheMb: number; database?: string };

export interface Config {
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: Neo4jTarget;
  seed: 'auto' | 'off';
  /** Include stack traces in error responses. Off unless explicitly turned on; never implied by NODE_ENV. */
  debugErrors: boolean;
  /** Bearer tokens allowed to write; empty turns writes off. */
  writeTokens: string[];
  /** Neo4j-enforced time limit of one transaction. */
  queryTimeoutMs: number;
  /** Largest accepted request body. */
  maxBodyBytes: number;
}

/**
 * Reads and validates the process environment. Throws ConfigError with one line per bad
 * variable, each naming the variable, what was expected and what came.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '');
      return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
    });
    throw new ConfigError(lines.join('; '));
  }
  const e = parsed.data;
  if ((e.NEO4J_USER === undefined) !== (e.NEO4J_PASSWORD === undefined) && e.NEO4J_URI !== undefined) {
    throw new ConfigError('NEO4J_USER and NEO4J_PASSWORD: expected both or neither to be set');
  }
  const neo4j: Neo4jTarget =
    e.NEO4J_URI !== undefined
      ? {
          kind: 'external',
          uri: e.NEO4J_URI,
          ...(e.NEO4J_USER !== undefined && { user: e.NEO4J_USER }),
          ...(e.NEO4J_PASSWORD !== undefined && { password: e.NEO4J_PASSWORD }),
          ...(e.NEO4J_DATABASE !== undefined && { database: e.NEO4J_DATABASE }),
        }
      : {
          kind: 'embedded',
          dataDir: e.EMBEDDED_NEO4J_DIR,
          boltPort: e.EMBEDDED_NEO4J_BOLT_PORT,
          heapMb: e.EMBEDDED_NEO4J_HEAP_MB,
          pageCacheMb: e.EMBEDDED_NEO4J_PAGECACHE_MB,
        };
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j,
    seed: e.SEED,
    debugErrors: e.DEBUG_ERRORS === '1',
    writeTokens: e.GRAPH_WRITE_TOKENS,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
  };
}
