import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, runMain } from '../support/process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const embeddedEnv = { EMBEDDED_NEO4J_DIR: dataDir, EMBEDDED_NEO4J_BOLT_PORT: '0', PORT: '0', EMBEDDED_NEO4J_HEAP_MB: '512' };

async function post(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('start-up configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT: expected an integer port 0..65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT: expected an integer port 0..65535, got "70000"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: expected one of'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI: expected a neo4j:// or bolt:// URI'],
    [{ EMBEDDED_NEO4J_BOLT_PORT: '-1' }, 'EMBEDDED_NEO4J_BOLT_PORT: expected an integer port'],
  ])('rejects %j with exit code 2 and one line naming the variable', async (env, message) => {
    const main = runMain(env);
    expect(await main.exited).toBe(2);
    const lines = main.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(main.output()).not.toMatch(/\n\s+at /);
  });
});

describe('npm start on the embedded Neo4j', () => {
  it('starts Neo4j, seeds it, serves the API, and stops Neo4j with it on SIGTERM', async () => {
    const main = runMain(embeddedEnv);
    const [, url] = await main.waitFor(/ready: (http:\/\/[\d.:]+)\/graphql/);
    expect(main.output()).toContain('seeded an empty database');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const answer = await post(url!, '{ entity(name: "Kuzminov") { id name } }');
    expect(answer).toEqual({ data: { entity: { id: 'person:maxim-kuzminov', name: 'Maxim Kuzminov' } } });

    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(main.output()).toContain('"msg":"stopped"');
  });

  it('keeps the data after a restart and does not seed again', async () => {
    const main = runMain(embeddedEnv);
    const [, url] = await main.waitFor(/ready: (http:\/\/[\d.:]+)\/graphql/);
    expect(main.output()).not.toContain('seeded an empty database');
    const answer = await post(url!, '{ entity(name: "Kuzminov") { id } }');
    expect(answer).toEqual({ data: { entity: { id: 'person:maxim-kuzminov' } } });
    main.child.kill('SIGINT');
    expect(await main.exited).toBe(0);
  });

  it('stops the launcher JVM when the server process is killed outright', async () => {
    const main = runMain({ ...embeddedEnv, LOG_LEVEL: 'debug' });
    await main.waitFor(/ready: /);
    const javaPid = Number(main.output().match(/"launcherPid":(\d+)/)?.[1]);
    expect(javaPid).toBeGreaterThan(0);
    main.child.kill('SIGKILL');
    await main.exited;
    const deadline = Date.now() + 30_000;
    while (isAlive(javaPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(javaPid)).toBe(false);
  });
});
