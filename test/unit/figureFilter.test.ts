import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { checkFilterNames, figureFilterParams, type FigureFilterInput } from '../../src/graph/figureFilter.js';

function rejection(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  throw new Error('did not throw');
}

const none = {
  reporter: null,
  includeMembers: false,
  about: null,
  sourceId: null,
  measure: null,
  kinds: null,
  valueAtLeast: null,
  valueAtMost: null,
  refersFrom: null,
  refersTo: null,
};

describe('figure filter parameters', () => {
  it('filters nothing when there is no filter', () => {
    expect(figureFilterParams(undefined)).toEqual(none);
    expect(figureFilterParams(null)).toEqual(none);
    expect(figureFilterParams({})).toEqual(none);
  });

  it('passes the reporter and the subject as name lookups for the statement to resolve', () => {
    expect(figureFilterParams({ reportedBy: ' GUR ', includeMembers: true, about: 'Alferov' })).toEqual({
      ...none,
      reporter: { text: 'GUR', strict: 's:gur', loose: 'l:gur' },
      includeMembers: true,
      about: { text: 'Alferov', strict: 's:alferov', loose: 'l:alferov' },
    });
  });

  it('widens partial dates to the first and last day they can mean', async () => {
    const params = figureFilterParams({ refersFrom: '2022', refersTo: '2024-02' });
    expect([params.refersFrom, params.refersTo]).toEqual(['2022-01-01', '2024-02-29']);
  });

  it('accepts a range that starts and ends in the same month, or a day inside the month it ends in', async () => {
    const same = figureFilterParams({ refersFrom: '2022-12', refersTo: '2022-12' });
    expect([same.refersFrom, same.refersTo]).toEqual(['2022-12-01', '2022-12-31']);
    const inside = figureFilterParams({ refersFrom: '2022-12-31', refersTo: '2022-12' });
    expect([inside.refersFrom, inside.refersTo]).toEqual(['2022-12-31', '2022-12-31']);
  });

  it('passes the other fields through, and an empty attribution list as no filter', async () => {
    expect(
      figureFilterParams({ source: 'source:x', measure: 'hotline.calls', attribution: ['SAID', 'CLAIMED'], valueAtLeast: 0, valueAtMost: 0 }),
    ).toEqual({ ...none, sourceId: 'source:x', measure: 'hotline.calls', kinds: ['SAID', 'CLAIMED'], valueAtLeast: 0, valueAtMost: 0 });
    expect(figureFilterParams({ attribution: [] }).kinds).toBeNull();
  });

  it.each<[string, FigureFilterInput, string]>([
    ['a value range upside down', { valueAtLeast: 10, valueAtMost: 5 }, 'filter: expected valueAtLeast <= valueAtMost, got 10 > 5'],
    ['a time range upside down', { refersFrom: '2023', refersTo: '2022-12' }, 'filter: expected refersFrom on or before refersTo, got 2023 after 2022-12'],
    ['a measure of 201 characters', { measure: 'm'.repeat(201) }, 'filter.measure: expected at most 200 characters, got 201'],
    ['a source id of 301 characters', { source: 's'.repeat(301) }, 'filter.source: expected at most 300 characters, got 301'],
    ['includeMembers without reportedBy', { includeMembers: true }, 'filter.includeMembers: expected together with filter.reportedBy'],
  ])('refuses %s with BAD_USER_INPUT', (_, filter, message) => {
    expect(rejection(() => figureFilterParams(filter))).toEqual({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a reporter nobody has, so a typo never looks like "nobody said anything"', () => {
    const params = figureFilterParams({ reportedBy: 'Nobody Atall' });
    expect(rejection(() => checkFilterNames(params, { reporterResolution: { id: null, candidates: [] } }))).toEqual({
      message: 'filter.reportedBy: no entity has the id, name or alias "Nobody Atall"',
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ENTITY' },
    });
  });

  it('refuses a subject that names two entities as AMBIGUOUS_NAME with both ids', () => {
    const params = figureFilterParams({ about: 'Kyiv' });
    expect(rejection(() => checkFilterNames(params, { aboutResolution: { id: null, candidates: ['org:a', 'place:b'] } }))).toEqual({
      message: 'filter.about: "Kyiv" is ambiguous: it names 2 entities (org:a, place:b); ask with an id',
      extensions: { code: 'BAD_USER_INPUT', reason: 'AMBIGUOUS_NAME', candidates: ['org:a', 'place:b'] },
    });
  });

  it('refuses an empty reporter before anything is read', () => {
    expect(rejection(() => figureFilterParams({ reportedBy: '  ' }))).toEqual({
      message: 'filter.reportedBy: expected a non-empty id, name or alias',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
