import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';
import { expandProjections, projectionKey, type Projection } from './projections.js';

/**
 * Named Cypher statements from cypher/**\/*.cypher, loaded once. A statement's name is its
 * path under cypher/ without the extension ("figures/byIds", "schema/entity-id-unique").
 */
export type CypherStatements = ReadonlyMap<string, string> & {
  /** The same statements with their projection macros (`@entity(x)`, ./projections.ts) kept, to be cut to a request's fields. */
  readonly templates?: ReadonlyMap<string, string>;
};

/**
 * Statement text: `//@include <name>` lines replaced by that file of cypher/ (a fragment such
 * as fragments/resolve-name), then comments and a trailing semicolon dropped.
 */
function statementText(dir: string, path: string, depth = 0): string {
  if (depth > 3) throw new Error(`cypher: includes nested too deep in ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => {
      const include = /^\s*\/\/@include\s+([a-z0-9/-]+)\s*$/.exec(line);
      return include === null ? line : statementText(dir, join(dir, `${include[1]}.cypher`), depth + 1);
    })
    .join('\n')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
}

export function loadCypher(dir = join(projectRoot(), 'cypher')): CypherStatements {
  const templates = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cypher')) {
        const name = relative(dir, path).slice(0, -'.cypher'.length).split(sep).join('/');
        // Fragments are parts of statements, not statements.
        if (!name.startsWith('fragments/')) templates.set(name, statementText(dir, path));
      }
    }
  };
  walk(dir);
  const statements = new Map([...templates].map(([name, text]) => [name, expandProjections(text)]));
  return Object.assign(statements, { templates });
}

export function statement(statements: CypherStatements, name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in cypher/`);
  return text;
}

const projected = new WeakMap<CypherStatements, Map<string, string>>();

/** A statement with its projections cut to a request's fields (written once per statement and cut). */
export function projectedStatement(statements: CypherStatements, name: string, projection: Projection): string {
  const template = statements.templates?.get(name);
  if (template === undefined) return statement(statements, name);
  let texts = projected.get(statements);
  if (texts === undefined) projected.set(statements, (texts = new Map()));
  const key = `${name}|${projectionKey(projection)}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = expandProjections(template, projection)));
  return text;
}
