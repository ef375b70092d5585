import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { RelationPairs } from '../graph/loaders.js';
import { relationPairsOn } from '../graph/plan/relationFields.js';
import { included } from '../graph/plan/selectionPlan.js';

export { pairs } from '../graph/plan/relationFields.js';

/**
 * The relation pairs a selection asks for (through fragments too, each field by the type it is
 * selected on, without what @skip/@include leave out, as src/graph/plan/selectionPlan.ts plans
 * them); null when none.
 */
export function pairsAsked(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>, depth = 0, type = 'Entity'): 'all' | null {
  if (selectionSet === undefined || depth > 3) return null;
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === 'Field') {
      const asked = relationPairsOn(type, selection.name.value);
      if (asked === 'all') return 'all';
      asked?.forEach((pair) => into.add(pair));
      continue;
    }
    const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition?.name.value ?? type;
    if (pairsAsked(fragment?.selectionSet, info, into, depth + 1, condition) === 'all') return 'all';
  }
  return null;
}

/** The `other` fields selected under this relation field, through fragments too. */
function otherSelections(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, depth = 0): SelectionSetNode[] {
  if (selectionSet === undefined || depth > 3) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (!included(info, selection)) return [];
    if (selection.kind === 'Field') return selection.name.value === 'other' && selection.selectionSet ? [selection.selectionSet] : [];
    const nested = selection.kind === 'InlineFragment' ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
    return otherSelections(nested, info, depth + 1);
  });
}

/**
 * Which of the neighbours' relations the query asks for under `other`: loaded in the same
 * round trip as the entity's own (null: the query stops at one level).
 */
export function nextPairs(info: GraphQLResolveInfo | undefined): RelationPairs | null {
  if (info === undefined) return null;
  // graphql-js hands every item of a list the same field nodes: work it out once per field and
  // request. Apollo reuses a document's nodes across requests, whose variables (for @include)
  // may differ: the request's variable values are part of the key.
  let byRequest = known.get(info.fieldNodes);
  if (byRequest === undefined) known.set(info.fieldNodes, (byRequest = new WeakMap()));
  if (byRequest.has(info.variableValues)) return byRequest.get(info.variableValues)!;
  const pairs = pairsUnder(info);
  byRequest.set(info.variableValues, pairs);
  return pairs;
}

const known = new WeakMap<GraphQLResolveInfo['fieldNodes'], WeakMap<GraphQLResolveInfo['variableValues'], RelationPairs | null>>();

function pairsUnder(info: GraphQLResolveInfo): RelationPairs | null {
  const into = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const other of otherSelections(node.selectionSet, info)) if (pairsAsked(other, info, into) === 'all') return 'all';
  }
  return into.size > 0 ? into : null;
}
