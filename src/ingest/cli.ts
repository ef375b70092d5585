import { loadConfig, ConfigError } from '../config/env.js';
import { connectNeo4j } from '../db/connect.js';
import { loadCypher } from '../db/cypherStatements.js';
import { Executor } from '../db/executor.js';
import { setupSchema } from '../graph/setupSchema.js';
import { createLogger } from '../log.js';
import { loadBundle } from './loadBundle.js';
import { bundleFiles, readJson } from './readBundles.js';
import { validateBundle } from './validateBundle.js';

/**
 * `npm run ingest -- [--dry-run] <file-or-folder>...`: validates each bundle and loads the valid
 * ones, each in its own transaction, into the Neo4j the server would use (NEO4J_URI, or the
 * embedded one; stop `npm start` first when using the embedded store). Prints a line per
 * bundle and a summary; exits 1 when any bundle was rejected.
 */
async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('usage: npm run ingest -- [--dry-run] <bundle.json | folder>...\n');
    return 2;
  }
  let files: string[];
  try {
    files = paths.flatMap(bundleFiles);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const connection = dryRun ? null : await connectNeo4j(config.neo4j, logger);
  const statements = loadCypher();
  const executor =
    connection === null
      ? null
      : new Executor({ driver: connection.driver, statements, ...(connection.database !== undefined && { database: connection.database }) });
  if (executor !== null) await setupSchema(executor, statements.keys());

  const summary = { created: 0, unchanged: 0, rejected: 0 };
  try {
    for (const [index, file] of files.entries()) {
      const prefix = `[${index + 1}/${files.length}] ${file}`;
      const json = readJson(file);
      const checked = json.ok ? validateBundle(json.value) : { ok: false as const, problems: [{ path: '(file)', message: `not JSON: ${json.message}` }] };
      if (!checked.ok) {
        summary.rejected += 1;
        process.stdout.write(`${prefix}: rejected\n${checked.problems.map((p) => `    ${p.path}: ${p.message}`).join('\n')}\n`);
        continue;
      }
      if (executor === null) {
        process.stdout.write(`${prefix}: valid (${checked.bundle.entities.length} entities, ${checked.bundle.figures.length} figures)\n`);
        summary.created += 1;
        continue;
      }
      const result = await loadBundle(executor, checked.bundle);
      if (result.unchanged) summary.unchanged += 1;
      else summary.created += 1;
      process.stdout.write(
        `${prefix}: ${result.unchanged ? 'unchanged' : `loaded (${result.nodesCreated} nodes, ${result.relationshipsCreated} relationships created)`}\n`,
      );
    }
  } finally {
    await connection?.close();
  }
  const verb = dryRun ? 'valid' : 'created';
  process.stdout.write(`\n${summary.created} ${verb}, ${summary.unchanged} unchanged, ${summary.rejected} rejected\n`);
  return summary.rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? 'Invalid configuration: ' : 'ingest failed: '}${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
