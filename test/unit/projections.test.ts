import { describe, expect, it } from 'vitest';
import { entityRecord, expandProjections, figureRecord, fullProjection, projectionFor, projectionKey } from '../../src/db/projections.js';

const fields = (text: string) => new Set(text.split(' '));

describe('projections cut to the fields a document names', () => {
  it('writes whole records by default, as the loaders read them', () => {
    expect(entityRecord('x')).toBe(
      "x {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0]}",
    );
    expect(expandProjections('RETURN @source(s) AS source')).toBe('RETURN s {.id, .title, .publisher, .url, .published} AS source');
  });

  it('keeps only ids, names and types of the entities of a neighbourhood asked for ids and names', () => {
    const p = projectionFor(fields('node id name members role other organizations events'));
    expect(entityRecord('o', p)).toBe("o {.id, .name, type: [l IN labels(o) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0]}");
    expect(p).toMatchObject({ role: true, since: false, until: false, relationSources: false });
  });

  // `kind` is also an event's field: field names are matched on any type, so more is read, never less.
  it('keeps of a figure page the properties asked and the reporter, without subjects or sources', () => {
    const p = projectionFor(fields('figures totalCount edges node id value qualifier unit refersTo attribution kind reportedBy name'));
    expect(figureRecord('f', p)).toMatchInlineSnapshot(
      `"f {.id, .value, .qualifier, .unit, .refersTo, .attributionKind, reportedBy: [(f)-[:REPORTED_BY]->(x:Entity) | x {.id, .name, .kind, type: [l IN labels(x) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0]}][0]}"`,
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
