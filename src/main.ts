// First: sets NODE_ENV before graphql-js loads (see the module).
import './config/production.js';
import { ConfigError, loadConfig } from './config/env.js';
import { connectNeo4j } from './db/connect.js';
import { EmbeddedNeo4jError } from './db/embeddedNeo4j.js';
import { loadCypher } from './db/cypherStatements.js';
import { Executor } from './db/executor.js';
import { setupSchema } from './graph/setupSchema.js';
import { seedIfEmpty } from './ingest/seed.js';
import { createLogger } from './log.js';
import { startServer } from './server/createServer.js';

/**
 * `npm start`: validate the environment, start or reach Neo4j, apply constraints and indexes,
 * seed an empty database, serve the API. Shuts down in reverse order on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();

  const connection = await connectNeo4j(config.neo4j, logger);
  const statements = loadCypher();
  const base = {
    driver: connection.driver,
    statements,
    ...(connection.database !== undefined && { database: connection.database }),
  };
  // Requests get the per-query timeout. Start-up's own work (schema, seed) does not: a JVM
  // that has just started on a busy machine may take longer than that to plan its first writes.
  const executor = new Executor({ ...base, queryTimeoutMs: config.queryTimeoutMs });
  const startup = new Executor(base);
  await setupSchema(startup, statements.keys());
  if (config.seed === 'auto') {
    const seeded = await seedIfEmpty(startup);
    if (seeded.length > 0) logger.info({ bundles: seeded }, 'seeded an empty database');
  }

  const server = await startServer(
    {
      executor,
      logger,
      debugErrors: config.debugErrors,
      writeTokens: config.writeTokens,
      maxBodyBytes: config.maxBodyBytes,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      warmPlans: true,
    },
    config.port,
    config.host,
  );
  if (config.writeTokens.length === 0) logger.info('writes are off: set GRAPH_WRITE_TOKENS to allow mutations');
  logger.info({ ms: Date.now() - started }, 'ready');
  process.stdout.write(
    `\nnewsgraph is ready: ${server.url}/graphql (Apollo Sandbox in a browser)\n` +
      `  explorer: ${server.url}/explore   offline console: ${server.url}/graphiql\n\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 45_000);
    force.unref();
    try {
      await server.stop();
      await connection.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof EmbeddedNeo4jError || error instanceof ConfigError
      ? error.message
      : `could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
