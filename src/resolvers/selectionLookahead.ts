import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { RelationPairs } from '../graph/loaders.js';
import { relationPairsOn } from '../graph/plan/relationFields.js';

export { pairs } from '../graph/plan/relationFields.js';

/**
 * The relation pairs a selection asks for (through fragments too, each field by the type it is
 * selected on, as src/graph/plan/selectionPlan.ts plans them); null when none.
 */
export function pairsAsked(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>, depth = 0, type = 'Entity'): 'all' | null {
  if (selectionSet === undefined || depth > 3) return null;
  for (const selection of selectionSet.selections) {
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
  // graphql-js hands every item of a list the same field nodes: work it out once per field.
  if (known.has(info.fieldNodes)) return known.get(info.fieldNodes)!;
  const pairs = pairsUnder(info);
  known.set(info.fieldNodes, pairs);
  return pairs;
}

const known = new WeakMap<GraphQLResolveInfo['fieldNodes'], RelationPairs | null>();

function pairsUnder(info: GraphQLResolveInfo): RelationPairs | null {
  const into = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const other of otherSelections(node.selectionSet, info)) if (pairsAsked(other, info, into) === 'all') return 'all';
  }
  return into.size > 0 ? into : null;
}
