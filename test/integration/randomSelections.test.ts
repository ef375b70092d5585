import { buildASTSchema, concatAST } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema/loadTypeDefs.js';
import type { TestServer } from '../support/graph.js';
import { startFoldedAndUnfolded } from '../support/syntheticBundle.js';
import { randomDocuments } from '../tools/selections.js';

/**
 * Selections nobody wrote by hand: documents drawn at random from the schema (nested lists,
 * fragments on every entity type, aliases, one field asked twice, @include and @skip, several
 * root fields) are
 * answered by the folded statement and by the loaders (ServerOptions.foldReads = false), and
 * must get the same answer from both, in one transaction. `RANDOM_SELECTIONS=n` asks more
 * (and prints each document's times and statements), `RANDOM_SEED=n` draws others.
 */
describe('random selections, folded and unfolded', () => {
  const tag = 'rand7q';
  const verbose = process.env.RANDOM_SELECTIONS !== undefined;
  const count = Number(process.env.RANDOM_SELECTIONS ?? 40);
  const roots = [
    'entity(name: "Kuzminov")',
    'entity(name: "HUR")',
    'entity(name: "Poltava")',
    `entity(name: "org:${tag}-agency")`,
    `entity(name: "City ${tag}")`,
    'node(id: "figure:hotline-operators")',
    'node(id: "source:express-hotline-defections")',
    `node(id: "source:${tag}")`,
    'figures(first: 4)',
    'figures(filter: { reportedBy: "HUR", includeMembers: true }, first: 3)',
    `figures(filter: { measure: "${tag}.visitors" }, first: 3)`,
    'search(query: "Kuzmin", first: 3)',
    'path(from: "Kuzminov", to: "Poltava", maxHops: 4)',
    'timeline(entity: "HUR")',
    'sources',
    'disagreements(first: 3)',
  ];
  let servers: Awaited<ReturnType<typeof startFoldedAndUnfolded>>;
  let folded: TestServer;
  let unfolded: TestServer;
  beforeAll(async () => {
    servers = await startFoldedAndUnfolded(tag, 6);
    ({ folded, unfolded } = servers);
  });
  afterAll(async () => servers.close());

  it(`answers ${count} random documents as the loaders do, each in one transaction`, async () => {
    const schema = buildASTSchema(concatAST(loadTypeDefs()));
    const seed = Number(process.env.RANDOM_SEED ?? 20261207);
    const documents = randomDocuments(schema, roots, count, seed, { maxDepth: 4, maxRoots: 3 });
    const differ: Array<{ query: string; folded: unknown; unfolded: unknown }> = [];
    const statements: number[] = [];
    const refused: string[] = [];
    type Answer = Awaited<ReturnType<TestServer['query']>>;
    const same = (a: Answer, b: Answer) => JSON.stringify([a.status, a.body]) === JSON.stringify([b.status, b.body]);
    for (const query of documents) {
      const started = performance.now();
      const one = await folded.query(query, { yes: true, no: false });
      const foldedMs = performance.now() - started;
      const parts = await unfolded.query(query, { yes: true, no: false });
      // With RANDOM_SELECTIONS set: each document's time folded and unfolded, and its statements.
      if (verbose) process.stdout.write(`${Math.round(foldedMs)} ms, ${Math.round(performance.now() - started - foldedMs)} ms, ${one.headers.get('x-db-round-trips')}: ${query}\n`);
      if (!same(one, parts)) {
        // Other test files write to the same Neo4j while this one runs (their synthetic sources
        // and figures appear in `sources` and in an unfiltered `figures` total), so a write can
        // fall between the two answers. A fold that answers wrongly does so every time: the
        // pair is asked again, and a difference counts when the second pair differs too.
        const again = await folded.query(query, { yes: true, no: false });
        const againParts = await unfolded.query(query, { yes: true, no: false });
        if (!same(again, againParts)) {
          differ.push({ query, folded: again.body, unfolded: againParts.body });
          continue;
        }
      }
      if (one.body.errors !== undefined) {
        refused.push(`${one.body.errors[0].extensions?.code}: ${one.body.errors[0].message}`);
        continue;
      }
      expect(one.headers.get('x-db-transactions'), query).toBe('1');
      statements.push(Number(one.headers.get('x-db-round-trips')));
    }
    expect(differ).toEqual([]);
    // Most documents are answered, not refused: the comparison above is about answers.
    expect(refused.length, refused.join('\n')).toBeLessThan(count * 0.2);
    if (verbose) {
      const counts = new Map<number, number>();
      for (const n of statements) counts.set(n, (counts.get(n) ?? 0) + 1);
      process.stdout.write(`refused: ${refused.join('\n')}\n`);
      process.stdout.write(`statements per document: ${JSON.stringify([...counts].sort((a, b) => a[0] - b[0]))}\n`);
    }
  }, 600_000);
});
