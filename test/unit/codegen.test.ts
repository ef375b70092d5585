import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.js';
import { projectRoot } from '../../src/config/projectRoot.js';

describe('generated resolver types', () => {
  it('are what `npm run codegen` makes of the schema now (run it after changing schema/*.graphql)', async () => {
    const root = projectRoot();
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.map((output) => output.filename)).toEqual(['src/resolvers/generated/types.ts']);
    const committed = readFileSync(join(root, 'src/resolvers/generated/types.ts'), 'utf8');
    // Compared as text: a difference means the committed file is stale.
    expect(committed === outputs[0]!.content, 'src/resolvers/generated/types.ts is stale: run npm run codegen').toBe(true);
  }, 60_000);
});
