import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';

/**
 * The questions a journalist asks of the "I want to live" hotline story, answered over real HTTP
 * from the test Neo4j. The graph holds four reports of the story (data/bundles/): the seed article
 * (hotline-defections.json), The Guardian (hotline-first-months.json), Ukrainska Pravda relaying
 * the FT (hotline-220-via-ft.json) and Meduza (kuzminov-reward.json). Questions about the whole
 * graph expect the facts of all four; questions about the seed article's own content are scoped
 * to its source. Other test files write synthetic data (figures valued 100-199, SAID, dated 2021)
 * into the same graph meanwhile, so no whole-graph listing here may include such figures.
 */

const SOURCE_ID = 'source:express-hotline-defections';
const GUARDIAN = 'source:guardian-hotline-first-months';
const UKRAINSKA_PRAVDA = 'source:ukrainska-pravda-hotline-220-via-ft';
const MEDUZA = 'source:meduza-kuzminov-reward';
const bundle = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'bundles', 'hotline-defections.json'), 'utf8'),
) as { figures: Array<{ id: string; unit?: string }> };
const bundleFigureIds = bundle.figures.map((f) => f.id).sort();
/** Every figure id of the four seed reports (data/bundles/*.json). */
const bundlesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'bundles');
const seedFigureIds = new Set(
  readdirSync(bundlesDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => (JSON.parse(readFileSync(join(bundlesDir, name), 'utf8')) as { figures: Array<{ id: string }> }).figures.map((f) => f.id)),
);
const bundleFigure = (id: string) => bundle.figures.find((f) => f.id === id)!;

/** Matvienko's figures across the four reports: dated ones first, by date, then by id. */
const MATVIENKO_FIGURES = [
  'figure:hotline-applications-2022-12',
  'figure:hotline-applications-2023-03',
  'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
  'figure:guardian-hotline-daily-contacts',
  'figure:guardian-hotline-relocation-months-ago',
  'figure:hotline-pending-cases',
  'figure:ukrainska-pravda-hotline-calls-more-than-26000',
  'figure:ukrainska-pravda-hotline-pending-requests',
];

/**
 * Figures reported by GUR, its POW department and their people (Matvienko, Yusov) across the
 * four reports, in the same order.
 */
const GUR_AND_MEMBERS_FIGURES = [
  'figure:guardian-hotline-website-visits-2022-12',
  'figure:guardian-hotline-website-visits-from-russia-2022-12',
  'figure:hotline-applications-2022-12',
  'figure:hotline-applications-2023-03',
  'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
  'figure:guardian-hotline-daily-contacts',
  'figure:guardian-hotline-relocation-months-ago',
  'figure:hotline-pending-cases',
  'figure:meduza-kuzminov-crew-probably-killed',
  'figure:meduza-kuzminov-reward-usd',
  'figure:ukrainska-pravda-hotline-calls-more-than-26000',
  'figure:ukrainska-pravda-hotline-pending-requests',
];

