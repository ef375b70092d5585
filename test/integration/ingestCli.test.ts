import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { connectTestGraph } from '../support/graph.js';
import { deleteSyntheticCypher, syntheticBundle } from '../support/syntheticBundle.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
writeFileSync(join(folder, 'a-good.json'), JSON.stringify(syntheticBundle('wcli', 2)));
const bad = syntheticBundle('wclibad', 1) as any;
bad.figures[0].qualifier = 'LOTS';
writeFileSync(join(folder, 'b-bad.json'), JSON.stringify(bad));
writeFileSync(join(folder, 'c-broken.json'), '{ "format": ');

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot(), 'dist/src/ingest/cli.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: inject('boltUri') },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('npm run ingest', () => {
  const graph = connectTestGraph();
  afterAll(async () => {
    for (const tag of ['wcli', 'wclibad']) await graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    await graph.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks a folder without writing on --dry-run, naming each rejected bundle and why', async () => {
    const { status, out } = ingest('--dry-run', folder);
    expect(status).toBe(1);
    expect(out).toContain('[1/3]');
    expect(out).toMatch(/a-good\.json: valid \(\d+ entities, 2 figures\)/);
    expect(out).toMatch(/b-bad\.json: rejected\n\s+figures\[0\]\.qualifier: /);
    expect(out).toMatch(/c-broken\.json: rejected\n\s+\(file\): not JSON/);
    expect(out).toContain('1 valid, 0 unchanged, 2 rejected');
    const { records } = await graph.driver.executeQuery("MATCH (s:Source {id: 'source:wcli'}) RETURN count(s) AS n");
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });

  it('loads the valid bundles, then counts them as unchanged on a second run', () => {
    const first = ingest(folder);
    expect(first.out).toMatch(/a-good\.json: loaded \(\d+ nodes, \d+ relationships created\)/);
    expect(first.out).toContain('1 created, 0 unchanged, 2 rejected');
    const second = ingest(join(folder, 'a-good.json'));
    expect(second.status).toBe(0);
    expect(second.out).toContain('a-good.json: unchanged');
    expect(second.out).toContain('0 created, 1 unchanged, 0 rejected');
  });
});
