import { describe, expect, it } from 'vitest';
import { disagreementsOf, judgedFigures, type FigureGroup, type LightFigure } from '../../src/graph/claims/disagreements.js';
import type { Loaders } from '../../src/graph/loaders.js';
import type { EntityRecord, FigureRecord } from '../../src/graph/records.js';

const entity = (id: string, name: string): EntityRecord => ({ id, name, type: 'Organization', aliases: [], description: null, kind: null, date: null, dateLabel: null, placeId: null }) as EntityRecord;
const port = entity('place:harbour', 'Harbour of Tessa');
const union = entity('org:dockers', 'Dockers Union');

/** A whole figure record, as cypher/claims/disagreements sends it when the candidates are few. */
function figure(id: string, value: number, qualifier: string, refersTo: string | null, about: EntityRecord[]): FigureRecord {
  return {
    id, value, lowerBound: null, upperBound: null, qualifier, counts: 'ships', measure: 'harbour.ships', unit: 'ships', currency: null,
    refersTo, refersToEnd: null, refersToLabel: null, statement: `${value} ships`, attributionKind: 'SAID', reporterLabel: null,
    said: null, saidLabel: null, sourceId: `source:${id}`, reportedBy: null, via: null, about, sources: [],
  } as FigureRecord;
}

/** The same figure as the list of what judging needs, as the statement sends it past its threshold. */
const light = (f: FigureRecord): LightFigure => [f.id, f.value, f.lowerBound, f.upperBound, f.qualifier, f.currency, f.refersTo, f.refersToEnd, f.about.map((e) => e.id)];

describe('judging figure disagreements from light figures', () => {
  // 40 and 90 ships exactly in one month cannot both hold; about 85 overlaps 90; 10 is another year.
  const figures = [
    figure('figure:a', 40, 'EXACT', '2024-03', [port]),
    figure('figure:b', 90, 'EXACT', '2024-03', [port, union]),
    figure('figure:c', 85, 'ABOUT', '2024-03', [port]),
    figure('figure:d', 10, 'EXACT', '2019', [union]),
  ];
  const names = new Map([port, union].map((e) => [e.id, e.name]));
  // Slots are empty and light subjects are not primed: the loaders are not touched.
  const loaders = {} as Loaders;

  it('finds the same disagreements, subjects and figures as from whole records', () => {
    const whole: FigureGroup = { measure: 'harbour.ships', figures };
    const lists: FigureGroup = { measure: 'harbour.ships', figures: figures.map(light) };
    const fromLists = disagreementsOf([], [{ measure: 'harbour.ships', figures: judgedFigures(lists, names) }], null, loaders, false);
    expect(fromLists).toEqual([{ subjectId: 'place:harbour', property: 'harbour.ships', claims: null, figureIds: ['figure:a', 'figure:b', 'figure:c'] }]);
    const primed: EntityRecord[] = [];
    const fromWhole = disagreementsOf([], [{ measure: 'harbour.ships', figures: judgedFigures(whole, names) }], null, { primeEntity: (e: EntityRecord) => primed.push(e) } as unknown as Loaders, true);
    expect(fromWhole).toEqual(fromLists);
    expect(primed).toEqual([port]);
  });

  it('orders by the subject names the statement sent, and takes the asked entity as the subject', () => {
    const other: FigureGroup = { measure: 'dock.strikes', figures: [light(figure('figure:e', 1, 'EXACT', '2024', [union])), light(figure('figure:f', 5, 'EXACT', '2024', [union]))] };
    const groups = [{ measure: 'harbour.ships', figures: judgedFigures({ measure: 'harbour.ships', figures: figures.map(light) }, names) }, { measure: 'dock.strikes', figures: judgedFigures(other, names) }];
    // Dockers Union sorts before Harbour of Tessa.
    expect(disagreementsOf([], groups, null, loaders, false).map((d) => `${d.subjectId} ${d.property}`)).toEqual(['org:dockers dock.strikes', 'place:harbour harbour.ships']);
    expect(disagreementsOf([], groups, 'org:dockers', loaders, false).map((d) => `${d.subjectId} ${d.property}`)).toEqual(['org:dockers dock.strikes', 'org:dockers harbour.ships']);
  });
});
