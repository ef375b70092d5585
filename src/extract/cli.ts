import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { loadConfig, ConfigError } from '../config/env.js';
import { projectRoot } from '../config/projectRoot.js';
import { connectNeo4j } from '../db/connect.js';
import { isGraphQLError } from '../errors/codes.js';
import { loadCypher } from '../db/cypherStatements.js';
import { Executor } from '../db/executor.js';
import { setupSchema } from '../graph/setupSchema.js';
import type { Bundle } from '../ingest/bundleSchema.js';
import { loadBundle } from '../ingest/loadBundle.js';
import { createLogger } from '../log.js';
import { bundleResolver, readValidBundles } from './bundleResolver.js';
import { extractArticle } from './extractArticle.js';

const articleExtensions = new Set(['.txt', '.md', '.html', '.htm']);

function articleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => articleExtensions.has(extname(name).toLowerCase()) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(path, name));
}

/**
 * `npm run extract -- <file-or-folder>... [--out <dir>] [--ingest]`: drafts one bundle per
 * article (.txt, .md, .html), linking names against the bundles of data/bundles/, writes
 * `<basename>.json` to --out (default ./drafts), and prints one line per article and its
 * warnings. With --ingest, loads the drafts (already valid) into the Neo4j the server would use,
 * the way `npm run ingest` does. Exits 1 when an article could not be drafted.
 */
async function main(argv: string[]): Promise<number> {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : 'drafts';
  const ingest = argv.includes('--ingest');
  const paths = argv.filter((arg, i) => !arg.startsWith('--') && i !== outAt + 1);
  if (paths.length === 0 || out === undefined) {
    process.stderr.write('usage: npm run extract -- <article file or folder>... [--out <dir>] [--ingest]\n');
    return 2;
  }
  let files: string[];
  try {
    files = paths.flatMap(articleFiles);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const resolver = bundleResolver(readValidBundles(join(projectRoot(), 'data', 'bundles')).bundles.map((b) => b.bundle));
  mkdirSync(out, { recursive: true });
  const drafts: Array<{ file: string; bundle: Bundle }> = [];
  let failed = 0;
  for (const [index, file] of files.entries()) {
    const prefix = `[${index + 1}/${files.length}] ${file}`;
    try {
      const input = readFileSync(file, 'utf8');
      const format = /\.html?$/i.test(file) ? 'html' : 'text';
      const result = await extractArticle(input, resolver, { format });
      const target = join(out, `${basename(file, extname(file))}.json`);
      writeFileSync(target, `${JSON.stringify(result.bundle, null, 2)}\n`);
      const linked = result.mentions.filter((m) => m.linked !== 'new').length;
      process.stdout.write(
        `${prefix}: ${result.bundle.figures.length} figures, ${result.mentions.length} mentions (${linked} linked, ${result.mentions.length - linked} new), ${result.warnings.length} warnings -> ${target}\n`,
      );
      for (const warning of result.warnings) process.stdout.write(`    ${warning.code}: ${warning.message}\n`);
      drafts.push({ file: target, bundle: result.bundle });
    } catch (error) {
      failed += 1;
      const reason = isGraphQLError(error) ? ` (${String(error.extensions['reason'] ?? error.extensions['code'])})` : '';
      process.stdout.write(`${prefix}: not drafted${reason}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (ingest && drafts.length > 0) {
    const config = loadConfig();
    const connection = await connectNeo4j(config.neo4j, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
    try {
      const statements = loadCypher();
      const executor = new Executor({ driver: connection.driver, statements, ...(connection.database !== undefined && { database: connection.database }) });
      await setupSchema(executor, statements.keys());
      for (const draft of drafts) {
        const result = await loadBundle(executor, draft.bundle);
        process.stdout.write(`ingest ${draft.file}: ${result.unchanged ? 'unchanged' : `loaded (${result.nodesCreated} nodes, ${result.relationshipsCreated} relationships created)`}\n`);
      }
    } finally {
      await connection.close();
    }
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? 'Invalid configuration: ' : 'extract failed: '}${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
