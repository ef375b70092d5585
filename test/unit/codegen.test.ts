import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.js';
import { projectRoot } from '../../src/config/projectRoot.js';

describe('generated types', () => {
  it('are what `npm run codegen` makes of the schema, the explorer documents and codegen.ts now (run it after changing any)', async () => {
    const root = projectRoot();
    // Both targets: the resolver types and the explorer's typed documents.
    const generated: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: root, silent: true }, false);
    expect(generated.map((output) => output.filename).sort()).toEqual([
      'src/resolvers/generated/types.ts',
      'web/src/explore/generated/gql.ts',
      'web/src/explore/generated/graphql.ts',
      'web/src/explore/generated/index.ts',
    ]);
    for (const output of generated) {
      const committed = readFileSync(join(root, output.filename), 'utf8');
      // Compared as text: a difference means the committed file is stale.
      expect(committed === output.content, `${output.filename} is stale: run npm run codegen`).toBe(true);
    }
  }, 60_000);
});
