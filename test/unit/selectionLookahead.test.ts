import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { nextPairs, pairsAsked } from '../../src/resolvers/selectionLookahead.js';

/**
 * The `info` a resolver of the first field named `field` would get for this document: its
 * field nodes, the document's fragments and the request's variables (all nextPairs reads).
 */
function infoAt(document: string, field: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const ast = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of ast.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const find = (selectionSet: SelectionSetNode | undefined): FieldNode | undefined => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === field) return selection;
      const inner = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value]?.selectionSet : selection.selectionSet;
      const found = find(inner);
      if (found) return found;
    }
    return undefined;
  };
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fieldNode = find(operation.selectionSet);
  if (fieldNode === undefined) throw new Error(`no field ${field}`);
  return { fieldNodes: [fieldNode], fragments, variableValues } as unknown as GraphQLResolveInfo;
}

const sorted = (pairs: ReturnType<typeof nextPairs>) => (pairs === null || pairs === 'all' ? pairs : [...pairs].sort());

describe('looking ahead at the neighbours’ relations', () => {
  it('asks for nothing more when the query stops at the neighbour', () => {
    expect(nextPairs(infoAt('{ entity(name: "GUR") { relations { other { id name } } } }', 'relations'))).toBeNull();
    expect(nextPairs(infoAt('{ entity(name: "GUR") { relations { type role } } }', 'relations'))).toBeNull();
  });

  it('leaves out what @skip and @include leave out, with each request’s variables', () => {
    const ast = infoAt(
      `query ($twoHops: Boolean!) { entity(name: "GUR") { relations { other { id relations @include(if: $twoHops) { type } ... on Person @skip(if: $twoHops) { organizations { role } } } } } }`,
      'relations',
      { twoHops: false },
    );
    expect(sorted(nextPairs(ast))).toEqual(['LEADS:OUT', 'MEMBER_OF:OUT']);
    // The same field nodes in another request (Apollo reuses a parsed document), other variables.
    expect(nextPairs({ ...ast, variableValues: { twoHops: true } })).toBe('all');
    expect(sorted(nextPairs({ ...ast, variableValues: { twoHops: false } }))).toEqual(['LEADS:OUT', 'MEMBER_OF:OUT']);
  });

  it('asks for nothing more without an info (a resolver called directly)', () => {
    expect(nextPairs(undefined)).toBeNull();
  });

  it('asks for every pair when the neighbours list all their relations', () => {
    expect(nextPairs(infoAt('{ entity(name: "GUR") { members { other { relations { type } } } } }', 'members'))).toBe('all');
  });

  it('asks only for the pairs behind the typed fields selected under other, as the type they are selected on has them', () => {
    const info = infoAt(
      '{ entity(name: "GUR") { ... on Organization { members { other { ... on Person { organizations { role } events { role } } } } } } }',
      'members',
    );
    // A person's events are PARTICIPATED_IN; a place's (OCCURRED_IN) are not asked under `... on Person`.
    expect(sorted(nextPairs(info))).toEqual(['LEADS:OUT', 'MEMBER_OF:OUT', 'PARTICIPATED_IN:OUT']);
    const untyped = infoAt('{ entity(name: "GUR") { ... on Organization { members { other { ... on Place { events { role } } } } } } }', 'members');
    expect(sorted(nextPairs(untyped))).toEqual(['OCCURRED_IN:IN']);
  });

  it('finds the fields through named fragments and inline fragments, and under aliases', () => {
    const info = infoAt(
      `query { entity(name: "Kherson") { ... on Place { contains { ...Neighbour } } } }
       fragment Neighbour on Relation { other { ... on Place { up: locatedIn { type } } ...Where } }
       fragment Where on Entity { ... on Event { place { id } } }`,
      'contains',
    );
    expect(sorted(nextPairs(info))).toEqual(['LOCATED_IN:OUT', 'OCCURRED_IN:OUT']);
  });

  it('reports "all" from pairsAsked as soon as a selection has relations, wherever it is', () => {
    const info = infoAt('{ entity(name: "x") { relations { type } } }', 'entity');
    const into = new Set<string>();
    expect(pairsAsked(info.fieldNodes[0]!.selectionSet, info, into)).toBe('all');
  });

  it('stops following fragments four levels down', () => {
    const info = infoAt(
      `{ entity(name: "x") { members { other { ...A } } } }
       fragment A on Entity { ...B }
       fragment B on Entity { ...C }
       fragment C on Entity { ...D }
       fragment D on Entity { ... on Person { organizations { role } } }`,
      'members',
    );
    expect(nextPairs(info)).toBeNull();
  });
});
