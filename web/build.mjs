// Builds the explorer and the GraphiQL console (web/dist) with Vite when the build is missing
// or older than its sources, so `npm start` stays fast once built. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const stamp = join(here, 'dist', '.built');

function newestInput(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestInput(join(path, entry)));
  return newest;
}

const inputs = Math.max(
  newestInput(join(here, 'src')),
  // Pure modules the explorer shares with the server (src/shared/README.md).
  newestInput(join(root, 'src', 'shared')),
  ...['explore.html', 'graphiql.html', 'vite.config.ts', 'tsconfig.json', 'build.mjs'].map((f) => newestInput(join(here, f))),
  // A dependency upgrade (cytoscape, graphiql, vite) changes the lock file.
  newestInput(join(root, 'package-lock.json')),
);
const upToDate = existsSync(stamp) && statSync(stamp).mtimeMs >= inputs;
if (upToDate && !process.argv.includes('--force')) process.exit(0);

function run(what, bin, args) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', ...bin), ...args], { cwd: root, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    console.error(`web build: ${what} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
}

console.log('Building the explorer and GraphiQL (web/dist) with Vite...');
run('type check', ['typescript', 'bin', 'tsc'], ['-p', join(here, 'tsconfig.json'), '--noEmit']);
run('vite build', ['vite', 'bin', 'vite.js'], ['build', '--config', join(here, 'vite.config.ts'), '--logLevel', 'warn']);
writeFileSync(stamp, new Date().toISOString() + '\n');
