import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';

/**
 * The questions a journalist asks of the seed article ("I want to live" hotline), answered over
 * real HTTP from the test Neo4j. Expected values are the facts of data/bundles/hotline-defections.json.
 */

const SOURCE_ID = 'source:express-hotline-defections';
const bundle = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'bundles', 'hotline-defections.json'), 'utf8'),
) as { figures: Array<{ id: string; unit?: string }> };
const bundleFigureIds = bundle.figures.map((f) => f.id).sort();
const bundleFigure = (id: string) => bundle.figures.find((f) => f.id === id)!;

const MATVIENKO_FIGURES = [
  'figure:hotline-applications-2022-12',
  'figure:hotline-applications-2023-03',
  'figure:hotline-pending-cases',
];

const FIGURE_FIELDS = `
  id value lowerBound upperBound qualifier unit refersTo
  attribution { kind reportedBy { id } reporterLabel said saidLabel source { id } }
`;

const FIGURES = `
  query Figures($filter: FigureFilter, $first: Int, $after: String) {
    figures(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${FIGURE_FIELDS} } }
    }
  }
`;

const NO_LEAK = /stacktrace|Neo4j|Cypher|at .*\.js/;

describe('questions a journalist asks of the hotline article', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Runs a query that must succeed; returns `data`. */
  async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { status, body } = await server.query(query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data as T;
  }

  /** Runs a query that must fail with a client error (BAD_USER_INPUT unless told); returns the body. */
  async function badInput(
    query: string,
    variables?: Record<string, unknown>,
    mentions?: string,
    codes: string[] = ['BAD_USER_INPUT'],
  ): Promise<any> {
    const { body } = await server.query(query, variables);
    expect(body.errors, JSON.stringify(body)).toBeDefined();
    expect(codes, JSON.stringify(body.errors)).toContain(body.errors[0].extensions.code);
    if (mentions !== undefined) expect(body.errors[0].message).toContain(mentions);
    expect(JSON.stringify(body)).not.toMatch(NO_LEAK);
    return body;
  }

  async function figureIds(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const d = await data(FIGURES, { filter, first });
    return d.figures.edges.map((e: any) => e.node.id);
  }

  describe("Matvienko's figures and their months", () => {
    it('gives the two monthly application counts and the pending cases reported by Matvienko, dated first', async () => {
      const d = await data(FIGURES, { filter: { reportedBy: 'Matvienko' } });
      expect(d.figures.totalCount).toBe(3);
      expect(d.figures.edges.map((e: any) => e.node)).toEqual([
        {
          id: 'figure:hotline-applications-2022-12',
          value: 1500,
          lowerBound: null,
          upperBound: null,
          qualifier: 'EXACT',
          unit: 'applications',
          refersTo: '2022-12',
          attribution: {
            kind: 'SAID',
            reportedBy: { id: 'person:vitaliy-matvienko' },
            reporterLabel: null,
            said: null,
            saidLabel: null,
            source: { id: SOURCE_ID },
          },
        },
        {
          id: 'figure:hotline-applications-2023-03',
          value: 3000,
          lowerBound: null,
          upperBound: 3000,
          qualifier: 'ALMOST',
          unit: 'applications',
          refersTo: '2023-03',
          attribution: {
            kind: 'SAID',
            reportedBy: { id: 'person:vitaliy-matvienko' },
            reporterLabel: null,
            said: null,
            saidLabel: null,
            source: { id: SOURCE_ID },
          },
        },
        {
          id: 'figure:hotline-pending-cases',
          value: 1000,
          lowerBound: 1000,
          upperBound: null,
          qualifier: 'MORE_THAN',
          unit: 'cases',
          refersTo: null,
          attribution: {
            kind: 'CLAIMED',
            reportedBy: { id: 'person:vitaliy-matvienko' },
            reporterLabel: null,
            said: null,
            saidLabel: 'the month before the article was published',
            source: { id: SOURCE_ID },
          },
        },
      ]);
    });

    it.each(['Matviyenko', 'matvienko', 'Віталій Матвієнко', 'Vitaly Matviyenko', 'person:vitaliy-matvienko'])(
      'finds the same three Matvienko figures through the spelling %s',
      async (spelling) => {
        expect(await figureIds({ reportedBy: spelling })).toEqual(MATVIENKO_FIGURES);
      },
    );
  });

  describe("everything reported by GUR's people", () => {
    it.each(['GUR', 'HUR', 'Defence Intelligence of Ukraine', 'org:gur'])(
      'counts the POW department spokesperson for %s with includeMembers',
      async (name) => {
        const d = await data(FIGURES, { filter: { reportedBy: name, includeMembers: true } });
        expect(d.figures.totalCount).toBe(3);
        expect(d.figures.edges.map((e: any) => e.node.id)).toEqual(MATVIENKO_FIGURES);
      },
    );

    it('finds no figure reported by GUR itself without includeMembers', async () => {
      const d = await data(FIGURES, { filter: { reportedBy: 'GUR' } });
      expect(d.figures).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it("lists GUR's own reported figures as none and Matvienko's as his three", async () => {
      const d = await data(`{
        gur: entity(name: "GUR") { reported { totalCount } }
        m: entity(name: "Matvienko") { reported { totalCount edges { node { id } } } }
      }`);
      expect(d.gur.reported.totalCount).toBe(0);
      expect(d.m.reported.totalCount).toBe(3);
      expect(d.m.reported.edges.map((e: any) => e.node.id)).toEqual(MATVIENKO_FIGURES);
    });
  });

  describe('where the pilot landed and how long after the shooting', () => {
    it("lists Kuzminov's four events with their roles and the landing place Poltava", async () => {
      const d = await data(`{
        entity(name: "Kuzminov") {
          id
          ... on Person { events { type direction role other { id ... on Event { kind place { id name } } } } }
        }
      }`);
      expect(d.entity.id).toBe('person:maxim-kuzminov');
      const events = [...d.entity.events].sort((a: any, b: any) => a.other.id.localeCompare(b.other.id));
      expect(events).toEqual([
        { type: 'PARTICIPATED_IN', direction: 'OUT', role: 'defector', other: { id: 'event:kuzminov-contacts-gur', kind: 'CONTACT', place: null } },
        { type: 'PARTICIPATED_IN', direction: 'OUT', role: 'defector', other: { id: 'event:kuzminov-defection', kind: 'DEFECTION', place: null } },
        { type: 'PARTICIPATED_IN', direction: 'OUT', role: 'pilot', other: { id: 'event:kuzminov-helicopter-fired-on', kind: 'ATTACK', place: null } },
        {
          type: 'PARTICIPATED_IN',
          direction: 'OUT',
          role: 'pilot',
          other: { id: 'event:kuzminov-landing-poltava', kind: 'LANDING', place: { id: 'place:poltava', name: 'Poltava' } },
        },
      ]);
    });

    it('gives about 20 minutes from the shooting to the landing, about Kuzminov and the landing', async () => {
      const d = await data(`{
        entity(name: "Maxim Kuzminov") {
          mentionedIn(first: 100) { edges { node { id value qualifier unit about { id } attribution { kind } } } }
        }
      }`);
      const minutes = d.entity.mentionedIn.edges.map((e: any) => e.node).filter((f: any) => f.value === 20);
      expect(minutes).toHaveLength(1);
      const [figure] = minutes;
      expect({ ...figure, about: figure.about.map((a: any) => a.id).sort() }).toEqual({
        id: 'figure:kuzminov-landing-minutes-after-fire',
        value: 20,
        qualifier: 'ABOUT',
        unit: 'minutes',
        attribution: { kind: 'ASSERTED' },
        about: [
          'event:kuzminov-helicopter-fired-on',
          'event:kuzminov-landing-poltava',
          'person:maxim-kuzminov',
          'place:poltava',
        ],
      });
    });

    it('shows the landing as a step of the whole defection', async () => {
      const d = await data(`{
        node(id: "event:kuzminov-defection") {
          ... on Event { parts { type direction other { id } } participants { direction role other { id } } }
        }
      }`);
      const parts = d.node.parts.map((r: any) => ({ ...r, other: r.other.id })).sort((a: any, b: any) => a.other.localeCompare(b.other));
      expect(parts).toEqual([
        { type: 'PART_OF_EVENT', direction: 'IN', other: 'event:kuzminov-contacts-gur' },
        { type: 'PART_OF_EVENT', direction: 'IN', other: 'event:kuzminov-helicopter-fired-on' },
        { type: 'PART_OF_EVENT', direction: 'IN', other: 'event:kuzminov-landing-poltava' },
      ]);
    });
  });

  describe('when the hotline started', () => {
    it('dates the launch September 2022 in the timeline of "I want to live"', async () => {
      const d = await data(`{ timeline(entity: "I want to live") { id kind date } }`);
      expect(d.timeline[0]).toEqual({ id: 'event:hotline-launch', kind: 'LAUNCH', date: '2022-09' });
      expect(d.timeline.map((e: any) => e.id).sort()).toEqual([
        'event:alfyorov-unit-defection',
        'event:ft-hears-hotline-greeting',
        'event:hotline-launch',
      ]);
    });

    it("dates the launch September 2022 among the hotline's events", async () => {
      const d = await data(`{
        entity(name: "I Want to Live hotline") {
          ... on Organization { events { role other { id ... on Event { date } } } }
        }
      }`);
      expect(d.entity.events.find((r: any) => r.other.id === 'event:hotline-launch')).toEqual({
        role: 'launched service',
        other: { id: 'event:hotline-launch', date: '2022-09' },
      });
    });

    it('finds the launch with a September 2022 timeline range and not with October 2022', async () => {
      const d = await data(`{
        sept: timeline(from: "2022-09", to: "2022-09") { id }
        oct: timeline(from: "2022-10-01", to: "2022-10-31") { id }
      }`);
      expect(d.sept).toEqual([{ id: 'event:hotline-launch' }]);
      expect(d.oct).toEqual([]);
    });
  });

  describe('a path from the pilot to GUR', () => {
    const PATH = `
      query Path($from: ID!, $to: ID!, $maxHops: Int) {
        path(from: $from, to: $to, maxHops: $maxHops) {
          length from { id } to { id }
          steps { from { id } relation direction role to { id } sources { id } }
        }
      }
    `;

    it('connects Maxim Kuzminov to GUR in at most three sourced steps', async () => {
      const { path } = await data(PATH, { from: 'Maxim Kuzminov', to: 'GUR' });
      expect(path).not.toBeNull();
      expect(path.from).toEqual({ id: 'person:maxim-kuzminov' });
      expect(path.to).toEqual({ id: 'org:gur' });
      expect(path.length).toBeLessThanOrEqual(3);
      expect(path.steps).toHaveLength(path.length);
      expect(path.steps[0].from).toEqual({ id: 'person:maxim-kuzminov' });
      expect(path.steps.at(-1).to).toEqual({ id: 'org:gur' });
      for (let i = 1; i < path.steps.length; i++) expect(path.steps[i].from).toEqual(path.steps[i - 1].to);
      for (const step of path.steps) expect(step.sources.map((s: any) => s.id)).toContain(SOURCE_ID);
    });

    it('finds no path from Kuzminov to GUR within one hop', async () => {
      expect(await data(PATH, { from: 'Maxim Kuzminov', to: 'GUR', maxHops: 1 })).toEqual({ path: null });
    });

    it.each([0, 7])('refuses maxHops %i as BAD_USER_INPUT', async (maxHops) => {
      await badInput(PATH, { from: 'Maxim Kuzminov', to: 'GUR', maxHops }, 'maxHops');
    });

    it('connects Alfyorov to Kherson through the surrender there', async () => {
      const { path } = await data(PATH, { from: 'Alfyorov', to: 'Kherson' });
      expect(path).not.toBeNull();
      expect(path.from).toEqual({ id: 'person:daniil-alfyorov' });
      expect(path.to).toEqual({ id: 'place:kherson' });
      expect(path.length).toBe(2);
      expect(path.steps[0].from).toEqual({ id: 'person:daniil-alfyorov' });
      expect(path.steps[1].to).toEqual({ id: 'place:kherson' });
      expect(path.steps[0].to).toEqual(path.steps[1].from);
      for (const step of path.steps) expect(step.sources.map((s: any) => s.id)).toContain(SOURCE_ID);
    });
  });

  describe('aliases', () => {
    it.each([
      ['alferov', 'person:daniil-alfyorov'],
      ['ALFYOROV', 'person:daniil-alfyorov'],
      ['Алфёров', 'person:daniil-alfyorov'],
      ['HUR', 'org:gur'],
      ['Kiev', 'place:kyiv'],
      ['Kyiv', 'place:kyiv'],
      ['Київ', 'place:kyiv'],
      ['Matviyenko', 'person:vitaliy-matvienko'],
      ['Maksim Kuzminov', 'person:maxim-kuzminov'],
      ['the financial times', 'org:financial-times'],
      ['FT', 'org:financial-times'],
    ])('finds %s as %s', async (name, id) => {
      expect(await data('query E($n: String!) { entity(name: $n) { id } }', { n: name })).toEqual({ entity: { id } });
    });

    it('answers null for "Nobody Known"', async () => {
      expect(await data('{ entity(name: "Nobody Known") { id } }')).toEqual({ entity: null });
    });
  });

  describe('"reportedly" figures told apart from the outlet\'s own', () => {
    it('gives exactly the weekly surrenders and the 26,000+ calls as REPORTED', async () => {
      const d = await data(FIGURES, { filter: { attribution: ['REPORTED'] } });
      expect(d.figures.totalCount).toBe(2);
      expect(d.figures.edges.map((e: any) => e.node)).toEqual([
        {
          id: 'figure:hotline-calls-total',
          value: 26000,
          lowerBound: 26000,
          upperBound: null,
          qualifier: 'MORE_THAN',
          unit: 'calls',
          refersTo: null,
          attribution: { kind: 'REPORTED', reportedBy: null, reporterLabel: null, said: null, saidLabel: null, source: { id: SOURCE_ID } },
        },
        {
          id: 'figure:hotline-surrenders-weekly',
          value: 3,
          lowerBound: null,
          upperBound: null,
          qualifier: 'EXACT',
          unit: 'soldiers per week',
          refersTo: null,
          attribution: { kind: 'REPORTED', reportedBy: null, reporterLabel: null, said: null, saidLabel: null, source: { id: SOURCE_ID } },
        },
      ]);
    });

    it("gives the outlet's own figures, with the 220 and the 10 operators, as ASSERTED", async () => {
      const ids = await figureIds({ attribution: ['ASSERTED'] });
      expect(ids).toContain('figure:hotline-defections-more-than-220');
      expect(ids).toContain('figure:hotline-operators');
      expect(ids).not.toContain('figure:hotline-surrenders-weekly');
      expect(ids).not.toContain('figure:hotline-calls-total');
      expect([...ids].sort()).toEqual([
        'figure:alfyorov-age',
        'figure:alfyorov-appearance-officers',
        'figure:alfyorov-group-hotline-callers',
        'figure:alfyorov-subordinates-defected',
        'figure:defector-reward-pot-max',
        'figure:hotline-defections-hundreds',
        'figure:hotline-defections-more-than-220',
        'figure:hotline-operators',
        'figure:hotline-staffed-days-per-week',
        'figure:hotline-staffed-hours-per-day',
        'figure:kuzminov-landing-minutes-after-fire',
      ]);
    });

    it('gives REPORTED and SAID together when both are asked for', async () => {
      const ids = await figureIds({ attribution: ['REPORTED', 'SAID'], source: SOURCE_ID });
      expect([...ids].sort()).toEqual([
        'figure:hotline-applications-2022-12',
        'figure:hotline-applications-2023-03',
        'figure:hotline-calls-total',
        'figure:hotline-surrenders-weekly',
        'figure:pow-hot-meals-per-day',
      ]);
    });

    it('attributes the 100,000 casualties to unnamed "Western estimates" as ESTIMATED', async () => {
      const d = await data(FIGURES, { filter: { attribution: ['ESTIMATED'] } });
      expect(d.figures.edges.map((e: any) => e.node)).toEqual([
        {
          id: 'figure:russia-excess-casualties',
          value: 100000,
          lowerBound: null,
          upperBound: null,
          qualifier: 'EXACT',
          unit: bundleFigure('figure:russia-excess-casualties').unit,
          refersTo: null,
          attribution: {
            kind: 'ESTIMATED',
            reportedBy: null,
            reporterLabel: 'Western estimates',
            said: null,
            saidLabel: null,
            source: { id: SOURCE_ID },
          },
        },
      ]);
    });

    it('attributes the three hot meals to the Government of Ukraine as SAID', async () => {
      const d = await data(`{ node(id: "figure:pow-hot-meals-per-day") { ... on Figure { attribution { kind reportedBy { id } } } } }`);
      expect(d.node.attribution).toEqual({ kind: 'SAID', reportedBy: { id: 'org:government-of-ukraine' } });
    });
  });

  describe('Figure.comparable', () => {
    const COMPARABLE = `query C($id: ID!) { node(id: $id) { ... on Figure { measure comparable { id refersTo } } } }`;

    it('lists the March 2023 application count as comparable to December 2022', async () => {
      expect(await data(COMPARABLE, { id: 'figure:hotline-applications-2022-12' })).toEqual({
        node: { measure: 'hotline.applications.monthly', comparable: [{ id: 'figure:hotline-applications-2023-03', refersTo: '2023-03' }] },
      });
    });

    it('lists the December 2022 application count as comparable to March 2023', async () => {
      expect(await data(COMPARABLE, { id: 'figure:hotline-applications-2023-03' })).toEqual({
        node: { measure: 'hotline.applications.monthly', comparable: [{ id: 'figure:hotline-applications-2022-12', refersTo: '2022-12' }] },
      });
    });

    it('makes the "hundreds" and "more than 220" defection figures comparable to each other', async () => {
      expect(await data(COMPARABLE, { id: 'figure:hotline-defections-hundreds' })).toEqual({
        node: { measure: 'hotline.defections.total', comparable: [{ id: 'figure:hotline-defections-more-than-220', refersTo: null }] },
      });
      expect(await data(COMPARABLE, { id: 'figure:hotline-defections-more-than-220' })).toEqual({
        node: { measure: 'hotline.defections.total', comparable: [{ id: 'figure:hotline-defections-hundreds', refersTo: null }] },
      });
    });

    it('gives no comparable figure for the 10 operators', async () => {
      expect(await data(COMPARABLE, { id: 'figure:hotline-operators' })).toEqual({
        node: { measure: 'hotline.operators', comparable: [] },
      });
    });
  });

  describe('filters', () => {
    it('keeps the figures from 1,000 to 3,000 with valueAtLeast and valueAtMost', async () => {
      expect(await figureIds({ valueAtLeast: 1000, valueAtMost: 3000 })).toEqual(MATVIENKO_FIGURES);
    });

    it('keeps the 100,000 casualties and the £500,000 reward with valueAtLeast 100000', async () => {
      expect((await figureIds({ valueAtLeast: 100000 })).sort()).toEqual([
        'figure:defector-reward-pot-max',
        'figure:russia-excess-casualties',
      ]);
    });

    it('keeps the two officers, three weekly surrenders and three meals with valueAtMost 3', async () => {
      expect((await figureIds({ valueAtMost: 3 })).sort()).toEqual([
        'figure:alfyorov-appearance-officers',
        'figure:hotline-surrenders-weekly',
        'figure:pow-hot-meals-per-day',
      ]);
    });

    it('gives the March 2023 count and not December 2022 with refersFrom "2023"', async () => {
      expect(await figureIds({ refersFrom: '2023' })).toEqual(['figure:hotline-applications-2023-03']);
    });

    it('gives December 2022 and not March 2023 with refersTo "2022" in the article', async () => {
      // Scoped to the article: other test files load synthetic figures dated 2021 into the same graph.
      expect(await figureIds({ refersTo: '2022', source: SOURCE_ID })).toEqual(['figure:hotline-applications-2022-12']);
    });

    it('keeps a month that overlaps a day-precision refersFrom ("2023-03-15" keeps March 2023)', async () => {
      expect(await figureIds({ refersFrom: '2023-03-15' })).toEqual(['figure:hotline-applications-2023-03']);
    });

    it('gives both monthly counts for refersFrom "2022-12" to refersTo "2023-03"', async () => {
      expect(await figureIds({ refersFrom: '2022-12', refersTo: '2023-03' })).toEqual([
        'figure:hotline-applications-2022-12',
        'figure:hotline-applications-2023-03',
      ]);
    });

    it('gives nothing for refersFrom "2023-04"', async () => {
      expect(await figureIds({ refersFrom: '2023-04' })).toEqual([]);
    });

    it('gives the two monthly application counts for the measure key', async () => {
      expect(await figureIds({ measure: 'hotline.applications.monthly' })).toEqual([
        'figure:hotline-applications-2022-12',
        'figure:hotline-applications-2023-03',
      ]);
    });

    it('gives only the landing minutes for about "Poltava"', async () => {
      expect(await figureIds({ about: 'Poltava' })).toEqual(['figure:kuzminov-landing-minutes-after-fire']);
    });

    it('gives every figure of the bundle for its source id', async () => {
      const d = await data(FIGURES, { filter: { source: SOURCE_ID }, first: 100 });
      expect(d.figures.totalCount).toBe(bundleFigureIds.length);
      expect(d.figures.edges.map((e: any) => e.node.id).sort()).toEqual(bundleFigureIds);
    });

    it('combines filters with AND (Matvienko, value at least 2000)', async () => {
      expect(await figureIds({ reportedBy: 'Matvienko', valueAtLeast: 2000 })).toEqual(['figure:hotline-applications-2023-03']);
    });
  });

  describe('pagination', () => {
    // Scoped to the article's source: other test files load and delete synthetic bundles in the
    // same graph while this runs, which would shift offset cursors of an unfiltered walk.
    it("walks all the article's figures two at a time without repeats, totalCount being the bundle count", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const d: any = await data(FIGURES, { first: 2, after, filter: { source: SOURCE_ID } });
        expect(d.figures.totalCount).toBe(bundleFigureIds.length);
        expect(d.figures.edges.length).toBeLessThanOrEqual(2);
        seen.push(...d.figures.edges.map((e: any) => e.node.id));
        pages++;
        if (!d.figures.pageInfo.hasNextPage) break;
        after = d.figures.pageInfo.endCursor;
        expect(pages).toBeLessThan(50);
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(bundleFigureIds);
      expect(pages).toBe(Math.ceil(bundleFigureIds.length / 2));
    });

    it.each([0, 101])('refuses first: %i as BAD_USER_INPUT mentioning "first"', async (first) => {
      await badInput(FIGURES, { first }, 'first');
    });

    it('refuses the garbage cursor "xyz" as BAD_USER_INPUT mentioning "after"', async () => {
      await badInput(FIGURES, { after: 'xyz' }, 'after');
    });
  });

  describe('bad input', () => {
    it.each(['2023-13', 'March', '2023-02-30', ''])('refuses refersFrom %j as BAD_USER_INPUT without a stack trace', async (date) => {
      await badInput(FIGURES, { filter: { refersFrom: date } }, 'PartialDate');
    });

    it('refuses a malformed PartialDate written into the query text as a client error naming PartialDate', async () => {
      // graphql-js checks literals during validation, so GRAPHQL_VALIDATION_FAILED is as right as BAD_USER_INPUT.
      await badInput('{ figures(filter: { refersFrom: "2023-13" }) { totalCount } }', undefined, 'PartialDate', [
        'BAD_USER_INPUT',
        'GRAPHQL_VALIDATION_FAILED',
      ]);
    });

    it('reports an unknown field as GRAPHQL_VALIDATION_FAILED, not as an internal error', async () => {
      await badInput('{ figures { nope } }', undefined, 'nope', ['GRAPHQL_VALIDATION_FAILED']);
    });

    it('refuses valueAtLeast above valueAtMost as BAD_USER_INPUT', async () => {
      await badInput(FIGURES, { filter: { valueAtLeast: 3000, valueAtMost: 1000 } });
    });

    it('refuses reportedBy "Nobody Known" as BAD_USER_INPUT', async () => {
      await badInput(FIGURES, { filter: { reportedBy: 'Nobody Known' } });
    });
  });

  describe('node(id:)', () => {
    const NODE = `query N($id: ID!) {
      node(id: $id) {
        __typename id
        ... on Person { name }
        ... on Figure { value qualifier unit }
        ... on Source { title }
      }
    }`;

    it('fetches a person by id', async () => {
      expect(await data(NODE, { id: 'person:maxim-kuzminov' })).toEqual({
        node: { __typename: 'Person', id: 'person:maxim-kuzminov', name: 'Maxim Kuzminov' },
      });
    });

    it('fetches a figure by id', async () => {
      expect(await data(NODE, { id: 'figure:hotline-operators' })).toEqual({
        node: { __typename: 'Figure', id: 'figure:hotline-operators', value: 10, qualifier: 'EXACT', unit: 'operators' },
      });
    });

    it('fetches the source by id', async () => {
      expect(await data(NODE, { id: SOURCE_ID })).toEqual({
        node: {
          __typename: 'Source',
          id: SOURCE_ID,
          title: 'Hundreds of Russian troops defect via Ukraine’s army hotline, defying the Kremlin (headline paraphrased)',
        },
      });
    });

    it.each(['person:nobody-known', 'figure:nothing', 'source:nowhere', 'xyz'])('answers null for the unknown id %s', async (id) => {
      expect(await data(NODE, { id })).toEqual({ node: null });
    });
  });

  describe('relationships in both directions', () => {
    it("lists the POW department among Matvienko's organisations, as spokesperson", async () => {
      const d = await data(`{ entity(name: "Matvienko") { ... on Person { organizations { type direction role other { id } } } } }`);
      expect(d.entity.organizations).toEqual([
        { type: 'MEMBER_OF', direction: 'OUT', role: 'spokesperson', other: { id: 'org:gur-pow-department' } },
      ]);
    });

    it("lists Matvienko among the POW department's members", async () => {
      const d = await data(`{ node(id: "org:gur-pow-department") { ... on Organization { members { type direction role other { id } } partOf { type other { id } } } } }`);
      expect(d.node.members).toEqual([
        { type: 'MEMBER_OF', direction: 'IN', role: 'spokesperson', other: { id: 'person:vitaliy-matvienko' } },
      ]);
      expect(d.node.partOf).toEqual([{ type: 'PART_OF', other: { id: 'org:gur' } }]);
    });

    it("lists the POW department and the hotline among GUR's parts", async () => {
      const d = await data(`{ entity(name: "GUR") { ... on Organization { parts { type direction other { id } } } } }`);
      const parts = d.entity.parts.map((r: any) => ({ ...r, other: r.other.id })).sort((a: any, b: any) => a.other.localeCompare(b.other));
      expect(parts).toEqual([
        { type: 'PART_OF', direction: 'IN', other: 'org:gur-pow-department' },
        { type: 'OPERATED_BY', direction: 'IN', other: 'org:i-want-to-live-hotline' },
      ]);
    });

    it('has Kherson located in Ukraine and Ukraine containing Kherson', async () => {
      const d = await data(`{
        kherson: entity(name: "Kherson") { ... on Place { locatedIn { type direction other { id } } } }
        ukraine: entity(name: "Ukraine") { ... on Place { contains { type direction other { id } } } }
      }`);
      expect(d.kherson.locatedIn).toEqual([{ type: 'LOCATED_IN', direction: 'OUT', other: { id: 'place:ukraine' } }]);
      expect(d.ukraine.contains).toContainEqual({ type: 'LOCATED_IN', direction: 'IN', other: { id: 'place:kherson' } });
      expect(d.ukraine.contains.map((r: any) => r.other.id).sort()).toEqual(['place:kherson', 'place:kyiv', 'place:poltava']);
    });

    it("lists Kuzminov as defector and GUR as organiser among the defection's participants", async () => {
      const d = await data(`{ node(id: "event:kuzminov-defection") { ... on Event { participants { type direction role other { id } } } } }`);
      const participants = [...d.node.participants].sort((a: any, b: any) => a.other.id.localeCompare(b.other.id));
      expect(participants).toEqual([
        { type: 'PARTICIPATED_IN', direction: 'IN', role: 'organiser', other: { id: 'org:gur' } },
        { type: 'PARTICIPATED_IN', direction: 'IN', role: 'defector', other: { id: 'person:maxim-kuzminov' } },
      ]);
    });

    it('gives the same membership through relations() filtered by type and direction', async () => {
      const d = await data(`{
        out: entity(name: "Matvienko") { relations(types: [MEMBER_OF], direction: OUT) { other { id } role sources { id } } }
        in: entity(name: "GUR POW department") { relations(types: [MEMBER_OF], direction: IN) { other { id } role } }
      }`);
      expect(d.out.relations).toEqual([{ other: { id: 'org:gur-pow-department' }, role: 'spokesperson', sources: [{ id: SOURCE_ID }] }]);
      expect(d.in.relations).toEqual([{ other: { id: 'person:vitaliy-matvienko' }, role: 'spokesperson' }]);
    });
  });

  describe('nothing from the sidebar', () => {
    it.each([
      ['Royal Navy', /royal navy/i],
      ['Turkey', /turkey/i],
      ['missiles', /missile/i],
    ])('finds no entity named after the sidebar headline word %s', async (query, pattern) => {
      const d = await data('query S($q: String!) { search(query: $q) { entity { id name aliases } } }', { q: query });
      for (const hit of d.search) {
        expect(hit.entity.name).not.toMatch(pattern);
        for (const alias of hit.entity.aliases) expect(alias).not.toMatch(pattern);
      }
    });

    it.each(['Nato', 'Royal Navy', 'Turkey'])('answers null for entity(name: %j)', async (name) => {
      expect(await data('query E($n: String!) { entity(name: $n) { id } }', { n: name })).toEqual({ entity: null });
    });
  });

  describe('search', () => {
    const SEARCH = `query S($q: String!, $types: [EntityType!], $first: Int) {
      search(query: $q, types: $types, first: $first) { score entity { __typename id name } }
    }`;

    it('ranks Daniil Alfyorov first for "alferov"', async () => {
      const d = await data(SEARCH, { q: 'alferov' });
      expect(d.search[0].entity.id).toBe('person:daniil-alfyorov');
    });

    it.each([
      ['GUR', 'org:gur'],
      ['HUR', 'org:gur'],
      ['hotline', 'org:i-want-to-live-hotline'],
      ['I want to live', 'org:i-want-to-live-hotline'],
      ['Kiev', 'place:kyiv'],
    ])('puts the entity named exactly "%s" first', async (q, id) => {
      const d = await data(SEARCH, { q });
      expect(d.search[0].entity.id).toBe(id);
    });

    it('finds Maxim Kuzminov first despite the typo "Kuzminof"', async () => {
      const d = await data(SEARCH, { q: 'Kuzminof' });
      expect(d.search[0].entity.id).toBe('person:maxim-kuzminov');
    });

    it('returns only places with types [PLACE]', async () => {
      const d = await data(SEARCH, { q: 'Ukraine', types: ['PLACE'] });
      expect(d.search.length).toBeGreaterThan(0);
      expect(d.search.map((h: any) => h.entity.id)).toContain('place:ukraine');
      for (const hit of d.search) expect(hit.entity.__typename).toBe('Place');
    });

    it('orders hits by descending score', async () => {
      const d = await data(SEARCH, { q: 'hotline' });
      const scores = d.search.map((h: any) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it.each(['name:(x OR "y"~) AND [a TO b]', '\\', '"', '*', 'AND', '~', 'Kuzminov^10 OR id:*'])(
      'treats the Lucene-looking query %j as plain words: 200 and no errors',
      async (q) => {
        const { status, body } = await server.query(SEARCH, { q });
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(Array.isArray(body.data.search)).toBe(true);
      },
    );
  });
});
