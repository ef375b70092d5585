/**
 * A seeded GraphQL fuzzer: valid questions of the API, mutated (arguments swapped for hostile
 * values, characters dropped and inserted, fields renamed, nesting and aliases blown up,
 * bodies broken), sent over HTTP. A case fails when the server answers with a status of 500
 * or more, or when a response leaks internals (a stack trace, Cypher, a Neo4j message).
 */

import { prng } from './prng.js';

export interface FuzzReport {
  cases: number;
  byStatus: Record<string, number>;
  serverErrors: Array<{ request: string; status: number; body: string }>;
  leaks: Array<{ request: string; body: string }>;
  /** Requests whose one statement went alone (auto-commit, x-db-auto-commit). */
  autoCommitted: number;
  /**
   * Requests that went alone and still needed another transaction: the request reader judged
   * their document closed (src/graph/plan/requestDocument.ts) and a resolver then read on its own.
   */
  mispredicted: Array<{ request: string; transactions: number }>;
}

const leakPattern =
  /\bat [\w.<>]+ \(|node_modules|\.(?:js|ts):\d+|stacktrace|Neo4jError|Neo\.(?:Client|Transient|Database)Error|\bMATCH \(|\bUNWIND \$|\bRETURN \w+ AS\b|neo4j-driver|bolt:\/\//i;

const seeds = [
  '{ entity(name: "Alferov") { id name aliases ... on Person { organizations { role other { id name } } } } }',
  '{ figures(filter: { reportedBy: "HUR", includeMembers: true }, first: 5) { totalCount edges { cursor node { id display attribution { kind reportedBy { name } } } } } }',
  '{ search(query: "Kuzminof", first: 5) { score entity { id name } } }',
  '{ path(from: "Kuzminov", to: "GUR", maxHops: 4) { length steps { relation from { id } to { id } sources { id } } } }',
  '{ timeline(entity: "Kherson", from: "2022", to: "2023-12") { id date } }',
  '{ node(id: "figure:hotline-operators") { id ... on Figure { value comparable { id } } } }',
  '{ figures(filter: { refersFrom: "2022-12", refersTo: "2023-03", valueAtLeast: 1000 }) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
  '{ sources { id title figures(first: 3) { totalCount } } }',
  'query Q($n: String!, $f: Int) { entity(name: $n) { id reported(first: $f) { totalCount } mentionedIn(first: $f) { totalCount } } }',
  'query F($filter: FigureFilter, $first: Int, $after: String) { figures(filter: $filter, first: $first, after: $after) { totalCount } }',
  'mutation { retractSource(id: "source:express-hotline-defections") { sourceId } }',
  'mutation M($k: ID!, $d: ID!) { mergeEntities(keep: $k, duplicate: $d) { mergedId } }',
];

const hostileStrings = [
  '', ' ', 'a'.repeat(5000), "'; MATCH (n) DETACH DELETE n //", '") RETURN 1 //', '$param', '{{7*7}}', '<img src=x onerror=alert(1)>',
  'name:* OR id:*', '*', '?', '~', '\\', '"', '\u0000', '\uFFFF', '😀'.repeat(50), 'Ꭺlferov', 'ALFЕROV', 'person:', 'person:x y',
  'figure:../../etc/passwd', '2023-13', '2023-02-30', '0000', '-1', '1e308', 'NaN', 'null', 'true', '[]', '{}', 'c1:-5', 'YzE6OTk5OTk5OTk5OQ',
  '%00', '\r\n\r\n', 'source:express-hotline-defections', 'org:gur', 'HUR', 'Kiev',
];
const hostileNumbers = [0, -1, 1, 100, 101, 2147483648, -2147483649, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2];
const tokenSoup = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '...', '"', '#', '=', '|', '&', 'fragment', 'on', 'query', 'mutation', '__schema', '__typename', 'null', '0', '-', ','];

/**
 * The response with our own hostile strings removed: an error message that quotes the bad
 * value back ("got invalid value \"'; MATCH (n) ...\"") is not a leak.
 */
function withoutEchoes(text: string): string {
  let out = text;
  for (const hostile of hostileStrings) {
    if (hostile.length < 3) continue;
    const once = JSON.stringify(hostile).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    for (const form of [twice, once, hostile]) out = out.split(form).join('');
  }
  return out;
}

export interface FuzzCase {
  body: string;
  method: 'POST' | 'GET';
  contentType: string;
  headers?: Record<string, string>;
}

export function generateCase(random: () => number): FuzzCase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const seed = pick(seeds);
  const variables = (): Record<string, unknown> => ({
    n: random() < 0.7 ? pick(hostileStrings) : pick(hostileNumbers),
    f: random() < 0.7 ? pick(hostileNumbers) : pick(hostileStrings),
    k: pick(hostileStrings),
    d: pick(hostileStrings),
    first: pick(hostileNumbers),
    after: pick(hostileStrings),
    filter: {
      reportedBy: pick(hostileStrings),
      includeMembers: random() < 0.5,
      valueAtLeast: pick(hostileNumbers),
      refersFrom: pick(hostileStrings),
      attribution: random() < 0.5 ? ['REPORTED'] : [pick(hostileStrings)],
      measure: pick(hostileStrings),
    },
  });
  const mutate = (query: string): string => {
    switch (Math.floor(random() * 9)) {
      case 0: // replace a string literal
        return query.replace(/"[^"]*"/, JSON.stringify(pick(hostileStrings)));
      case 1: // replace a number
        return query.replace(/\b\d+\b/, String(pick(hostileNumbers)));
      case 2: { // drop a character
        const i = Math.floor(random() * query.length);
        return query.slice(0, i) + query.slice(i + 1);
      }
      case 3: { // insert a token
        const i = Math.floor(random() * query.length);
        return `${query.slice(0, i)} ${pick(tokenSoup)} ${query.slice(i)}`;
      }
      case 4: // rename a field
        return query.replace(/\b(id|name|display|totalCount)\b/, pick(['nope', '__proto__', 'constructor', 'password', 'id id']));
      case 5: // deep nesting
        return `{ entity(name: "GUR") { ${'relations { other { '.repeat(1 + Math.floor(random() * 20))}id${' } }'.repeat(1 + Math.floor(random() * 20))} } }`;
      case 6: // many aliases
        return `{ ${Array.from({ length: 1 + Math.floor(random() * 60) }, (_, i) => `a${i}: search(query: "x") { score }`).join(' ')} }`;
      case 7: // a fragment cycle or unknown fragment
        return `${query} fragment F on Person { ...F }`;
      default:
        return query;
    }
  };
  let query = seed;
  const rounds = 1 + Math.floor(random() * 3);
  for (let i = 0; i < rounds; i += 1) query = mutate(query);
  const roll = random();
  if (roll < 0.05) return { method: 'POST', contentType: 'application/json', body: `{"query": ${JSON.stringify(query).slice(0, -3)}` };
  if (roll < 0.08) return { method: 'POST', contentType: 'text/plain', body: query };
  if (roll < 0.11) return { method: 'GET', contentType: 'application/json', body: query };
  if (roll < 0.14) return { method: 'POST', contentType: 'application/json', body: JSON.stringify([{ query }, { query }]) };
  if (roll < 0.17) return { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query, variables: pick(hostileStrings) }) };
  const headers = roll < 0.25 ? { authorization: pick(['Bearer ', 'Bearer x', 'Basic Zm9vOmJhcg==', `Bearer ${'a'.repeat(3000)}`]) } : undefined;
  return { method: 'POST', contentType: 'application/json', body: JSON.stringify({ query, variables: variables() }), ...(headers && { headers }) };
}

