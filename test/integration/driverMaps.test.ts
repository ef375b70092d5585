import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../support/graph.js';

/**
 * The driver's map decoding is patched at install (patches/, applied by `postinstall`): a plain
 * assignment per key instead of Object.defineProperty, which was about 7% of our process's busy
 * CPU per request. The patch must keep what defineProperty was there for: a map key
 * `__proto__` from the database is an own property, never the object's prototype.
 */
describe("the driver's map decoding", () => {
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

  it('is patched in the installed driver (an install with --ignore-scripts leaves it slow)', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js', {
      paths: [require.resolve('neo4j-driver')],
    });
    expect(readFileSync(file, 'utf8')).toContain('value[key] = unpacked;');
  });
});
