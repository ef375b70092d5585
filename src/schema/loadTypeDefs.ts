import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../config/projectRoot.js';

/** The SDL of schema/*.graphql, in file-name order, parsed once at start-up. */
export function loadTypeDefs(dir = join(projectRoot(), 'schema')): DocumentNode[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => gql(readFileSync(join(dir, name), 'utf8')));
}
