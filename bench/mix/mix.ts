import { nameKeys } from '../../src/graph/nameKeys.js';
import { encodeCursor } from '../../src/graph/pagination.js';
import { luceneQuery } from '../../src/graph/searchQuery.js';
import type { ClusterCatalog } from '../corpus/clusterModel.js';
import { neo4jGraphql, ours, queryKinds, type QueryKind } from './documents.js';

export type System = 'ours' | 'neo4j-graphql' | 'raw';
export const systems: readonly System[] = ['ours', 'neo4j-graphql', 'raw'];

/** One request of the mix, as each system is asked it. */
export interface MixRequest {
  kind: QueryKind;
  /** The parameters, for reports. */
  label: string;
  ours: { query: string; variables: Record<string, unknown> };
  'neo4j-graphql': { query: string; variables: Record<string, unknown> };
  /** POST /<kind> with our GraphQL variables as the body. */
  raw: { kind: QueryKind; variables: Record<string, unknown> };
}

/** The cursor @neo4j/graphql gives the item at `offset` (graphql-relay's array connection). */
const relayCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
const keysOf = (text: string) => {
  const { strict, loose } = nameKeys(text);
  return [strict, loose];
};

/**
 * The fixed query mix: `perKind` parameter sets for each of the six kinds, interleaved
 * (kind 1, kind 2, ... kind 6, kind 1, ...) so every stretch of the run sees every kind. The
 * parameters come from the catalogs of the loaded clusters, spread across all of them, so a
 * bigger corpus is also asked about more of its graph.
 */
export function buildMix(catalogs: readonly ClusterCatalog[], perKind: number): MixRequest[] {
  if (catalogs.length === 0) throw new Error('buildMix: expected at least one loaded cluster');
  const at = <T>(variant: number, list: (c: ClusterCatalog) => readonly T[]): T => {
    const catalog = catalogs[Math.floor((variant * catalogs.length) / perKind) % catalogs.length]!;
    const items = list(catalog);
    return items[variant % items.length]!;
  };
  const requests: MixRequest[] = [];
  for (let variant = 0; variant < perKind; variant++) {
    for (const kind of queryKinds) requests.push(request(kind, variant, at));
  }
  return requests;
}

function request(kind: QueryKind, variant: number, at: <T>(variant: number, list: (c: ClusterCatalog) => readonly T[]) => T): MixRequest {
  const both = (label: string, oursVariables: Record<string, unknown>, theirVariables: Record<string, unknown>): MixRequest => ({
    kind,
    label,
    ours: { query: ours[kind], variables: oursVariables },
    'neo4j-graphql': { query: neo4jGraphql[kind], variables: theirVariables },
    raw: { kind, variables: oursVariables },
  });
  switch (kind) {
    case 'entityByAlias': {
      const name = at(variant, (c) => c.aliases);
      return both(name, { name }, { keys: keysOf(name) });
    }
    case 'figuresByReporter': {
      const reporter = at(variant, (c) => c.reporterOrgs);
      return both(reporter, { reporter }, { keys: keysOf(reporter) });
    }
    case 'search': {
      const query = at(variant, (c) => c.searchTerms);
      return both(query, { query }, { phrase: luceneQuery(query) });
    }
    case 'path': {
      const [from, to] = at(variant, (c) => c.paths);
      return both(`${from} → ${to}`, { from, to }, { from, to });
    }
    case 'neighbourhood': {
      const id = at(variant, (c) => c.neighbourhoods);
      return both(id, { id }, { id });
    }
    case 'figurePage': {
      const measure = at(variant, (c) => c.measures);
      // The second page: the cursor of item 49, as a client holds it after the first page.
      return both(`${measure} page 2`, { measure, after: encodeCursor(49) }, { measure, after: relayCursor(49) });
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown query kind ${String(unreachable)}`);
    }
  }
}

/** The HTTP request a system receives for one mix item. */
export function httpRequest(system: System, item: MixRequest): { path: string; body: string } {
  switch (system) {
    case 'ours':
      return { path: '/graphql', body: JSON.stringify(item.ours) };
    case 'neo4j-graphql':
      return { path: '/graphql', body: JSON.stringify(item['neo4j-graphql']) };
    case 'raw':
      return { path: `/${item.raw.kind}`, body: JSON.stringify(item.raw.variables) };
    default: {
      const unreachable: never = system;
      throw new Error(`unknown system ${String(unreachable)}`);
    }
  }
}
