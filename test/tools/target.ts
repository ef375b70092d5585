import { startTestServer, type TestServer } from '../support/graph.js';

/**
 * The GraphQL endpoint to exercise: TARGET_URL (e.g. http://127.0.0.1:4000/graphql of a running
 * `npm start`), or else a server started here over the run's throw-away, seeded Neo4j.
 */
export async function target(): Promise<{ url: string; close(): Promise<void> }> {
  const given = process.env.TARGET_URL;
  if (given !== undefined && given !== '') return { url: given, close: async () => {} };
  const server: TestServer = await startTestServer();
  return { url: `${server.url}/graphql`, close: () => server.close() };
}
