import type { GraphQLResolveInfo } from 'graphql';
import { nameLookup, resolvedOrNull, type Resolution } from '../findEntity.js';
import { entityPlan, rootSelections } from '../plan/selectionPlan.js';
import type { EntityRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';
import { documentOf } from '../plan/requestDocument.js';

/**
 * `entity(name:)`: one entity by id, name, alias or spelling, resolved inside the statement
 * (cypher/entities/resolve-one) together with what the selection asks of it. Null when
 * nothing matches; BAD_USER_INPUT (AMBIGUOUS_NAME, with the candidates) when several do.
 */
export async function entityByName(graph: RequestGraph, name: string, info: GraphQLResolveInfo): Promise<EntityRecord | null> {
  const lookup = nameLookup(name, 'name');
  const [row] = await graph.read({
    document: documentOf(info),
    statement: 'entities/resolve-one',
    params: { lookup },
    columns: ['resolved', 'entity'],
    slots: [{ kind: 'entity', ids: '[row IN rows WHERE row.entity IS NOT NULL | row.entity.id]', plan: entityPlan(info, rootSelections(info, 'Entity')) }],
  });
  resolvedOrNull(row!.resolved as Resolution, lookup, 'name');
  const entity = (row!.entity as EntityRecord | null) ?? null;
  graph.loaders.primeEntity(entity);
  return entity;
}
