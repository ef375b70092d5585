import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { figureFilterParams, type FigureFilterInput } from '../../src/graph/figureFilter.js';
import type { Loaders, NameResolution } from '../../src/graph/loaders.js';
import type { EntityRecord } from '../../src/graph/records.js';

const entity = (id: string, name: string): EntityRecord => ({
  id,
  type: id.startsWith('org:') ? 'Organization' : 'Person',
  name,
  aliases: [],
  description: null,
  kind: null,
  date: null,
  dateLabel: null,
});
const known = new Map([
  ['GUR', entity('org:gur', 'GUR')],
  ['Kuzminov', entity('person:maxim-kuzminov', 'Maxim Kuzminov')],
]);

/** Loaders that know two names and count the look-ups. */
function fakeLoaders() {
  const asked: string[] = [];
  const loaders = {
    names: {
      load: async (text: string): Promise<NameResolution> => {
        asked.push(text);
        const found = known.get(text);
        return { byId: null, matches: found ? [{ rank: 1, entity: found }] : [] };
      },
    },
  } as unknown as Loaders;
  return { loaders, asked };
}

async function rejection(filter: FigureFilterInput) {
  try {
    await figureFilterParams(fakeLoaders().loaders, filter);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  throw new Error('did not throw');
}

const none = {
  reporterId: null,
  includeMembers: false,
  aboutId: null,
  sourceId: null,
  measure: null,
  kinds: null,
  valueAtLeast: null,
  valueAtMost: null,
  refersFrom: null,
  refersTo: null,
};

describe('figure filter parameters', () => {
  it('filters nothing when there is no filter, and looks nothing up', async () => {
    const { loaders, asked } = fakeLoaders();
    expect(await figureFilterParams(loaders, undefined)).toEqual(none);
    expect(await figureFilterParams(loaders, null)).toEqual(none);
    expect(await figureFilterParams(loaders, {})).toEqual(none);
    expect(asked).toEqual([]);
  });

  it('resolves the reporter and the subject to ids', async () => {
    const { loaders, asked } = fakeLoaders();
    expect(await figureFilterParams(loaders, { reportedBy: 'GUR', includeMembers: true, about: 'Kuzminov' })).toEqual({
      ...none,
      reporterId: 'org:gur',
      includeMembers: true,
      aboutId: 'person:maxim-kuzminov',
    });
    expect(asked.sort()).toEqual(['GUR', 'Kuzminov']);
  });

  it('widens partial dates to the first and last day they can mean', async () => {
    const params = await figureFilterParams(fakeLoaders().loaders, { refersFrom: '2022', refersTo: '2024-02' });
    expect([params.refersFrom, params.refersTo]).toEqual(['2022-01-01', '2024-02-29']);
  });

  it('accepts a range that starts and ends in the same month, or a day inside the month it ends in', async () => {
    const same = await figureFilterParams(fakeLoaders().loaders, { refersFrom: '2022-12', refersTo: '2022-12' });
    expect([same.refersFrom, same.refersTo]).toEqual(['2022-12-01', '2022-12-31']);
    const inside = await figureFilterParams(fakeLoaders().loaders, { refersFrom: '2022-12-31', refersTo: '2022-12' });
    expect([inside.refersFrom, inside.refersTo]).toEqual(['2022-12-31', '2022-12-31']);
  });

  it('passes the other fields through, and an empty attribution list as no filter', async () => {
    const { loaders } = fakeLoaders();
    expect(
      await figureFilterParams(loaders, { source: 'source:x', measure: 'hotline.calls', attribution: ['SAID', 'CLAIMED'], valueAtLeast: 0, valueAtMost: 0 }),
    ).toEqual({ ...none, sourceId: 'source:x', measure: 'hotline.calls', kinds: ['SAID', 'CLAIMED'], valueAtLeast: 0, valueAtMost: 0 });
    expect((await figureFilterParams(loaders, { attribution: [] })).kinds).toBeNull();
  });

  it.each<[string, FigureFilterInput, string]>([
    ['a value range upside down', { valueAtLeast: 10, valueAtMost: 5 }, 'filter: expected valueAtLeast <= valueAtMost, got 10 > 5'],
    ['a time range upside down', { refersFrom: '2023', refersTo: '2022-12' }, 'filter: expected refersFrom on or before refersTo, got 2023 after 2022-12'],
    ['a measure of 201 characters', { measure: 'm'.repeat(201) }, 'filter.measure: expected at most 200 characters, got 201'],
    ['a source id of 301 characters', { source: 's'.repeat(301) }, 'filter.source: expected at most 300 characters, got 301'],
    ['includeMembers without reportedBy', { includeMembers: true }, 'filter.includeMembers: expected together with filter.reportedBy'],
  ])('refuses %s with BAD_USER_INPUT', async (_, filter, message) => {
    expect(await rejection(filter)).toEqual({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a reporter nobody has, so a typo never looks like "nobody said anything"', async () => {
    expect(await rejection({ reportedBy: 'Nobody Atall' })).toEqual({
      message: 'filter.reportedBy: no entity has the id, name or alias "Nobody Atall"',
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ENTITY' },
    });
  });
});
