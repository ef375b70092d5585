import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../log.js';
import { healthRoutes } from '../http/health.js';
import { webRoutes } from '../http/web.js';
import { createContext, type GraphContext } from '../resolvers/context.js';
import { loggingPlugin } from './loggingPlugin.js';
import { retryAfterPlugin } from './retryAfterPlugin.js';
import { noStorePlugin } from './noStorePlugin.js';
import { maskError } from './errorMasking.js';
import { loadTypeDefs } from '../schema/loadTypeDefs.js';
import { writeAccessChecker } from '../auth/writeTokens.js';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MAX_TOKENS, queryLimits } from './queryLimits.js';
import { resolvers } from '../resolvers/index.js';
import type { RateLimit } from '../config/env.js';
import { graphqlRateLimit } from '../http/rateLimit.js';
import { warmPlans } from './warmPlans.js';

export interface ServerOptions {
  executor: Executor;
  logger: Logger;
  debugErrors?: boolean;
  /** Request bodies above this many bytes are refused with 413. */
  maxBodyBytes?: number;
  /** Bearer tokens that may write (GRAPH_WRITE_TOKENS); none turns writes off. */
  writeTokens?: readonly string[];
  /** Per-client limit on /graphql requests (RATE_LIMIT_REQUESTS); none by default. */
  rateLimit?: RateLimit | null;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For names the client. */
  trustProxy?: false | number | string[];
  /**
   * False reads each root field with a statement of its own and everything below it through
   * the loaders, with nothing compiled into one statement: the answers the compiled statement
   * must give (test/integration/foldedAnswers.test.ts). True by default.
   */
  foldReads?: boolean;
  /** Asks the explorer's views once after listening, so Neo4j plans them before a visitor (./warmPlans.ts). */
  warmPlans?: boolean;
}

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** How many explorer views the warm-up answered (0 when it is off); resolves, never rejects. */
  warmed: Promise<number>;
  /** Stops taking requests, drains the ones in flight, then resolves. Does not close the driver. */
  stop(): Promise<void>;
}

/**
 * The HTTP edge: Express with /healthz, /readyz and the GraphQL endpoint at /graphql
 * (Apollo Server 5, GraphQL-over-HTTP as Apollo serves it, Sandbox on GET from a browser).
 */
export async function startServer(options: ServerOptions, port: number, host: string): Promise<RunningServer> {
  const checkWrite = writeAccessChecker(options.writeTokens ?? []);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  const armor = new ApolloArmor(queryLimits).protect();
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: options.debugErrors === true,
    // Apollo handles SIGTERM itself only when asked; main.ts owns shutdown order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error, options.debugErrors === true),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // No per-field hooks: with none, Apollo leaves the schema's resolvers unwrapped. The
      // header the cache-control plugin gave is set by noStorePlugin.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      // Same plugin type; the armor package's typings point at Apollo's CommonJS build.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphContext>[]),
      loggingPlugin(),
      retryAfterPlugin(),
    ],
  });
  await apollo.start();

  // /graphql first: its requests are most of the traffic and need not pass the other routes'
  // matching (no other route shares its path).
  app.use(
    '/graphql',
    ...(options.rateLimit != null ? [graphqlRateLimit(options.rateLimit, options.logger)] : []),
    express.json({ limit: options.maxBodyBytes ?? 1_000_000 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const given = req.header('x-request-id');
        const requestId = given !== undefined && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        return createContext(options.executor, options.logger, requestId, checkWrite(req.header('authorization')), options.foldReads ?? true);
      },
    }),
  );
  app.use(healthRoutes(options.executor, () => shuttingDown));
  app.use(webRoutes());
  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });

  // Body-parser and routing errors (bad JSON, body too large) answer as JSON, never as an
  // HTML page with a stack trace.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message =
      status === 413
        ? `The request body is larger than the limit of ${options.maxBodyBytes ?? 1_000_000} bytes.`
        : status < 500
          ? 'The request body is not valid JSON.'
          : 'Internal server error.';
    if (status >= 500) options.logger.error({ err: error }, 'HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  return {
    httpServer,
    url: `http://${shownHost}:${boundPort}`,
    warmed: options.warmPlans === true ? warmPlans(apollo, options.executor, options.logger) : Promise.resolve(0),
    async stop() {
      shuttingDown = true;
      await apollo.stop();
    },
  };
}
