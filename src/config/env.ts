import { isIP } from 'node:net';
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

const nonNegativeInt = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return fallback;
      if (!/^\d+$/.test(raw.trim())) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected an integer of 0 or more, got "${raw}"` });
        return z.NEVER;
      }
      return Number(raw);
    });

/** The longest rate-limit window: a day (the limiter's timers cannot take much more than 24 days). */
const MAX_WINDOW_MS = 86_400_000;

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, a subnet (`10.0.0.0/8`, `10.0.0.0/255.0.0.0`) or one of Express's names. */
function isProxyAddress(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(prefix) === 4;
}

/**
 * Which proxies may set X-Forwarded-For, i.e. whose word the server takes for the client's
 * address (rate limiting counts per address). `true` is refused: with it any client could
 * pick its own address and slip the limit.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): false | number | string[] => {
    const value = raw?.trim() ?? '';
    if (value === '' || value === '0' || value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    if (value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'TRUST_PROXY: expected a number of proxy hops (1 for one load balancer) or the proxies\' addresses, got "true" (which would let any client choose its own address with X-Forwarded-For)',
      });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    const bad = entries.find((entry) => !isProxyAddress(entry));
    if (bad !== undefined || entries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY: expected a number of proxy hops (1 for one load balancer) or comma-separated addresses, subnets, loopback, linklocal or uniquelocal, got "${bad ?? raw}"`,
      });
      return z.NEVER;
    }
    return entries;
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
  RATE_LIMIT_REQUESTS: nonNegativeInt('RATE_LIMIT_REQUESTS', 0),
  RATE_LIMIT_WINDOW_MS: positiveInt('RATE_LIMIT_WINDOW_MS', 60_000).refine((ms) => ms <= MAX_WINDOW_MS, {
    error: (issue) => `RATE_LIMIT_WINDOW_MS: expected at most ${MAX_WINDOW_MS} (a day), got "${String(issue.input)}"`,
  }),
  TRUST_PROXY: trustProxy,
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
  /** Requests to /graphql each client address may make per window; null: no limit (the default). */
  rateLimit: RateLimit | null;
  /** Express's `trust proxy`: false, a hop count, or the proxies' addresses and subnets. */
  trustProxy: false | number | string[];
}

export interface RateLimit {
  requests: number;
  windowMs: number;
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
    rateLimit: e.RATE_LIMIT_REQUESTS > 0 ? { requests: e.RATE_LIMIT_REQUESTS, windowMs: e.RATE_LIMIT_WINDOW_MS } : null,
    trustProxy: e.TRUST_PROXY,
  };
}
