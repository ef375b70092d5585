import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { projectionFor, type Projection } from '../../db/projections.js';

const byOperation = new WeakMap<OperationDefinitionNode, Projection>();

/**
 * What a request's records need to hold (src/db/projections.ts): every field name of its
 * operation and the fragments it spreads, on any type. Worked out once per parsed document
 * (Apollo keeps the parsed document of a query it has seen, so the operation is the same
 * object for every request of it).
 */
export function projectionOf(info: GraphQLResolveInfo): Projection {
  const known = byOperation.get(info.operation);
  if (known !== undefined) return known;
  const names = new Set<string>();
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        names.add(selection.name.value);
        if (selection.selectionSet !== undefined) visit(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment !== undefined) visit(fragment.selectionSet);
      }
    }
  };
  visit(info.operation.selectionSet);
  const projection = projectionFor(names);
  byOperation.set(info.operation, projection);
  return projection;
}
