import http from 'node:http';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/config/projectRoot.js';
import { createDriver } from '../../src/db/driver.js';
import { loadCypher, statement } from '../../src/db/cypherStatements.js';
import { nameKeys } from '../../src/graph/nameKeys.js';
import { encodeCursor } from '../../src/graph/pagination.js';
import { luceneQuery } from '../../src/graph/searchQuery.js';
import { toNative } from '../../src/db/toNative.js';
import type { QueryKind } from '../mix/documents.js';

/**
 * The raw-Cypher floor of the benchmark: a minimal node:http endpoint, `POST /<kind>` with the
 * GraphQL request's variables as the JSON body, that runs one hand-written Cypher statement
 * (bench/raw/cypher/) through neo4j-driver and answers with the JSON our GraphQL server gives
 * for the same request. No GraphQL, no validation, no batching layer: what a hand-written
 * client would send. Prints "LISTENING <url>"; stops on SIGTERM.
 */

type Row = Record<string, unknown>;
type Variables = Record<string, unknown>;

const statements = loadCypher(join(projectRoot(), 'bench', 'raw', 'cypher'));

async function read(driver: Driver, name: string, params: Row): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const result = await tx.run(statement(statements, name), params);
      return result.records.map((record) => toNative(record.toObject()) as Row);
    });
  } finally {
    await session.close();
  }
}

const text = (variables: Variables, name: string): string => {
  const value = variables[name];
  if (typeof value !== 'string') throw new Error(`${name}: expected a string`);
  return value;
};

interface FigureRow {
  id: string;
  value: number;
  qualifier: string;
  measure?: string;
  unit?: string | null;
  refersTo: string | null;
  statement?: string;
  kind: string;
  reportedBy: { id: string; name: string } | null;
}

const handlers: Record<QueryKind, (driver: Driver, variables: Variables) => Promise<unknown>> = {
  async entityByAlias(driver, variables) {
    const rows = await read(driver, 'entity-by-alias', nameKeys(text(variables, 'name').trim()));
    return { entity: rows[0]?.entity ?? null };
  },
  async figuresByReporter(driver, variables) {
    const [row] = await read(driver, 'figures-by-reporter', nameKeys(text(variables, 'reporter').trim()));
    const figures = (row?.figures as FigureRow[] | undefined) ?? [];
    return {
      figures: {
        totalCount: (row?.total as number | undefined) ?? 0,
        edges: figures.map((f) => ({
          node: {
            id: f.id, value: f.value, qualifier: f.qualifier, measure: f.measure, refersTo: f.refersTo, statement: f.statement,
            attribution: { kind: f.kind, reportedBy: f.reportedBy },
          },
        })),
      },
    };
  },
  async search(driver, variables) {
    const lucene = luceneQuery(text(variables, 'query'));
    if (lucene === null) return { search: [] };
    const rows = await read(driver, 'search', { lucene, limit: neo4j.int(10), ...nameKeys(text(variables, 'query')) });
    return { search: rows.map((row) => ({ entity: row.entity })) };
  },
  async path(driver, variables) {
    const [row] = await read(driver, 'path', { from: text(variables, 'from'), to: text(variables, 'to') });
    const steps = row?.steps as unknown[] | undefined;
    return { path: steps === undefined || steps.length === 0 ? null : { length: steps.length, steps } };
  },
  async neighbourhood(driver, variables) {
    const [row] = await read(driver, 'neighbourhood', { id: text(variables, 'id') });
    return { node: row?.node ?? null };
  },
  async figurePage(driver, variables) {
    const limit = 50;
    const after = variables.after;
    const offset = typeof after === 'string' ? Number(Buffer.from(after, 'base64url').toString('utf8').slice(3)) + 1 : 0;
    const [row] = await read(driver, 'figure-page', { measure: text(variables, 'measure'), offset: neo4j.int(offset), limit: neo4j.int(limit) });
    const total = (row?.total as number | undefined) ?? 0;
    const figures = (row?.figures as FigureRow[] | undefined) ?? [];
    return {
      figures: {
        totalCount: total,
        pageInfo: {
          hasNextPage: offset + figures.length < total,
          endCursor: figures.length > 0 ? encodeCursor(offset + figures.length - 1) : null,
        },
        edges: figures.map((f, i) => ({
          cursor: encodeCursor(offset + i),
          node: {
            id: f.id, value: f.value, qualifier: f.qualifier, unit: f.unit ?? null, refersTo: f.refersTo,
            attribution: { kind: f.kind, reportedBy: f.reportedBy },
          },
        })),
      },
    };
  },
};

async function main(): Promise<void> {
  const uri = process.env.BOLT_URI;
  if (uri === undefined) throw new Error('BOLT_URI: expected the Bolt URI of the benchmark Neo4j');
  const driver = createDriver({ uri });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const kind = (req.url ?? '').slice(1) as QueryKind;
      const handler = req.method === 'POST' ? handlers[kind] : undefined;
      const reply = (status: number, body: unknown) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      };
      if (handler === undefined) {
        reply(404, { errors: [{ message: `expected POST /<${Object.keys(handlers).join('|')}>` }] });
        return;
      }
      let variables: Variables;
      try {
        variables = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Variables;
      } catch {
        reply(400, { errors: [{ message: 'expected a JSON body' }] });
        return;
      }
      handler(driver, variables).then(
        (data) => reply(200, { data }),
        (error: unknown) => reply(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`LISTENING http://127.0.0.1:${port}\n`);
  process.once('SIGTERM', () => {
    server.close();
    void driver.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`raw server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
