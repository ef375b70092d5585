import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors/codes.js';
import { rootSelections, sourcePlan } from '../plan/selectionPlan.js';
import type { SourceRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

/**
 * `sources(publisher:)`: the reports in the graph, newest first (cypher/sources/all); "Guardian"
 * finds "The Guardian".
 */
export async function sourceList(graph: RequestGraph, publisher: string | null | undefined, info: GraphQLResolveInfo): Promise<SourceRecord[]> {
  const folded = publisher?.trim().toLowerCase() ?? null;
  if (folded !== null && (folded === '' || folded.length > 200)) throw badUserInput('publisher: expected 1 to 200 characters');
  const rows = await graph.read({
    document: documentOf(info),
    statement: 'sources/all',
    params: { publisherKey: folded?.replace(/^the\s+/, '') ?? null },
    columns: ['source'],
    slots: [{ kind: 'source', ids: '[row IN rows | row.source.id]', plan: sourcePlan(info, rootSelections(info, 'Source')) }],
  });
  const sources = rows.map((row) => row.source as SourceRecord);
  for (const source of sources) graph.loaders.source.prime(source.id, source);
  return sources;
}
