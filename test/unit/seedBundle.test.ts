import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/ingest/validateBundle.js';

const seedPath = new URL('../../data/bundles/hotline-defections.json', import.meta.url);

/** A fresh parse each time, so a test may mutate its copy freely. */
function readSeed(): any {
  return JSON.parse(readFileSync(seedPath, 'utf8'));
}

function validSeed() {
  const result = validateBundle(readSeed());
  if (!result.ok) throw new Error(`seed bundle is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.bundle;
}

describe('seed bundle hotline-defections.json', () => {
  it('passes validateBundle', () => {
    const result = validateBundle(readSeed());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('cites the article by its headline, without a guessed publisher or date', () => {
    const { source } = validSeed();
    expect(source.id).toBe('source:express-hotline-defections');
    expect(source.title).toMatch(/^Hundreds of Russian troops defect via Ukraine’s army hotline/);
    expect(source.publisher).toBeUndefined();
    expect(source.published).toBeUndefined();
  });

  it('holds the monthly application figure twice, for 2022-12 and 2023-03, said by Matvienko', () => {
    const monthly = validSeed().figures.filter((f) => f.measure === 'hotline.applications.monthly');
    expect(monthly.map((f) => f.refersTo).sort()).toEqual(['2022-12', '2023-03']);
    for (const figure of monthly) {
      expect(figure.attribution.kind).toBe('SAID');
      expect(figure.attribution.reportedBy).toBe('person:vitaliy-matvienko');
    }
    const march = monthly.find((f) => f.refersTo === '2023-03')!;
    expect(march).toMatchObject({ value: 3000, upperBound: 3000, qualifier: 'ALMOST' });
    const december = monthly.find((f) => f.refersTo === '2022-12')!;
    expect(december).toMatchObject({ value: 1500, qualifier: 'EXACT' });
  });

  it('makes "hundreds" and "more than 220" comparable figures in the outlet\'s own voice', () => {
    const total = validSeed().figures.filter((f) => f.measure === 'hotline.defections.total');
    expect(total).toHaveLength(2);
    expect(total.every((f) => f.attribution.kind === 'ASSERTED' && f.attribution.reportedBy === undefined)).toBe(true);
    expect(total.find((f) => f.qualifier === 'VAGUE')).toMatchObject({ value: 200, lowerBound: 200, upperBound: 999 });
    expect(total.find((f) => f.qualifier === 'MORE_THAN')).toMatchObject({ value: 220, lowerBound: 220 });
  });

  it('credits the casualty gap to unnamed Western estimates and the reward pot to a GBP upper bound', () => {
    const figures = validSeed().figures;
    const casualties = figures.find((f) => f.measure === 'war.casualties.russia-minus-ukraine')!;
    expect(casualties.value).toBe(100000);
    expect(casualties.attribution).toEqual({ kind: 'ESTIMATED', reporterLabel: 'Western estimates' });
    const reward = figures.find((f) => f.currency === 'GBP')!;
    expect(reward).toMatchObject({ value: 500000, upperBound: 500000, qualifier: 'UP_TO' });
    expect(reward.about).toContain('event:defector-reward-law');
  });

  it('records the pending cases as claimed by Matvienko last month, with no invented date', () => {
    const pending = validSeed().figures.find((f) => f.measure === 'hotline.cases.pending')!;
    expect(pending).toMatchObject({ value: 1000, lowerBound: 1000, qualifier: 'MORE_THAN' });
    expect(pending.attribution.kind).toBe('CLAIMED');
    expect(pending.attribution.reportedBy).toBe('person:vitaliy-matvienko');
    expect(pending.attribution.said).toBeUndefined();
    expect(pending.attribution.saidLabel).toBeDefined();
  });

  it('never sets via, since the story cites no other outlet for a number', () => {
    expect(validSeed().figures.filter((f) => f.attribution.via !== undefined)).toEqual([]);
  });

  it('places Kuzminov\'s landing in Poltava as part of his defection', () => {
    const bundle = validSeed();
    const landing = bundle.entities.find((e) => e.id === 'event:kuzminov-landing-poltava');
    expect(landing).toMatchObject({ type: 'Event', kind: 'LANDING', place: 'place:poltava' });
    const partsOfDefection = bundle.relationships
      .filter((r) => r.type === 'PART_OF_EVENT' && r.to === 'event:kuzminov-defection')
      .map((r) => r.from)
      .sort();
    expect(partsOfDefection).toEqual([
      'event:kuzminov-contacts-gur',
      'event:kuzminov-helicopter-fired-on',
      'event:kuzminov-landing-poltava',
    ]);
  });

  it('finds Alfyorov, GUR and Kyiv under their other spellings', () => {
    const byId = new Map(validSeed().entities.map((e) => [e.id, e]));
    expect(byId.get('person:daniil-alfyorov')?.aliases).toContain('Alferov');
    expect(byId.get('org:gur')?.aliases).toEqual(expect.arrayContaining(['HUR', 'Defence Intelligence of Ukraine']));
    expect(byId.get('place:kyiv')?.aliases).toContain('Kiev');
  });

  it('gives no name or alias to two different entities', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entity of validSeed().entities) {
      for (const name of new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()))) {
        const other = owner.get(name);
        if (other !== undefined && other !== entity.id) clashes.push(`${name}: ${other} / ${entity.id}`);
        owner.set(name, entity.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('leaves out the unrelated LATEST DEVELOPMENTS sidebar', () => {
    const text = JSON.stringify(readSeed());
    for (const word of [/\bUK\b/, /United Kingdom/i, /Turkey/i, /Royal Navy/i, /\bNato\b/i, /missile/i, /8\s?million/i]) {
      expect(text).not.toMatch(word);
    }
  });
});

describe('validateBundle on a broken copy of the seed', () => {
  // validateBundle checks references only once the shape is valid, so a copy with both faults
  // is rejected on the date alone; the dangling reference gets its own test below.
  it('rejects a copy with a dangling reportedBy and month 13, naming the date\'s path', () => {
    const broken = readSeed();
    const figureIndex = broken.figures.findIndex((f: any) => f.id === 'figure:hotline-applications-2023-03');
    broken.figures[figureIndex].attribution.reportedBy = 'person:nobody-at-all';
    broken.figures[figureIndex].refersTo = '2023-13';

    const result = validateBundle(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain(`figures[${figureIndex}].refersTo`);
  });

  it('names the path of a reportedBy that points at no entity of the bundle', () => {
    const broken = readSeed();
    const figureIndex = broken.figures.findIndex((f: any) => f.id === 'figure:hotline-pending-cases');
    broken.figures[figureIndex].attribution.reportedBy = 'person:nobody-at-all';

    const result = validateBundle(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: `figures[${figureIndex}].attribution.reportedBy`,
      message: expect.stringContaining('person:nobody-at-all'),
    });
  });

  it('names the path of an event date with month 13', () => {
    const broken = readSeed();
    const eventIndex = broken.entities.findIndex((e: any) => e.id === 'event:hotline-launch');
    broken.entities[eventIndex].date = '2023-13';

    const result = validateBundle(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain(`entities[${eventIndex}].date`);
  });
});
