import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { loadCypher } from '../../src/db/cypherStatements.js';
import { Executor } from '../../src/db/executor.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/createServer.js';

export interface TestGraph {
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

/** A driver and executor on the run's one real Neo4j (started by test/globalSetup.ts). */
export function connectTestGraph(uri = inject('boltUri')): TestGraph {
  const driver = createDriver({ uri });
  const executor = new Executor({ driver, statements: loadCypher(), queryTimeoutMs: 10_000 });
  return { driver, executor, close: () => driver.close() };
}

export interface TestServer extends RunningServer {
  graph: TestGraph;
  /** POSTs a GraphQL request and returns the HTTP status, headers and parsed body. */
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port over the test Neo4j. */
export const TEST_WRITE_TOKEN = 'test-write-token-0123456789abcdef';

export type TestServerOptions = Pick<ServerOptions, 'writeTokens' | 'maxBodyBytes' | 'rateLimit' | 'trustProxy' | 'foldReads' | 'warmPlans'>;

export async function startTestServer(uri = inject('boltUri'), options: TestServerOptions = {}): Promise<TestServer> {
  const graph = connectTestGraph(uri);
  const server = await startServer(
    { executor: graph.executor, logger: createLogger((process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent'), ...options, writeTokens: options.writeTokens ?? [TEST_WRITE_TOKEN] },
    0,
    '127.0.0.1',
  );
  return {
    ...server,
    graph,
    async query(query, variables, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as any, headers: response.headers };
    },
    async close() {
      await server.stop();
      await graph.close();
    },
  };
}
