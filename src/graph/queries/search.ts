import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors/codes.js';
import { nameKeys } from '../nameKeys.js';
import { entityPlan, rootSelections, selectionsAt } from '../plan/selectionPlan.js';
import type { EntityRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { luceneQuery } from '../searchQuery.js';
import { documentOf } from '../plan/requestDocument.js';

export interface SearchArgs {
  query: string;
  types?: readonly string[] | null;
  first?: number | null;
}

export interface SearchHit {
  entity: EntityRecord;
  score: number;
}

const labels: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', EVENT: 'Event' };

/**
 * `search`: full-text over names, aliases and descriptions (cypher/queries/search), an exact
 * name or alias on top. What the selection asks of the hits' entities comes in the same
 * statement.
 */
export async function search(graph: RequestGraph, args: SearchArgs, info: GraphQLResolveInfo): Promise<SearchHit[]> {
  const limit = args.first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badUserInput(`first: expected an integer from 1 to 50, got ${String(args.first)}`);
  if (args.query.length > 200) throw badUserInput(`query: expected at most 200 characters, got ${args.query.length}`);
  const lucene = luceneQuery(args.query);
  if (lucene === null) return [];
  const rows = await graph.read({
    document: documentOf(info),
    statement: 'queries/search',
    params: { lucene, labels: args.types != null && args.types.length > 0 ? args.types.map((type) => labels[type]) : null, limit, ...nameKeys(args.query) },
    columns: ['entity', 'score'],
    slots: [
      {
        kind: 'entity',
        ids: '[row IN rows | row.entity.id]',
        plan: entityPlan(info, selectionsAt(info, rootSelections(info, 'SearchHit'), [{ field: 'entity', type: 'Entity' }])),
      },
    ],
  });
  const hits = rows as unknown as SearchHit[];
  for (const hit of hits) graph.loaders.primeEntity(hit.entity);
  return hits;
}
