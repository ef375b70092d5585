import { it, inject } from 'vitest';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { createDriver } from '/work/main/src/db/driver.js';
import { loadCypher } from '/work/main/src/graph/cypherStatements.js';
import { Executor } from '/work/main/src/graph/executor.js';
import { createLogger } from '/work/main/src/log.js';
import { startServer } from '/work/main/src/server/createServer.js';
import * as mask from '/work/main/src/server/errorMasking.js';
it('probe', async () => {
  const driver = createDriver({ uri: inject('boltUri') });
  const executor = new Executor({ driver, statements: loadCypher() });
  const server = await startServer({ executor, logger: createLogger('silent'), debugErrors: true }, 0, '127.0.0.1');
  for (const [q, v] of [
    ['query F($f: FigureFilter) { figures(filter: $f) { totalCount } }', { f: { refersFrom: '2023-13' } }],
    ['{ figures(filter: { refersFrom: "2023-13" }) { totalCount } }', undefined],
    ['query T($d: PartialDate) { timeline(from: $d) { id } }', { d: 'March' }],
  ] as const) {
    const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
    console.log(r.status, JSON.stringify(await r.json(), null, 1));
  }
  await server.stop(); await driver.close();
});
