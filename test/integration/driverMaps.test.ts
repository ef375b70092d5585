import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';

/**
 * The driver's decoding is patched at install (patches/, applied by `postinstall`):
 * - maps: a plain assignment per key instead of Object.defineProperty, which was about 7% of our
 *   process's busy CPU per request. The patch must keep what defineProperty was there for: a map
 *   key `__proto__` from the database is an own property, never the object's prototype.
 * - strings: a short ASCII string (a map key, an id, a type) that came before is taken from a
 *   small cache instead of being decoded again, about a tenth of our process's CPU on the
 *   neighbourhood. The cache must never give back another string than the bytes say.
 */
describe("the driver's decoding", () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  it('keeps a __proto__ key from the database an own property, and every other key as sent', async () => {
    const { records } = await graph.driver.executeQuery(
      "RETURN {name: 'kept', `__proto__`: {polluted: true}, nested: [{`__proto__`: 'also kept', id: 'x'}]} AS m",
    );
    const m = records[0]!.get('m') as Record<string, unknown>;
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.keys(m).sort()).toEqual(['__proto__', 'name', 'nested']);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toEqual({ polluted: true });
    expect((m as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(m.name).toBe('kept');
    const [inner] = m.nested as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, '__proto__')?.value).toBe('also kept');
    expect(inner!.id).toBe('x');
  });

  it('gives back every string exactly as stored: repeated, colliding in the cache, non-ASCII, at the length limits', async () => {
    // 20,000 distinct short ids fill the cache's 4,096 slots several times over, so slots are
    // shared and strings evicted; each comes twice, as a value and as a map key.
    const ids = Array.from({ length: 20_000 }, (_, i) => `person:p${i.toString(36)}`);
    const odd = [
      '',
      'a',
      'Київ',
      'Alfiorov',
      'Alfiorov ',
      'alfiorov',
      'Ålesund',
      'naïve café',
      '€uro',
      '\u{1F600} grin',
      'x'.repeat(31),
      'x'.repeat(32),
      'x'.repeat(33),
      `${'y'.repeat(31)}z`,
      `${'y'.repeat(30)}é`,
      'MEMBER_OF',
      'MEMBER_OF:IN',
      'MEMBER_OF:OUT',
    ];
    const strings = [...odd, ...ids, ...odd.slice().reverse(), ...ids.slice().reverse(), ...odd];
    // One record a row, each its own small message: the path the cache is on.
    const maps = strings.map((text) => ({ id: text, [`key:${text}`]: text.length }));
    const { records } = await graph.driver.executeQuery('UNWIND range(0, size($strings) - 1) AS i RETURN $strings[i] AS text, $maps[i] AS map', {
      strings,
      maps,
    });
    expect(records.map((record) => record.get('text'))).toEqual(strings);
    expect(records.map((record) => record.get('map'))).toEqual(maps);
  });

  it('is patched in the installed driver (an install with --ignore-scripts leaves it slow)', () => {
    const require = createRequire(import.meta.url);
    const resolve = (path: string) => require.resolve(`neo4j-driver-bolt-connection/lib/${path}`, { paths: [require.resolve('neo4j-driver')] });
    expect(readFileSync(resolve('packstream/packstream-v1.js'), 'utf8')).toContain('value[key] = unpacked;');
    expect(readFileSync(resolve('channel/utf8.js'), 'utf8')).toContain('shortStrings[slot] = decoded;');
  });
});
