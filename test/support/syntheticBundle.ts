import type { Executor } from '../../src/db/executor.js';
import { startTestServer, type TestServer } from './graph.js';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';

/**
 * A small synthetic article for tests: an agency with `size` members, each giving one figure
 * about a city, all figures sharing one measure, and `size` dated events in the city.
 * Ids carry `tag` so tests can clean up exactly their own data.
 */
export function syntheticBundle(tag: string, size: number) {
  const agency = `org:${tag}-agency`;
  const city = `place:${tag}-city`;
  const people = Array.from({ length: size }, (_, i) => ({
    id: `person:${tag}-member-${i}`,
    type: 'Person' as const,
    name: `Member ${i} of ${tag}`,
    aliases: [`M${i} ${tag}`],
    description: `A test member number ${i}.`,
  }));
  const events = Array.from({ length: size }, (_, i) => ({
    id: `event:${tag}-meeting-${i}`,
    type: 'Event' as const,
    name: `Meeting ${i} of ${tag}`,
    aliases: [],
    kind: 'MEETING',
    date: `2020-${String((i % 12) + 1).padStart(2, '0')}`,
    place: city,
  }));
  return {
    format: 'newsgraph.bundle/1' as const,
    source: { id: `source:${tag}`, title: `Synthetic test article ${tag}` },
    entities: [
      { id: agency, type: 'Organization' as const, name: `Agency ${tag}`, aliases: [`AG ${tag}`], kind: 'agency' },
      { id: city, type: 'Place' as const, name: `City ${tag}`, aliases: [], kind: 'city' },
      ...people,
      ...events,
    ],
    relationships: [
      { from: agency, type: 'LOCATED_IN' as const, to: city },
      ...people.map((p) => ({ from: p.id, type: 'MEMBER_OF' as const, to: agency, role: 'analyst' })),
      ...people.map((p, i) => ({ from: p.id, type: 'PARTICIPATED_IN' as const, to: events[i]!.id, role: 'speaker' })),
    ],
    figures: people.map((p, i) => ({
      id: `figure:${tag}-count-${i}`,
      value: 100 + i,
      qualifier: 'EXACT' as const,
      counts: 'visitors counted in a test',
      measure: `${tag}.visitors`,
      unit: 'visitors',
      refersTo: `2021-${String((i % 12) + 1).padStart(2, '0')}`,
      statement: `Member ${i} counted ${100 + i} visitors.`,
      about: [city],
      attribution: { kind: 'SAID' as const, reportedBy: p.id },
    })),
  };
}

/** Deletes everything a synthetic bundle with this tag wrote. */
export const deleteSyntheticCypher = `
OPTIONAL MATCH (c:Claim)-[:CLAIM_OF]->(e:Entity) WHERE e.id CONTAINS $tag
DETACH DELETE c
WITH count(*) AS claims
MATCH (n) WHERE (n:Entity OR n:Figure OR n:Source) AND n.id CONTAINS $tag DETACH DELETE n
WITH count(*) AS removed
MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->() DELETE k`;

/** Validates and writes `syntheticBundle(tag, size)` through the product's own ingest. */
export async function loadSyntheticBundle(executor: Executor, tag: string, size: number): Promise<void> {
  const checked = validateBundle(syntheticBundle(tag, size));
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  await loadBundle(executor, checked.bundle);
}

/**
 * Two servers on the test graph with `syntheticBundle(tag, size)` loaded: one folds each
 * request into one statement, the other reads through the loaders alone (foldReads: false),
 * for tests that compare their answers. `close` deletes the bundle and stops both.
 */
export async function startFoldedAndUnfolded(tag: string, size: number): Promise<{ folded: TestServer; unfolded: TestServer; close(): Promise<void> }> {
  const folded = await startTestServer();
  const unfolded = await startTestServer(undefined, { foldReads: false });
  await loadSyntheticBundle(folded.graph.executor, tag, size);
  return {
    folded,
    unfolded,
    async close() {
      await folded.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
      await folded.close();
      await unfolded.close();
    },
  };
}
