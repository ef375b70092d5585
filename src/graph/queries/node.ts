import type { GraphQLResolveInfo } from 'graphql';
import { primeFigureRecord } from '../plan/primeLoaders.js';
import type { Slot } from '../plan/requestStatement.js';
import { entityPlan, figurePlan, rootSelections, sourcePlan, type TypedSelections } from '../plan/selectionPlan.js';
import type { EntityRecord, FigureRecord, SourceRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

type NodeRecord = EntityRecord | FigureRecord | SourceRecord;

/** How each kind of node is read by id, what its selection asks and where its record is primed. */
const kinds = {
  figure: {
    statement: 'figures/by-ids',
    slot: (info: GraphQLResolveInfo, sets: TypedSelections): Slot => ({ kind: 'figure', ids: idsOf('figure'), plan: figurePlan(info, sets) }),
    prime: (graph: RequestGraph, record: NodeRecord) => primeFigureRecord(graph.loaders, record as FigureRecord),
  },
  source: {
    statement: 'sources/by-ids',
    slot: (info: GraphQLResolveInfo, sets: TypedSelections): Slot => ({ kind: 'source', ids: idsOf('source'), plan: sourcePlan(info, sets) }),
    prime: (graph: RequestGraph, record: NodeRecord) => graph.loaders.source.prime(record.id, record as SourceRecord),
  },
  entity: {
    statement: 'entities/by-ids',
    slot: (info: GraphQLResolveInfo, sets: TypedSelections): Slot => ({ kind: 'entity', ids: idsOf('entity'), plan: entityPlan(info, sets) }),
    prime: (graph: RequestGraph, record: NodeRecord) => graph.loaders.primeEntity(record as EntityRecord),
  },
} as const;

/** The ids of the read's rows that found a record (the by-ids statements give null for an unknown id). */
function idsOf(column: string): string {
  return `[row IN rows WHERE row.${column} IS NOT NULL | row.${column}.id]`;
}

/**
 * `node(id:)`: an entity, figure or source by id (an entity id folded by mergeEntities gives
 * the survivor), with what the selection asks of it, in one statement. Null when nothing has
 * the id.
 */
export async function node(graph: RequestGraph, id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
  if (id.length > 300) return null;
  const column = id.startsWith('figure:') ? 'figure' : id.startsWith('source:') ? 'source' : 'entity';
  const kind = kinds[column];
  const [row] = await graph.read({
    document: documentOf(info),
    statement: kind.statement,
    params: { ids: [id] },
    columns: ['id', column],
    slots: [kind.slot(info, rootSelections(info, 'Node'))],
  });
  const record = (row?.[column] as NodeRecord | null | undefined) ?? null;
  if (record !== null) kind.prime(graph, record);
  return record;
}
