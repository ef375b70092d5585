import type { GraphQLResolveInfo } from 'graphql';
import { checkFilterNames, figureFilterParams, type FigureFilterInput } from '../figureFilter.js';
import { pageWindow, toConnection, type Connection } from '../pagination.js';
import { figurePlan, rootSelections, selectionsAt } from '../plan/selectionPlan.js';
import { primeFigureRecord } from '../plan/primeLoaders.js';
import type { FigureRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

export interface FiguresArgs {
  filter?: FigureFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The statement for a filter: the two commonest filters, a reporter or a measure without a
 * subject or source, have statements of their own, which Neo4j runs in two thirds of the time
 * of the general one (whose branches serve every combination).
 */
function pageStatement(params: ReturnType<typeof figureFilterParams>): string {
  if (params.about !== null || params.sourceId !== null) return 'figures/page';
  if (params.reporter !== null) return 'figures/page-by-reporter';
  return params.measure !== null ? 'figures/page-by-measure' : 'figures/page';
}

/**
 * `figures(filter:, first:, after:)`: one page of the figures that match, oldest time first
 * (cypher/figures/page, names of the filter resolved inside it), with what the selection asks
 * of each figure.
 */
export async function figurePage(graph: RequestGraph, args: FiguresArgs, info: GraphQLResolveInfo): Promise<Connection<FigureRecord>> {
  const { offset, limit } = pageWindow(args.first, args.after);
  const params = figureFilterParams(args.filter);
  const nodes = selectionsAt(info, rootSelections(info, 'FigureConnection'), [
    { field: 'edges', type: 'FigureEdge' },
    { field: 'node', type: 'Figure' },
  ]);
  const rows = await graph.read({
    document: documentOf(info),
    statement: pageStatement(params),
    params: { ...params, offset, limit },
    columns: ['reporterResolution', 'aboutResolution', 'total', 'figure'],
    slots: [{ kind: 'figure', ids: '[row IN rows WHERE row.figure IS NOT NULL | row.figure.id]', plan: figurePlan(info, nodes) }],
  });
  checkFilterNames(params, rows[0]);
  const total = (rows[0]?.total as number | undefined) ?? 0;
  const figures = rows.flatMap((row) => (row.figure == null ? [] : [row.figure as FigureRecord]));
  for (const figure of figures) primeFigureRecord(graph.loaders, figure);
  return toConnection(figures, offset, total);
}
