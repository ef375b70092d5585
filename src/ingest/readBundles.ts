import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The .json files at a path: the file itself, or a folder's files in name order. */
export function bundleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

/** Parses a file as JSON; returns the syntax error's message instead of throwing. */
export function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
