import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '../../src/db/driver.js';
import { neo4jGraphqlTypeDefs } from './typeDefs.js';

/**
 * The @neo4j/graphql server of the benchmark: the library's generated schema over the same
 * Neo4j (BOLT_URI), on Apollo Server 5 behind Express 5 (the library's usual setup) with our
 * driver settings. Ours serves /graphql on Node's own request instead of Express
 * (src/http/graphqlHandler.ts), which saved it about 0.17 ms of CPU per request at 10k: a few
 * percent of this server's 3–4 ms, so the comparison is still mostly between the
 * GraphQL-to-Cypher layers. Prints "LISTENING <url>" once it takes requests; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const uri = process.env.BOLT_URI;
  if (uri === undefined) throw new Error('BOLT_URI: expected the Bolt URI of the benchmark Neo4j');
  const driver = createDriver({ uri });
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: true });
  await apollo.start();
  app.use('/graphql', express.json({ limit: 1_000_000 }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`LISTENING http://127.0.0.1:${port}/graphql\n`);
  process.once('SIGTERM', () => {
    void apollo
      .stop()
      .then(() => driver.close())
      .finally(() => {
        httpServer.close();
        process.exit(0);
      });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`neo4j-graphql server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