/** Sends `count` generated cases to the GraphQL endpoint at `url`, `concurrency` at a time. */
export async function fuzz(url: string, count: number, seed: number, concurrency = 8): Promise<FuzzReport> {
  const random = prng(seed);
  const cases = Array.from({ length: count }, () => generateCase(random));
  const report: FuzzReport = { cases: 0, byStatus: {}, serverErrors: [], leaks: [], autoCommitted: 0, mispredicted: [] };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const target = c.method === 'GET' ? `${url}?query=${encodeURIComponent(c.body)}` : url;
      const response = await fetch(target, {
        method: c.method,
        headers: { 'content-type': c.contentType, 'apollo-require-preflight': 'true', ...c.headers },
        ...(c.method === 'POST' && { body: c.body }),
      });
      const text = await response.text();
      report.cases += 1;
      report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
      if (response.status >= 500) report.serverErrors.push({ request: c.body.slice(0, 300), status: response.status, body: text.slice(0, 300) });
      if (leakPattern.test(withoutEchoes(text))) report.leaks.push({ request: c.body.slice(0, 300), body: text.slice(0, 500) });
      if (Number(response.headers.get('x-db-auto-commit') ?? 0) > 0) {
        report.autoCommitted += 1;
        const transactions = Number(response.headers.get('x-db-transactions'));
        if (transactions > 1) report.mispredicted.push({ request: c.body.slice(0, 300), transactions });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
