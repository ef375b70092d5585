import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../src/graph/nameKeys.js';
import type { Bundle } from '../../src/ingest/bundleSchema.js';
import { bundleFiles } from '../../src/ingest/readBundles.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';

/**
 * Every bundle of data/bundles on its own and all of them together: each is valid, they agree on
 * the entities they share, no spelling names two entities, figure ids are unique in the graph,
 * and no bundle copies wording from the source texts.
 */

const bundlesDir = fileURLToPath(new URL('../../data/bundles/', import.meta.url));
const files = bundleFiles(bundlesDir);
const fileNames = files.map((file) => basename(file));

/** A fresh parse of one bundle file. */
function readBundle(name: string): any {
  return JSON.parse(readFileSync(join(bundlesDir, name), 'utf8'));
}

/** The validated bundle of one file; throws with the problems when it is invalid. */
function valid(name: string): Bundle {
  const result = validateBundle(readBundle(name));
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.bundle;
}

const all = (): Array<{ file: string; bundle: Bundle }> => fileNames.map((file) => ({ file, bundle: valid(file) }));

const figure = (bundle: Bundle, id: string) => {
  const found = bundle.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
};
const entity = (bundle: Bundle, id: string): any => {
  const found = bundle.entities.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entity ${id}`);
  return found;
};

describe('the bundles of data/bundles', () => {
  it('holds the seed and the three later articles', () => {
    expect(fileNames).toEqual(
      expect.arrayContaining([
        'hotline-defections.json',
        'hotline-first-months.json',
        'hotline-220-via-ft.json',
        'kuzminov-reward.json',
      ]),
    );
  });

  it.each(fileNames)('%s passes validateBundle', (name) => {
    const result = validateBundle(readBundle(name));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives every bundle its own source id', () => {
    const ids = all().map(({ bundle }) => bundle.source.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives no spelling (name or alias, by strict name key) to two different entities across all bundles', () => {
    const owner = new Map<string, { id: string; file: string; spelling: string }>();
    const clashes: string[] = [];
    for (const { file, bundle } of all()) {
      for (const e of bundle.entities) {
        for (const spelling of [e.name, ...e.aliases]) {
          const key = nameKeys(spelling).strict;
          const other = owner.get(key);
          if (other !== undefined && other.id !== e.id) {
            clashes.push(`"${spelling}" (${e.id} in ${file}) / "${other.spelling}" (${other.id} in ${other.file})`);
          }
          if (other === undefined) owner.set(key, { id: e.id, file, spelling });
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('defines a shared entity id with the same type, name and kind in every bundle', () => {
    const first = new Map<string, { file: string; type: string; name: string; kind?: string }>();
    const differences: string[] = [];
    for (const { file, bundle } of all()) {
      for (const e of bundle.entities) {
        const kind = 'kind' in e ? e.kind : undefined;
        const seen = first.get(e.id);
        if (seen === undefined) {
          first.set(e.id, { file, type: e.type, name: e.name, kind });
          continue;
        }
        if (seen.type !== e.type) differences.push(`${e.id}: type ${seen.type} (${seen.file}) / ${e.type} (${file})`);
        if (seen.name !== e.name) differences.push(`${e.id}: name "${seen.name}" (${seen.file}) / "${e.name}" (${file})`);
        if (seen.kind !== undefined && kind !== undefined && seen.kind !== kind) {
          differences.push(`${e.id}: kind ${seen.kind} (${seen.file}) / ${kind} (${file})`);
        }
        if (seen.kind === undefined && kind !== undefined) first.set(e.id, { ...seen, kind });
      }
    }
    expect(differences).toEqual([]);
  });

  it('uses each figure id once across all bundles', () => {
    const where = new Map<string, string>();
    const repeats: string[] = [];
    for (const { file, bundle } of all()) {
      for (const f of bundle.figures) {
        const other = where.get(f.id);
        if (other !== undefined) repeats.push(`${f.id}: ${other} / ${file}`);
        where.set(f.id, file);
      }
    }
    expect(repeats).toEqual([]);
  });
});

describe('hotline-first-months.json (The Guardian, January 2023)', () => {
  const bundle = () => valid('hotline-first-months.json');

  it('cites the Guardian with the headline, publisher and month of its front matter', () => {
    expect(bundle().source).toEqual({
      id: 'source:guardian-hotline-first-months',
      title: "Thousands of Russian soldiers contact Ukraine's surrender line (headline paraphrased)",
      publisher: 'The Guardian',
      published: '2023-01',
    });
  });

  it('dates the hotline launch to the day, 2022-09-15', () => {
    expect(entity(bundle(), 'event:hotline-launch')).toMatchObject({ kind: 'LAUNCH', date: '2022-09-15' });
  });

  it('holds the 6,543 contacts as claimed by unnamed Ukrainian officials for 15 September 2022 to 20 January 2023', () => {
    expect(figure(bundle(), 'figure:guardian-hotline-contacts-to-2023-01-20')).toMatchObject({
      value: 6543,
      qualifier: 'EXACT',
      refersTo: '2022-09-15',
      refersToEnd: '2023-01-20',
      attribution: { kind: 'CLAIMED', reporterLabel: 'Ukrainian officials' },
    });
  });

  it('gives the 50 to 100 daily calls and messages as a range said by Matvienko', () => {
    const daily = bundle().figures.find((f) => f.measure === 'hotline.contacts.daily')!;
    expect(daily).toMatchObject({ value: 50, lowerBound: 50, upperBound: 100 });
    expect(daily.attribution).toEqual({ kind: 'SAID', reportedBy: 'person:vitaliy-matvienko' });
  });

  it("reuses the seed's measures for the ten operators, 24 hours and 7 days", () => {
    const byMeasure = new Map(bundle().figures.map((f) => [f.measure, f.value]));
    expect(byMeasure.get('hotline.operators')).toBe(10);
    expect(byMeasure.get('hotline.staffing.hours-per-day')).toBe(24);
    expect(byMeasure.get('hotline.staffing.days-per-week')).toBe(7);
  });

  it('credits the December 2022 website visits to the POW department', () => {
    const visits = bundle().figures.filter((f) => f.refersTo === '2022-12');
    expect(visits.map((f) => f.value).sort((a, b) => a - b)).toEqual([1600000, 2000000]);
    for (const f of visits) expect(f.attribution).toEqual({ kind: 'SAID', reportedBy: 'org:gur-pow-department' });
  });

  it('has the hotline operated by the POW department, part of GUR, with Matvienko its spokesperson', () => {
    expect(bundle().relationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'org:i-want-to-live-hotline', type: 'OPERATED_BY', to: 'org:gur-pow-department' }),
        expect.objectContaining({ from: 'org:gur-pow-department', type: 'PART_OF', to: 'org:gur' }),
        { from: 'person:vitaliy-matvienko', type: 'MEMBER_OF', to: 'org:gur-pow-department', role: 'spokesperson' },
      ]),
    );
    expect(entity(bundle(), 'person:vitaliy-matvienko').aliases).toContain('Vitaly Matvienko');
  });

  it('takes nothing from the related-coverage links (300 drones, £400)', () => {
    expect(bundle().figures.filter((f) => f.value === 300 || f.value === 400 || f.currency === 'GBP')).toEqual([]);
    expect(JSON.stringify(bundle())).not.toMatch(/drone|energy|winter/i);
  });
});

describe('hotline-220-via-ft.json (Ukrainska Pravda, 4 January 2024)', () => {
  const bundle = () => valid('hotline-220-via-ft.json');

  it('cites Ukrainska Pravda with the headline, publisher and day of its front matter', () => {
    expect(bundle().source).toEqual({
      id: 'source:ukrainska-pravda-hotline-220-via-ft',
      title: 'FT: over 220 Russian soldiers gave themselves up via the "I Want to Live" line (headline paraphrased)',
      publisher: 'Ukrainska Pravda',
      published: '2024-01-04',
    });
  });

  it('gives the more than 220 surrenders by December 2023 as said by Matvienko via the FT', () => {
    const total = bundle().figures.find((f) => f.measure === 'hotline.defections.total')!;
    expect(total).toMatchObject({ value: 220, lowerBound: 220, qualifier: 'MORE_THAN', refersTo: '2023-12' });
    expect(total.attribution).toEqual({ kind: 'SAID', reportedBy: 'person:vitaliy-matvienko', via: 'org:financial-times' });
  });

  it('gives the 26,000 calls and 1,000 pending requests under the seed measures, via the FT', () => {
    const calls = bundle().figures.find((f) => f.measure === 'hotline.calls.total')!;
    const pending = bundle().figures.find((f) => f.measure === 'hotline.cases.pending')!;
    expect(calls).toMatchObject({ value: 26000, lowerBound: 26000, qualifier: 'MORE_THAN' });
    expect(pending).toMatchObject({ value: 1000, lowerBound: 1000, qualifier: 'MORE_THAN' });
    for (const f of [calls, pending]) {
      expect(f.attribution).toMatchObject({ kind: 'SAID', reportedBy: 'person:vitaliy-matvienko', via: 'org:financial-times' });
    }
  });

  it('dates the launch only to September 2022, three days before the partial mobilisation', () => {
    const launch = entity(bundle(), 'event:hotline-launch');
    expect(launch.date).toBe('2022-09');
    expect(launch.dateLabel).toMatch(/three days/);
    expect(figure(bundle(), 'figure:ukrainska-pravda-hotline-launch-days-before-mobilisation')).toMatchObject({
      value: 3,
      unit: 'days',
      about: expect.arrayContaining(['event:hotline-launch', 'event:russian-partial-mobilisation']),
    });
  });

  it('gives about 300,000 reservists and about 190,000 invading troops in the outlet\'s own voice', () => {
    const values = bundle()
      .figures.filter((f) => f.qualifier === 'ABOUT' && f.attribution.kind === 'ASSERTED')
      .map((f) => f.value)
      .sort((a, b) => a - b);
    expect(values).toEqual([190000, 300000]);
  });

  it('finds Alfyorov, Matvienko, GUR and the hotline under this article\'s spellings', () => {
    const b = bundle();
    expect(entity(b, 'person:daniil-alfyorov').aliases).toContain('Daniil Alferov');
    expect(entity(b, 'person:vitaliy-matvienko').aliases).toContain('Vitaliy Matviyenko');
    expect(entity(b, 'org:gur').aliases).toEqual(expect.arrayContaining(['DIU', 'Defence Intelligence of Ukraine']));
    expect(entity(b, 'org:i-want-to-live-hotline').aliases).toContain('Khochu Zhit');
  });

  it('takes nothing from the read-more link (12 air-defence systems)', () => {
    expect(bundle().figures.filter((f) => f.value === 12)).toEqual([]);
    expect(JSON.stringify(bundle())).not.toMatch(/air-defen[cs]e/i);
  });
});

describe('kuzminov-reward.json (Meduza, 5 September 2023)', () => {
  const bundle = () => valid('kuzminov-reward.json');

  it('cites Meduza with the headline, publisher and day of its front matter', () => {
    expect(bundle().source).toEqual({
      id: 'source:meduza-kuzminov-reward',
      title: 'Ukrainian intelligence: the defecting helicopter pilot is to get $500,000 (headline paraphrased)',
      publisher: 'Meduza',
      published: '2023-09-05',
    });
  });

  it('gives the reward as 500000 USD said by Andriy Yusov via Ukrainska Pravda', () => {
    const reward = figure(bundle(), 'figure:meduza-kuzminov-reward-usd');
    expect(reward).toMatchObject({ value: 500000, qualifier: 'EXACT', currency: 'USD' });
    expect(reward.attribution).toEqual({ kind: 'SAID', reportedBy: 'person:andriy-yusov', via: 'org:ukrainska-pravda' });
    expect(bundle().relationships).toContainEqual({ from: 'person:andriy-yusov', type: 'MEMBER_OF', to: 'org:gur', role: 'representative' });
  });

  it('lands Kuzminov in Ukraine in August 2023, with no city, as part of his defection', () => {
    const landing = entity(bundle(), 'event:kuzminov-landing-poltava');
    expect(landing).toMatchObject({ kind: 'LANDING', date: '2023-08', place: 'place:ukraine' });
    expect(landing.dateLabel).toMatch(/23 August/);
    expect(bundle().relationships).toContainEqual({
      from: 'event:kuzminov-landing-poltava',
      type: 'PART_OF_EVENT',
      to: 'event:kuzminov-defection',
    });
    expect(entity(bundle(), 'person:maxim-kuzminov').aliases).toContain('Maksym Kuzminov');
  });

  it('dates the reward law to April 2022, signed by Zelensky', () => {
    expect(entity(bundle(), 'event:defector-reward-law')).toMatchObject({ kind: 'LEGISLATION', date: '2022-04' });
    expect(bundle().relationships).toContainEqual(
      expect.objectContaining({ from: 'person:volodymyr-zelensky', type: 'PARTICIPATED_IN', to: 'event:defector-reward-law' }),
    );
  });

  it('credits the two probably killed crew members to GUR and dates the Kyiv press conference 2023-09-05', () => {
    const crew = bundle().figures.find((f) => f.value === 2)!;
    expect(crew.attribution.reportedBy).toBe('org:gur');
    expect(entity(bundle(), 'event:kuzminov-kyiv-press-conference')).toMatchObject({ date: '2023-09-05', place: 'place:kyiv' });
    expect(entity(bundle(), 'event:fighterbomber-mi8-post')).toMatchObject({ date: '2023-08-23' });
  });

  it('takes nothing from the also-today link (3 drone sightings, Moscow airports)', () => {
    expect(bundle().figures.filter((f) => f.value === 3)).toEqual([]);
    expect(JSON.stringify(bundle())).not.toMatch(/drone|moscow|airport/i);
  });
});

/**
 * The copy check: no run of six words from a source text in any of our own strings. Words are
 * compared lower-cased, apostrophes dropped, any other punctuation a word break. The texts live
 * outside the repository (NEWSGRAPH_SOURCES_DIR, default /work/shared/sources); without them the
 * check is skipped.
 */
const sourcesDir = process.env.NEWSGRAPH_SOURCES_DIR ?? '/work/shared/sources';
const haveSources = existsSync(sourcesDir) && statSync(sourcesDir).isDirectory();

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['‘’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

function wordRuns(text: string, n = 6): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + n <= w.length; i++) runs.push(w.slice(i, i + n).join(' '));
  return runs;
}

/** The strings of a bundle written in our own words, each with its JSON path. */
function ownWords(bundle: Bundle): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (path: string, value: string | undefined) => {
    if (value !== undefined) out.push([path, value]);
  };
  bundle.entities.forEach((e: any, i) => {
    add(`entities[${i}].description`, e.description);
    add(`entities[${i}].dateLabel`, e.dateLabel);
  });
  bundle.relationships.forEach((r, i) => add(`relationships[${i}].role`, r.role));
  bundle.figures.forEach((f, i) => {
    add(`figures[${i}].counts`, f.counts);
    add(`figures[${i}].statement`, f.statement);
    add(`figures[${i}].refersToLabel`, f.refersToLabel);
    add(`figures[${i}].attribution.reporterLabel`, f.attribution.reporterLabel);
    add(`figures[${i}].attribution.saidLabel`, f.attribution.saidLabel);
  });
  return out;
}

describe('wording of the bundles', () => {
  it('splits text into lower-case words without punctuation, keeping runs of six', () => {
    expect(words('Ukraine’s “I Want to Live” line—10 operators!')).toEqual(['ukraines', 'i', 'want', 'to', 'live', 'line', '10', 'operators']);
    expect(wordRuns('one two three four five six seven')).toEqual(['one two three four five six', 'two three four five six seven']);
  });

  it.skipIf(!haveSources)('copies no run of six words from any source text into a description, statement, counts, role or label', () => {
    const sourceRuns = new Map<string, string>();
    for (const name of readdirSync(sourcesDir).sort()) {
      const path = join(sourcesDir, name);
      if (!statSync(path).isFile()) continue;
      for (const run of wordRuns(readFileSync(path, 'utf8'))) if (!sourceRuns.has(run)) sourceRuns.set(run, name);
    }
    expect(sourceRuns.size).toBeGreaterThan(0);
    const copies: string[] = [];
    for (const { file, bundle } of all()) {
      for (const [path, text] of ownWords(bundle)) {
        for (const run of wordRuns(text)) {
          const from = sourceRuns.get(run);
          if (from !== undefined) copies.push(`${file} ${path}: "${run}" (from ${from})`);
        }
      }
    }
    expect(copies).toEqual([]);
  });
});
