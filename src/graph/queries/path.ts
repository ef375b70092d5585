import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors/codes.js';
import { nameLookup, resolvedId, type Resolution } from '../findEntity.js';
import { entityPlan, rootSelections, selectionsAt, sourcePlan } from '../plan/selectionPlan.js';
import type { EntityRecord, PathStepRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
}

export interface PathResult {
  from: EntityRecord;
  to: EntityRecord;
  length: number;
  steps: PathStepRecord[];
}

const MAX_HOPS = 6;
const DEFAULT_HOPS = 4;

/** Every step's entity ids at one end, or every step's source ids, over the read's rows. */
const stepIds = (expression: string) => `reduce(ids = [], row IN rows | ids + reduce(more = [], step IN row.steps | more + ${expression}))`;

/**
 * `path(from:, to:, maxHops:)`: a shortest chain of relationships between two entities
 * (cypher/queries/path, both names resolved inside it). Null when none is within reach;
 * length 0 when both names are the same entity.
 */
export async function path(graph: RequestGraph, args: PathArgs, info: GraphQLResolveInfo): Promise<PathResult | null> {
  const maxHops = args.maxHops ?? DEFAULT_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badUserInput(`maxHops: expected an integer from 1 to ${MAX_HOPS}, got ${String(args.maxHops)}`);
  }
  const from = nameLookup(args.from, 'from');
  const to = nameLookup(args.to, 'to');
  const root = rootSelections(info, 'Path');
  const at = (...fields: Array<{ field: string; type: string }>) => selectionsAt(info, root, fields);
  const [row] = await graph.read({
    document: documentOf(info),
    statement: 'queries/path',
    params: { from, to, maxHops },
    columns: ['fromResolution', 'toResolution', 'fromEntity', 'toEntity', 'steps'],
    slots: [
      { kind: 'entity', ids: '[row IN rows WHERE row.fromEntity IS NOT NULL | row.fromEntity.id]', plan: entityPlan(info, at({ field: 'from', type: 'Entity' })) },
      { kind: 'entity', ids: '[row IN rows WHERE row.toEntity IS NOT NULL | row.toEntity.id]', plan: entityPlan(info, at({ field: 'to', type: 'Entity' })) },
      { kind: 'entity', ids: stepIds('[step.from.id]'), plan: entityPlan(info, at({ field: 'steps', type: 'PathStep' }, { field: 'from', type: 'Entity' })) },
      { kind: 'entity', ids: stepIds('[step.to.id]'), plan: entityPlan(info, at({ field: 'steps', type: 'PathStep' }, { field: 'to', type: 'Entity' })) },
      { kind: 'source', ids: stepIds('[source IN step.sources | source.id]'), plan: sourcePlan(info, at({ field: 'steps', type: 'PathStep' }, { field: 'sources', type: 'Source' })) },
    ],
  });
  resolvedId(row!.fromResolution as Resolution, from, 'from');
  resolvedId(row!.toResolution as Resolution, to, 'to');
  const fromEntity = row!.fromEntity as EntityRecord;
  const toEntity = row!.toEntity as EntityRecord;
  graph.loaders.primeEntity(fromEntity);
  graph.loaders.primeEntity(toEntity);
  if (fromEntity.id === toEntity.id) return { from: fromEntity, to: toEntity, length: 0, steps: [] };
  const steps = (row!.steps as PathStepRecord[] | undefined) ?? [];
  if (steps.length === 0) return null;
  for (const step of steps) {
    graph.loaders.primeEntity(step.from);
    graph.loaders.primeEntity(step.to);
  }
  return { from: fromEntity, to: toEntity, length: steps.length, steps };
}
