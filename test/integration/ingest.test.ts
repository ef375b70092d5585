import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import type { Bundle } from '../../src/ingest/bundleSchema.js';
import { connectTestGraph, type TestGraph } from '../support/graph.js';
import { deleteSyntheticCypher, syntheticBundle } from '../support/syntheticBundle.js';

const seedSubgraph = `
MATCH (s:Source {id: 'source:express-hotline-defections'})<-[:CITED_IN]-(n)
OPTIONAL MATCH (n)-[r]-()
RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships,
       reduce(total = 0, x IN collect(DISTINCT size(keys(n))) | total + x) AS shape`;

describe('loading bundles', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph();
  });
  afterAll(async () => {
    for (const tag of ['ingfail', 'ingtwice']) await graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    await graph.close();
  });

  async function count(query: string, params: Record<string, unknown> = {}) {
    const { records } = await graph.driver.executeQuery(query, params);
    return records[0]!.toObject();
  }

  it('changes nothing when the seed article is loaded a second time', async () => {
    const seed = JSON.parse(readFileSync(join(projectRoot(), 'data/bundles/hotline-defections.json'), 'utf8'));
    const checked = validateBundle(seed);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const before = await count(seedSubgraph);
    const result = await loadBundle(graph.executor, checked.bundle);
    expect(result).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, unchanged: true });
    expect(await count(seedSubgraph)).toEqual(before);
  });

  it('creates a new bundle once, then reports it unchanged', async () => {
    const checked = validateBundle(syntheticBundle('ingtwice', 3));
    if (!checked.ok) throw new Error('synthetic bundle invalid');
    const first = await loadBundle(graph.executor, checked.bundle);
    expect(first.unchanged).toBe(false);
    expect(first.nodesCreated).toBeGreaterThan(8);
    const second = await loadBundle(graph.executor, checked.bundle);
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, unchanged: true });
  });

  it('writes nothing at all when a bundle fails in the middle of its transaction', async () => {
    const checked = validateBundle(syntheticBundle('ingfail', 2));
    if (!checked.ok) throw new Error('synthetic bundle invalid');
    // Entities are written before relationships; an empty relationship type (which validation
    // would refuse) makes the relationship step fail after the entity step ran.
    const broken = {
      ...checked.bundle,
      relationships: [{ ...checked.bundle.relationships[0]!, type: '' }],
    } as unknown as Bundle;
    await expect(loadBundle(graph.executor, broken)).rejects.toThrow();
    expect(await count("MATCH (n) WHERE n.id CONTAINS 'ingfail' RETURN toFloat(count(n)) AS n")).toEqual({ n: 0 });
  });

  it('rejects an invalid bundle before writing, listing every problem by JSON path', () => {
    const bundle = syntheticBundle('ingbad', 1) as any;
    bundle.figures[0].refersTo = '2021-13';
    bundle.figures[0].qualifier = 'ROUGHLY';
    bundle.relationships.push({ from: 'person:ingbad-member-0', type: 'MEMBER_OF', to: 'org:missing' });
    const first = validateBundle(bundle);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.problems.map((p) => p.path).sort()).toEqual(['figures[0].qualifier', 'figures[0].refersTo']);

    bundle.figures[0].refersTo = '2021-12';
    bundle.figures[0].qualifier = 'ABOUT';
    const second = validateBundle(bundle);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.problems).toEqual([
      { path: `relationships[${bundle.relationships.length - 1}].to`, message: '"org:missing" is not an entity of this bundle' },
    ]);
  });
});
