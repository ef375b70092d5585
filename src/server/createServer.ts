import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
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
import { graphqlHandler, sendFailure } from '../http/graphqlHandler.js';
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
  const httpServer = http.createServer();
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

  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const handleGraphql = graphqlHandler(apollo, {
    maxBodyBytes,
    context: async ({ req }) => {
      const given = req.headers['x-request-id'];
      const requestId = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      return createContext(options.executor, options.logger, requestId, checkWrite(req.headers.authorization), options.foldReads ?? true);
    },
    onInternalError: (error) => options.logger.error({ err: error }, 'HTTP error'),
  });
  // GraphQL requests, most of the traffic, go straight to the handler; Express serves the other
  // routes, and /graphql too when a rate limit is set (its middleware is Express's).
  const direct = options.rateLimit == null;
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (direct && isGraphqlPath(req.url)) handleGraphql(req, res);
    else app(req, res);
  });
  app.use('/graphql', ...(options.rateLimit != null ? [graphqlRateLimit(options.rateLimit, options.logger)] : []), (req: express.Request, res: express.Response) =>
    handleGraphql(req, res),
  );
  app.use(healthRoutes(options.executor, () => shuttingDown));
  app.use(webRoutes());
  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });

  // Routing errors answer as JSON, never as an HTML page with a stack trace.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    sendFailure(res, error, maxBodyBytes, (internal) => options.logger.error({ err: internal }, 'HTTP error'));
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

/** `/graphql`, with or without a query string (GET requests and Sandbox). */
function isGraphqlPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}
