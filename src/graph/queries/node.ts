import type { GraphQLResolveInfo } from 'graphql';
import { entityPlan, figurePlan, rootSelections, sourcePlan } from '../plan/selectionPlan.js';
import { primeFigureRecord } from '../plan/primeLoaders.js';
import type { EntityRecord, FigureRecord, SourceRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';

/**
 * `node(id:)`: an entity, figure or source by id (an entity id folded by mergeEntities gives
 * the survivor), with what the selection asks of it, in one statement. Null when nothing has
 * the id.
 */
export async function node(graph: RequestGraph, id: string, info: GraphQLResolveInfo): Promise<EntityRecord | FigureRecord | SourceRecord | null> {
  if (id.length > 300) return null;
  const selections = rootSelections(info, 'Node');
  if (id.startsWith('figure:')) {
    const [row] = await graph.read({
      statement: 'figures/by-ids',
      params: { ids: [id] },
      columns: ['id', 'figure'],
      slots: [{ kind: 'figure', ids: '[row IN rows WHERE row.figure IS NOT NULL | row.figure.id]', plan: figurePlan(info, selections) }],
    });
    const figure = (row?.figure as FigureRecord | null) ?? null;
    if (figure !== null) primeFigureRecord(graph.loaders, figure);
    return figure;
  }
  if (id.startsWith('source:')) {
    const [row] = await graph.read({
      statement: 'sources/by-ids',
      params: { ids: [id] },
      columns: ['id', 'source'],
      slots: [{ kind: 'source', ids: '[row IN rows WHERE row.source IS NOT NULL | row.source.id]', plan: sourcePlan(info, selections) }],
    });
    const source = (row?.source as SourceRecord | null) ?? null;
    if (source !== null) graph.loaders.source.prime(source.id, source);
    return source;
  }
  const [row] = await graph.read({
    statement: 'entities/by-ids',
    params: { ids: [id] },
    columns: ['id', 'entity'],
    slots: [{ kind: 'entity', ids: '[row IN rows WHERE row.entity IS NOT NULL | row.entity.id]', plan: entityPlan(info, selections) }],
  });
  const entity = (row?.entity as EntityRecord | null) ?? null;
  graph.loaders.primeEntity(entity);
  return entity;
}
