import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors/codes.js';
import { nameLookup, resolvedId, type Resolution } from '../findEntity.js';
import { endOf, startOf } from '../partialDate.js';
import { entityPlan, rootSelections } from '../plan/selectionPlan.js';
import type { EntityRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

export interface TimelineArgs {
  entity?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * `timeline(entity:, from:, to:)`: events in date order, of one entity (its name resolved in
 * cypher/queries/timeline) or of everything, within a range of partial dates.
 */
export async function timeline(graph: RequestGraph, args: TimelineArgs, info: GraphQLResolveInfo): Promise<EntityRecord[]> {
  if (args.from != null && args.to != null && startOf(args.from) > endOf(args.to)) {
    throw badUserInput(`from: expected a date on or before "to", got ${args.from} after ${args.to}`);
  }
  const entity = args.entity != null ? nameLookup(args.entity, 'entity') : null;
  const rows = await graph.read({
    document: documentOf(info),
    statement: 'queries/timeline',
    params: { entity, fromDay: args.from != null ? startOf(args.from) : null, toDay: args.to != null ? endOf(args.to) : null },
    columns: ['entityResolution', 'event'],
    slots: [{ kind: 'entity', ids: '[row IN rows WHERE row.event IS NOT NULL | row.event.id]', plan: entityPlan(info, rootSelections(info, 'Event')) }],
  });
  if (entity !== null) resolvedId(rows[0]!.entityResolution as Resolution, entity, 'entity');
  const events = rows.flatMap((row) => (row.event == null ? [] : [row.event as EntityRecord]));
  events.forEach(graph.loaders.primeEntity);
  return events;
}
