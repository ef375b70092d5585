import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';

/**
 * Named Cypher statements from cypher/**\/*.cypher, loaded once. A statement's name is its
 * path under cypher/ without the extension ("figures/byIds", "schema/entity-id-unique").
 */
export type CypherStatements = ReadonlyMap<string, string>;

export function loadCypher(dir = join(projectRoot(), 'cypher')): CypherStatements {
  const statements = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cypher')) {
        const name = relative(dir, path).slice(0, -'.cypher'.length).split(sep).join('/');
        const text = readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => !line.trimStart().startsWith('//'))
          .join('\n')
          .trim()
          .replace(/;\s*$/, '');
        statements.set(name, text);
      }
    }
  };
  walk(dir);
  return statements;
}

export function statement(statements: CypherStatements, name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in cypher/`);
  return text;
}
