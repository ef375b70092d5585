import type { FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode, SelectionNode, SelectionSetNode } from 'graphql';
import { projectionFor, type Projection } from '../../db/projections.js';

/** What the request reader needs to know of a request's document as a whole. */
export interface RequestDocument {
  /** The fields its records need to hold (src/db/projections.ts). */
  projection: Projection;
  /**
   * Every field it names is answered by the request's compiled statement (records and
   * attachments primed into the loaders), so that statement is the request's only one when it
   * compiles within budget: it can run as an auto-commit transaction (one Bolt message instead
   * of BEGIN, RUN and COMMIT). Fields that may read through a loader of their own (claims, a
   * source's entities, comparisons, merges) leave it false: their reads share an explicit
   * transaction.
   */
  closed: boolean;
}

/** Field names (on any type) whose values the compiled statement always gives. */
const closedFields = new Set([
  // Root fields read through the request's statement.
  'entity', 'node', 'search', 'figures', 'path', 'timeline', 'sources',
  // Entities, their relations and figure pages (compiled attachments).
  '__typename', 'id', 'name', 'aliases', 'description', 'kind', 'date', 'dateLabel', 'place',
  'relations', 'organizations', 'events', 'members', 'parts', 'partOf', 'locatedIn', 'contains', 'participants',
  'type', 'direction', 'role', 'since', 'until', 'other', 'reported', 'mentionedIn',
  // Connections.
  'totalCount', 'edges', 'cursor', 'pageInfo', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor',
  // Figures, attributions and sources (their records).
  'value', 'lowerBound', 'upperBound', 'qualifier', 'display', 'counts', 'measure', 'unit', 'currency',
  'refersTo', 'refersToEnd', 'refersToLabel', 'statement', 'attribution', 'about',
  'reportedBy', 'reporterLabel', 'via', 'said', 'saidLabel', 'source', 'title', 'publisher', 'url', 'published',
  'entityCount', 'figureCount',
  // Search hits and paths.
  'score', 'length', 'steps', 'from', 'to', 'relation',
]);

const byOperation = new WeakMap<OperationDefinitionNode, RequestDocument>();

/**
 * What the reader needs of a request's document: every field name of its operation and the
 * fragments it spreads, on any type. Worked out once per parsed document (Apollo keeps the
 * parsed document of a query it has seen, so the operation is the same object for every
 * request of it).
 */
export function documentOf(info: GraphQLResolveInfo): RequestDocument {
  const known = byOperation.get(info.operation);
  if (known !== undefined) return known;
  const names = new Set<string>();
  eachSelection(info.operation.selectionSet, info.fragments, (selection) => {
    if (selection.kind === 'Field') names.add(selection.name.value);
  });
  const document = {
    projection: projectionFor(names),
    closed: info.operation.operation === 'query' && [...names].every((name) => closedFields.has(name)),
  };
  byOperation.set(info.operation, document);
  return document;
}

/**
 * Calls `each` on every selection under `set`, at any depth: through fields, inline fragments
 * and the named fragments it spreads (each fragment once), whatever @skip and @include say.
 */
export function eachSelection(
  set: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  each: (selection: SelectionNode) => void,
): void {
  const spread = new Set<string>();
  const visit = (current: SelectionSetNode) => {
    for (const selection of current.selections) {
      each(selection);
      if (selection.kind === 'Field') {
        if (selection.selectionSet !== undefined) visit(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment !== undefined) visit(fragment.selectionSet);
      }
    }
  };
  visit(set);
}
