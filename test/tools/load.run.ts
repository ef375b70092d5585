import autocannon from 'autocannon';
import { expect, it } from 'vitest';
import { target } from './target.js';

const mix = [
  '{ entity(name: "Alferov") { id name aliases } }',
  '{ figures(filter: { reportedBy: "HUR", includeMembers: true }) { totalCount edges { node { id display attribution { kind reportedBy { name } } } } } }',
  '{ search(query: "hotlne", first: 5) { score entity { id name } } }',
  '{ path(from: "Kuzminov", to: "GUR", maxHops: 4) { length steps { relation to { id } } } }',
  '{ entity(name: "GUR") { relations { type other { id relations { type other { id } } } } } }',
  '{ figures(first: 50) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id display } } } }',
];

/**
 * `npm run load`: LOAD_SECONDS (default 60) at LOAD_CONNECTIONS (default 200) on the read mix,
 * round robin. Reports throughput and latency percentiles; fails on any error or non-2xx.
 */
it('holds the read mix under load with no errors', async () => {
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 200);
  const server = await target();
  try {
    // A GraphQL error comes with status 200: read every body, or the run would not see them.
    const graphqlErrors = new Map<string, number>();
    const result = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      requests: mix.map((query) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (_status: number, body: string) => {
          const errors = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? [];
          for (const error of errors) {
            const code = error.extensions?.code ?? 'UNKNOWN';
            graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
          }
        },
      })),
    });
    const graphqlErrorCount = [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
    console.info(
      `load: ${seconds} s at ${connections} connections: ${result.requests.total} requests, ` +
        `${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, ` +
        `GraphQL errors ${graphqlErrorCount}${graphqlErrorCount > 0 ? ` (${[...graphqlErrors].map(([code, n]) => `${code} ${n}`).join(', ')})` : ''}`,
    );
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(Object.fromEntries(graphqlErrors)).toEqual({});
  } finally {
    await server.close();
  }
});