/** Meduza's figure: GUR's own estimate that the two other crew members were probably killed. */
const GUR_CREW_ESTIMATE = {
  id: 'figure:meduza-kuzminov-crew-probably-killed',
  value: 2,
  lowerBound: null,
  upperBound: null,
  qualifier: 'EXACT',
  unit: 'crew members',
  refersTo: null,
  attribution: {
    kind: 'ESTIMATED',
    reportedBy: { id: 'org:gur' },
    reporterLabel: null,
    said: null,
    saidLabel: null,
    source: { id: MEDUZA },
  },
};

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

  /**
   * The ids of the matching figures of the four seed reports, in the API's order. Other test
   * files ingest their own figures into the same graph while this runs; those are left out.
   */
  async function figureIds(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const d = await data(FIGURES, { filter, first });
    return d.figures.edges.map((e: any) => e.node.id).filter((id: string) => seedFigureIds.has(id));
  }

  describe("Matvienko's figures and their months", () => {
    it("gives Matvienko's eight figures across the four reports (the seed's monthly counts and pending cases, the Guardian's two, the FT's three via Ukrainska Pravda), dated first", async () => {
      const said = (source: string, saidLabel: string | null = null) => ({
        kind: 'SAID',
        reportedBy: { id: 'person:vitaliy-matvienko' },
        reporterLabel: null,
        said: null,
        saidLabel,
        source: { id: source },
      });
      const d = await data(FIGURES, { filter: { reportedBy: 'Matvienko' } });
      expect(d.figures.totalCount).toBe(8);
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
          id: 'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
          value: 220,
          lowerBound: 220,
          upperBound: null,
          qualifier: 'MORE_THAN',
          unit: 'soldiers',
          refersTo: '2023-12',
          attribution: said(UKRAINSKA_PRAVDA),
        },
        {
          id: 'figure:guardian-hotline-daily-contacts',
          value: 50,
          lowerBound: 50,
          upperBound: 100,
          qualifier: 'ABOUT',
          unit: 'calls and messages per day',
          refersTo: null,
          attribution: said(GUARDIAN),
        },
        {
          id: 'figure:guardian-hotline-relocation-months-ago',
          value: 1,
          lowerBound: null,
          upperBound: null,
          qualifier: 'ABOUT',
          unit: 'months',
          refersTo: null,
          attribution: said(GUARDIAN),
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
        {
          id: 'figure:ukrainska-pravda-hotline-calls-more-than-26000',
          value: 26000,
          lowerBound: 26000,
          upperBound: null,
          qualifier: 'MORE_THAN',
          unit: 'calls',
          refersTo: null,
          attribution: said(UKRAINSKA_PRAVDA),
        },
        {
          id: 'figure:ukrainska-pravda-hotline-pending-requests',
          value: 1000,
          lowerBound: 1000,
          upperBound: null,
          qualifier: 'MORE_THAN',
          unit: 'requests',
          refersTo: null,
          attribution: said(UKRAINSKA_PRAVDA, 'when he spoke to the FT, before 4 January 2024'),
        },
      ]);
    });

    it.each(['Matviyenko', 'matvienko', 'Віталій Матвієнко', 'Vitaly Matviyenko', 'person:vitaliy-matvienko'])(
      'finds the same eight Matvienko figures through the spelling %s',
      async (spelling) => {
        expect(await figureIds({ reportedBy: spelling })).toEqual(MATVIENKO_FIGURES);
      },
    );
  });

  describe("everything reported by GUR's people", () => {
    it.each(['GUR', 'HUR', 'Defence Intelligence of Ukraine', 'org:gur'])(
      "counts the twelve figures of GUR, its POW department, Matvienko (the department's spokesperson) and Yusov for %s with includeMembers",
      async (name) => {
        const d = await data(FIGURES, { filter: { reportedBy: name, includeMembers: true } });
        expect(d.figures.totalCount).toBe(12);
        expect(d.figures.edges.map((e: any) => e.node.id)).toEqual(GUR_AND_MEMBERS_FIGURES);
      },
    );

    it("finds only Meduza's crew estimate as reported by GUR itself without includeMembers", async () => {
      const d = await data(FIGURES, { filter: { reportedBy: 'GUR' } });
      expect(d.figures.totalCount).toBe(1);
      expect(d.figures.pageInfo.hasNextPage).toBe(false);
      expect(d.figures.pageInfo.endCursor).toBe(d.figures.edges[0]?.cursor);
      expect(d.figures.edges.map((e: any) => e.node)).toEqual([GUR_CREW_ESTIMATE]);
    });

    it("lists GUR's own reported figures as the crew estimate and Matvienko's as his eight", async () => {
      const d = await data(`{
        gur: entity(name: "GUR") { reported { totalCount edges { node { id } } } }
        m: entity(name: "Matvienko") { reported { totalCount edges { node { id } } } }
      }`);
      expect(d.gur.reported.totalCount).toBe(1);
      expect(d.gur.reported.edges.map((e: any) => e.node.id)).toEqual(['figure:meduza-kuzminov-crew-probably-killed']);
      expect(d.m.reported.totalCount).toBe(8);
      expect(d.m.reported.edges.map((e: any) => e.node.id)).toEqual(MATVIENKO_FIGURES);
    });
  });

  describe('where the pilot landed and how long after the shooting', () => {
    it("lists Kuzminov's five events with their roles, the landing place Poltava and the Kyiv press conference", async () => {
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
          role: 'speaker',
          other: { id: 'event:kuzminov-kyiv-press-conference', kind: 'PRESS_CONFERENCE', place: { id: 'place:kyiv', name: 'Kyiv' } },
        },
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
    it('dates the launch 15 September 2022 (the Guardian\'s day, within the others\' September) first in the timeline of "I want to live", then its undated events', async () => {
      const d = await data(`{ timeline(entity: "I want to live") { id kind date } }`);
      expect(d.timeline).toEqual([
        { id: 'event:hotline-launch', kind: 'LAUNCH', date: '2022-09-15' },
        { id: 'event:alfyorov-unit-defection', kind: 'DEFECTION', date: null },
        { id: 'event:ft-hears-hotline-greeting', kind: 'REPORT', date: null },
        { id: 'event:hotline-call-centre-relocation', kind: 'RELOCATION', date: null },
      ]);
    });

    it("dates the launch 15 September 2022 among the hotline's events", async () => {
      const d = await data(`{
        entity(name: "I Want to Live hotline") {
          ... on Organization { events { role other { id ... on Event { date } } } }
        }
      }`);
      expect(d.entity.events.find((r: any) => r.other.id === 'event:hotline-launch')).toEqual({
        role: 'launched service',
        other: { id: 'event:hotline-launch', date: '2022-09-15' },
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
      // Of the seed reports' figures (other test files add their own while this runs).
      const seedOnes = d.figures.edges.map((e: any) => e.node).filter((f: any) => seedFigureIds.has(f.id));
      expect(seedOnes).toEqual([
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

    it("gives each outlet's own figures across the four reports, with the seed's 220 and both reports' 10 operators, as ASSERTED", async () => {
      const ids = await figureIds({ attribution: ['ASSERTED'] });
      expect(ids).toContain('figure:hotline-defections-more-than-220');
      expect(ids).toContain('figure:hotline-operators');
      expect(ids).toContain('figure:guardian-hotline-operators');
      expect(ids).not.toContain('figure:hotline-surrenders-weekly');
      expect(ids).not.toContain('figure:hotline-calls-total');
      // Matvienko's "more than 220" via the FT is SAID, not the outlet's own.
      expect(ids).not.toContain('figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12');
      expect(ids).toEqual([
        'figure:ukrainska-pravda-invasion-troops-2022-02',
        'figure:alfyorov-age',
        'figure:alfyorov-appearance-officers',
        'figure:alfyorov-group-hotline-callers',
        'figure:alfyorov-subordinates-defected',
        'figure:defector-reward-pot-max',
        'figure:guardian-hotline-operators',
        'figure:guardian-hotline-staffed-days-per-week',
        'figure:guardian-hotline-staffed-hours-per-day',
        'figure:hotline-defections-hundreds',
        'figure:hotline-defections-more-than-220',
        'figure:hotline-operators',
        'figure:hotline-staffed-days-per-week',
        'figure:hotline-staffed-hours-per-day',
        'figure:kuzminov-landing-minutes-after-fire',
        'figure:ukrainska-pravda-hotline-launch-days-before-mobilisation',
        'figure:ukrainska-pravda-mobilisation-reservists',
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

    it('gives GUR\'s crew estimate (Meduza) and the 100,000 casualties by unnamed "Western estimates" as ESTIMATED', async () => {
      const d = await data(FIGURES, { filter: { attribution: ['ESTIMATED'] } });
      expect(d.figures.totalCount).toBe(2);
      expect(d.figures.edges.map((e: any) => e.node)).toEqual([
        GUR_CREW_ESTIMATE,
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

    it('makes the seed\'s "hundreds" and "more than 220" and Ukrainska Pravda\'s December 2023 "more than 220" comparable to each other, dated first', async () => {
      const UP_220 = { id: 'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12', refersTo: '2023-12' };
      expect(await data(COMPARABLE, { id: 'figure:hotline-defections-hundreds' })).toEqual({
        node: { measure: 'hotline.defections.total', comparable: [UP_220, { id: 'figure:hotline-defections-more-than-220', refersTo: null }] },
      });
      expect(await data(COMPARABLE, { id: 'figure:hotline-defections-more-than-220' })).toEqual({
        node: { measure: 'hotline.defections.total', comparable: [UP_220, { id: 'figure:hotline-defections-hundreds', refersTo: null }] },
      });
      expect(await data(COMPARABLE, { id: UP_220.id })).toEqual({
        node: {
          measure: 'hotline.defections.total',
          comparable: [
            { id: 'figure:hotline-defections-hundreds', refersTo: null },
            { id: 'figure:hotline-defections-more-than-220', refersTo: null },
          ],
        },
      });
    });

    it("gives the Guardian's 10 operators as the only figure comparable to the seed's 10 operators, and back", async () => {
      expect(await data(COMPARABLE, { id: 'figure:hotline-operators' })).toEqual({
        node: { measure: 'hotline.operators', comparable: [{ id: 'figure:guardian-hotline-operators', refersTo: null }] },
      });
      expect(await data(COMPARABLE, { id: 'figure:guardian-hotline-operators' })).toEqual({
        node: { measure: 'hotline.operators', comparable: [{ id: 'figure:hotline-operators', refersTo: null }] },
      });
    });
  });

  describe('filters', () => {
    it('keeps the two monthly counts, the seed\'s 1,000+ pending cases and the FT\'s 1,000+ pending requests with valueAtLeast 1000 and valueAtMost 3000', async () => {
      expect(await figureIds({ valueAtLeast: 1000, valueAtMost: 3000 })).toEqual([
        'figure:hotline-applications-2022-12',
        'figure:hotline-applications-2023-03',
        'figure:hotline-pending-cases',
        'figure:ukrainska-pravda-hotline-pending-requests',
      ]);
    });

    it('keeps the seven figures of 100,000 or more (invasion troops, two website counts, the £ and $ rewards, casualties, reservists) with valueAtLeast 100000', async () => {
      expect(await figureIds({ valueAtLeast: 100000 })).toEqual([
        'figure:ukrainska-pravda-invasion-troops-2022-02',
        'figure:guardian-hotline-website-visits-2022-12',
        'figure:guardian-hotline-website-visits-from-russia-2022-12',
        'figure:defector-reward-pot-max',
        'figure:meduza-kuzminov-reward-usd',
        'figure:russia-excess-casualties',
        'figure:ukrainska-pravda-mobilisation-reservists',
      ]);
    });

    it('keeps the two officers, one month since the relocation, three weekly surrenders, two crew, three meals and three days before mobilisation with valueAtMost 3', async () => {
      expect(await figureIds({ valueAtMost: 3 })).toEqual([
        'figure:alfyorov-appearance-officers',
        'figure:guardian-hotline-relocation-months-ago',
        'figure:hotline-surrenders-weekly',
        'figure:meduza-kuzminov-crew-probably-killed',
        'figure:pow-hot-meals-per-day',
        'figure:ukrainska-pravda-hotline-launch-days-before-mobilisation',
      ]);
    });

    it('gives the Guardian\'s contacts to 20 January 2023, the March 2023 count and the December 2023 total, and not December 2022, with refersFrom "2023"', async () => {
      expect(await figureIds({ refersFrom: '2023' })).toEqual([
        'figure:guardian-hotline-contacts-to-2023-01-20',
        'figure:hotline-applications-2023-03',
        'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
      ]);
    });

    it('gives December 2022 and not March 2023 with refersTo "2022" in the article', async () => {
      // Scoped to the article: other test files load synthetic figures dated 2021 into the same graph.
      expect(await figureIds({ refersTo: '2022', source: SOURCE_ID })).toEqual(['figure:hotline-applications-2022-12']);
    });

    it('keeps a month that overlaps a day-precision refersFrom ("2023-03-15" keeps March 2023, and the December 2023 total)', async () => {
      expect(await figureIds({ refersFrom: '2023-03-15' })).toEqual([
        'figure:hotline-applications-2023-03',
        'figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12',
      ]);
    });

    it('gives the Guardian\'s contacts to 20 January 2023, its two December 2022 website counts and both monthly application counts for refersFrom "2022-12" to refersTo "2023-03"', async () => {
      expect(await figureIds({ refersFrom: '2022-12', refersTo: '2023-03' })).toEqual([
        'figure:guardian-hotline-contacts-to-2023-01-20',
        'figure:guardian-hotline-website-visits-2022-12',
        'figure:guardian-hotline-website-visits-from-russia-2022-12',
        'figure:hotline-applications-2022-12',
        'figure:hotline-applications-2023-03',
      ]);
    });

    it('gives only the December 2023 "more than 220" (Ukrainska Pravda) for refersFrom "2023-04"', async () => {
      expect(await figureIds({ refersFrom: '2023-04' })).toEqual(['figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12']);
    });

    it('gives nothing for refersFrom "2024"', async () => {
      expect(await figureIds({ refersFrom: '2024' })).toEqual([]);
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

    it('combines filters with AND (Matvienko, value at least 2000: the March 2023 count and the 26,000+ calls via the FT)', async () => {
      expect(await figureIds({ reportedBy: 'Matvienko', valueAtLeast: 2000 })).toEqual([
        'figure:hotline-applications-2023-03',
        'figure:ukrainska-pravda-hotline-calls-more-than-26000',
      ]);
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

    it('gives the same membership, sourced by the seed, the Guardian and Ukrainska Pravda, through relations() filtered by type and direction', async () => {
      const d = await data(`{
        out: entity(name: "Matvienko") { relations(types: [MEMBER_OF], direction: OUT) { other { id } role sources { id } } }
        in: entity(name: "GUR POW department") { relations(types: [MEMBER_OF], direction: IN) { other { id } role } }
      }`);
      expect(d.out.relations).toEqual([
        {
          other: { id: 'org:gur-pow-department' },
          role: 'spokesperson',
          sources: [{ id: SOURCE_ID }, { id: GUARDIAN }, { id: UKRAINSKA_PRAVDA }],
        },
      ]);
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
