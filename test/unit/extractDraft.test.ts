import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/ingest/bundleSchema.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { bundleResolver } from '../../src/extract/bundleResolver.js';
import { extractArticle } from '../../src/extract/extractArticle.js';

/** A small graph the drafts link against (invented names). */
const known: Bundle = {
  format: 'newsgraph.bundle/1',
  source: { id: 'source:test-known', title: 'Known entities' },
  entities: [
    { id: 'person:olena-petrenko', type: 'Person', name: 'Olena Petrenko', aliases: ['Petrenko'], description: 'Invented.' },
    { id: 'person:vitaliy-hrytsenko', type: 'Person', name: 'Vitaliy Hrytsenko', aliases: [], description: 'Invented.' },
    { id: 'org:harbour-authority', type: 'Organization', name: 'Harbour Authority', aliases: ['HA'], description: 'Invented.' },
    { id: 'org:financial-times', type: 'Organization', name: 'Financial Times', aliases: ['FT'], description: 'Newspaper.' },
    { id: 'place:zelenograd', type: 'Place', name: 'Zelenograd', aliases: [], description: 'Invented.' },
  ],
  relationships: [],
  figures: [
    {
      id: 'figure:test-ships', value: 10, qualifier: 'EXACT', counts: 'ships', measure: 'harbour.ships.total', unit: 'ships',
      statement: 'Ten ships.', about: ['org:harbour-authority'], attribution: { kind: 'ASSERTED' },
    },
  ],
};
const resolver = bundleResolver([known]);
const article = (body: string) => `---\ntitle: Harbour news\npublisher: Coast Daily\npublished: 2024-03-10\n---\n${body}`;

describe('draft bundles', () => {
  it('attributes "X told the FT" to X with the FT as via', async () => {
    const { bundle } = await extractArticle(article('The Harbour Authority handled 420 ships last year, Olena Petrenko told the FT.'), resolver);
    expect(bundle.figures[0]?.attribution).toEqual({ kind: 'SAID', reportedBy: 'person:olena-petrenko', via: 'org:financial-times' });
  });
  it('resolves "she said" to the last person named', async () => {
    const { bundle } = await extractArticle(article('Olena Petrenko runs the Harbour Authority. The port expects 75 ferries in June, she said.'), resolver);
    expect(bundle.figures[0]?.attribution).toEqual({ kind: 'SAID', reportedBy: 'person:olena-petrenko' });
    expect(bundle.figures[0]?.refersTo).toBe('2024-06');
  });
  it('makes "reportedly" REPORTED and "officials say" SAID by an unnamed label', async () => {
    const { bundle } = await extractArticle(article('About 30 cranes were reportedly idle at the Harbour Authority. Local officials say that 12 berths were closed in Zelenograd.'), resolver);
    expect(bundle.figures.map((f) => f.attribution)).toEqual([{ kind: 'REPORTED' }, { kind: 'SAID', reporterLabel: 'Local officials' }]);
  });
  it('links a new spelling to the existing entity, keeps it as an alias, and mints readable ids for new names', async () => {
    const { bundle, mentions } = await extractArticle(article('Vitalii Hrytsenko said the Harbour Authority moved 9,000 containers. Port director Taras Bondar disagreed.'), resolver);
    const hrytsenko = bundle.entities.find((e) => e.id === 'person:vitaliy-hrytsenko');
    expect(hrytsenko).toEqual({ id: 'person:vitaliy-hrytsenko', type: 'Person', name: 'Vitaliy Hrytsenko', aliases: ['Vitalii Hrytsenko'] });
    expect(bundle.entities.find((e) => e.id === 'person:taras-bondar')).toMatchObject({ type: 'Person', description: 'Person named in "Harbour news".' });
    expect(mentions.find((m) => m.text === 'Taras Bondar')?.linked).toBe('new');
  });
  it('records "X, a spokesman for Y" as MEMBER_OF with the role', async () => {
    const { bundle } = await extractArticle(article('Olena Petrenko, a spokeswoman for the Harbour Authority, said 14 tugs were ready.'), resolver);
    expect(bundle.relationships).toEqual([expect.objectContaining({ from: 'person:olena-petrenko', type: 'MEMBER_OF', to: 'org:harbour-authority', role: 'spokeswoman' })]);
  });
  it('reuses the measure of an existing figure of the same quantity', async () => {
    const { bundle } = await extractArticle(article('The Harbour Authority counted more than 300 ships in May.'), resolver);
    expect(bundle.figures[0]).toMatchObject({ measure: 'harbour.ships.total', unit: 'ships', qualifier: 'MORE_THAN', lowerBound: 300, refersTo: '2024-05' });
  });
  it('gives every figure evidence offsets of its sentence in the original input, and the draft passes validateBundle', async () => {
    const input = article('The Harbour Authority opened in Zelenograd.\nIt now employs 1,200 dockers, Olena Petrenko said.\nRead more: 7 ways to see the port');
    const result = await extractArticle(input, resolver);
    const figure = result.bundle.figures[0];
    expect(result.bundle.figures).toHaveLength(1);
    expect(input.slice(figure?.evidence?.start, figure?.evidence?.end)).toBe('It now employs 1,200 dockers, Olena Petrenko said.');
    const span = result.figures[0];
    expect(input.slice(span?.start, span?.end)).toBe('1,200');
    expect(validateBundle(JSON.parse(JSON.stringify(result.bundle))).ok).toBe(true);
    expect(figure?.statement).toBe('Olena Petrenko said that the figure was 1,200 dockers.');
  });
});
