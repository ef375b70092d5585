// Builds the Neo4j launcher with Maven when its jar is missing or older than its sources.
// Skipping an up-to-date build keeps `npm start` fast once built (Maven alone takes seconds).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const jar = join(here, 'target', 'neo4j-launcher.jar');
const lib = join(here, 'target', 'lib');

function newestInput(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestInput(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const inputs = Math.max(statSync(join(here, 'pom.xml')).mtimeMs, newestInput(join(here, 'src')));
const upToDate = existsSync(jar) && existsSync(lib) && statSync(jar).mtimeMs >= inputs;
if (upToDate && !process.argv.includes('--force')) {
  process.exit(0);
}

console.log('Building the Neo4j launcher with Maven (first time: downloads Neo4j 5.26 from Maven Central)...');
const result = spawnSync('mvn', ['-q', '-B', '-f', join(here, 'pom.xml'), 'package', '-DskipTests'], {
  stdio: 'inherit',
});
if (result.error) {
  console.error(`Could not run Maven: ${result.error.message}. Install Maven and a JDK 17 or 21.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
