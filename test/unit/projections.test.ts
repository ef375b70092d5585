import { describe, expect, it } from 'vitest';
import { entityRecord, expandProjections, figureRecord, fullProjection, projectionFor, projectionKey } from '../../src/db/projections.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entityTypeOf } from '../../src/graph/records.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';

const fields = (text: string) => new Set(text.split(' '));

describe('projections cut to the fields a document names', () => {
  it('writes whole records by default, as the loaders read them', () => {
    expect(entityRecord('x')).toBe(
      "x {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId}",
    );
    expect(expandProjections('RETURN @source(s) AS source')).toBe('RETURN s {.id, .title, .publisher, .url, .published, entityCount: s.entityCount, figureCount: s.figureCount} AS source');
  });

  it('keeps only ids and names of the entities of a neighbourhood asked for ids and names (types come from the ids)', () => {
    const p = projectionFor(fields('node id name members role other organizations events'));
    expect(entityRecord('o', p)).toBe('o {.id, .name}');
    expect(p).toMatchObject({ role: true, since: false, until: false, relationSources: false });
  });

  // `kind` is also an event's field: field names are matched on any type, so more is read, never less.
  it('keeps of a figure page the properties asked and the reporter, without subjects or sources', () => {
    const p = projectionFor(fields('figures totalCount edges node id value qualifier unit refersTo attribution kind reportedBy name'));
    expect(figureRecord('f', p)).toMatchInlineSnapshot(
      `"f {.id, .value, .qualifier, .unit, .refersTo, .attributionKind, reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x {.id, .name, .kind}][0]}"`,
    );
  });

  it('reads whole figures for fields computed from them, and for claims and disagreements', () => {
    expect(projectionFor(fields('figures edges node display')).figureProperties).toBeNull();
    expect(projectionFor(fields('figures edges node comparisons verdict')).figureProperties).toBeNull();
    const claims = projectionFor(fields('entity claims value'));
    expect(claims).toMatchObject({ figureProperties: null, reportedBy: true, via: true, about: true, figureSources: true });
    expect(projectionFor(fields('figures edges node attribution source title'))).toMatchObject({ figureSources: true, figureProperties: ['sourceId'] });
  });

  it("reads a path step's sources only when a field named sources is asked", () => {
    expect(expandProjections('RETURN @sourcesOf(r) AS sources', projectionFor(fields('path steps relation from to id name')))).toBe('RETURN [] AS sources');
    expect(expandProjections('RETURN @sourcesOf(r) AS sources', projectionFor(fields('path steps sources id')))).toBe(
      'RETURN COLLECT { MATCH (s:Source) WHERE s.id IN r.sources RETURN s {.id, .title, .publisher, .url, .published} ORDER BY s.id } AS sources',
    );
  });

  it('names each projection by a key that differs when it does', () => {
    const a = projectionFor(fields('id name'));
    const b = projectionFor(fields('id name description'));
    expect(projectionKey(a)).not.toBe(projectionKey(b));
    expect(projectionKey(a)).toBe(projectionKey(projectionFor(fields('name id'))));
    expect(projectionKey(fullProjection)).not.toBe(projectionKey(a));
  });
});

describe('entity types read from ids', () => {
  it('reads the four entity types from their prefixes and nothing from other ids', () => {
    expect(['person:maxim-kuzminov', 'org:gur', 'place:kyiv', 'event:hotline-launch'].map(entityTypeOf)).toEqual(['Person', 'Organization', 'Place', 'Event']);
    expect(['figure:hotline-calls', 'source:a', 'organization:gur', ':gur', 'gur', ''].map(entityTypeOf)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('rests on the bundle schema: an entity whose id prefix is not its type is refused', () => {
    const bundle = JSON.parse(readFileSync(join('data', 'bundles', readdirSync(join('data', 'bundles')).filter((f) => f.endsWith('.json')).sort()[0]!), 'utf8'));
    const person = bundle.entities.find((e: { type: string }) => e.type === 'Person');
    person.id = `org:${person.id.slice('person:'.length)}`;
    const result = validateBundle(bundle);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.ok ? [] : result.problems)).toMatch(/expected an id starting with \\"person:\\"/);
  });
});
