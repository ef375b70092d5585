import type { ArgumentNode, DirectiveNode, FieldNode, GraphQLResolveInfo, SelectionNode, SelectionSetNode, ValueNode } from 'graphql';
import { pageWindow } from '../pagination.js';
import { relationPairsOn } from './relationFields.js';
import { eachSelection } from './requestDocument.js';

/**
 * What a selection will ask of the data behind one entity, figure or source, beyond the fields
 * its record already holds: the loads its resolvers would make (relations, sources, figure
 * pages, comparable figures), each with what is asked of the records they bring. A plan is
 * compiled into the request's one statement (./attachCypher.ts), and its answers are primed
 * into the request's loaders (./primeLoaders.ts), so the resolvers find everything loaded.
 * A plan may ask for more than the resolvers use (a superset is safe); what it misses, the
 * loaders still fetch.
 */
export interface EntityPlan {
  /** Every relation field's ask, merged into one (one expansion per entity in the statement). */
  relations: RelationAsk | null;
  /** Entity.sources, and what is asked of them. */
  sources: SourcePlan | null;
  pages: PageAsk[];
  /** Entity.claims, by the properties asked (null: every property). */
  claims: ReadonlyArray<string | null>;
  /** What the claims' `entity` (the place or organisation a value names) is asked beyond its record. */
  claimValues: EntityPlan | null;
  /**
   * What the figure claims ask of their figures beyond the records: `figure`, `reportedBy`,
   * `attribution(s)` and `sources` read the figure (its comparisons, its reporter's relations,
   * its sources' pages).
   */
  claimFigures: FigurePlan | null;
  /** What the property claims ask of their sources (`sources`, `attribution(s) { source }`) beyond the records. */
  claimSources: SourcePlan | null;
}

export interface RelationAsk {
  /** `TYPE:DIRECTION` pairs, or every relationship of the closed list. */
  pairs: readonly string[] | 'all';
  /** Relation.sources asked: load the source records (and what is asked of them). */
  sources: SourcePlan | null;
  /** What is asked of the entity at the other end (merged over the fields). */
  other: EntityPlan | null;
  /** The pairs whose fields ask `other` for more: only those neighbours are expanded. */
  otherPairs: readonly string[] | 'all';
  /**
   * Per field merged into this ask: its pairs, and the relation pairs its neighbours are asked
   * for. A neighbour's relations are expanded only for the field that reached it (a parent
   * organisation reached by `partOf` is not asked for the members that `parts` asks of the
   * parts).
   */
  reach: ReadonlyArray<{ pairs: readonly string[] | 'all'; next: readonly string[] | 'all' }>;
}

export interface PageAsk {
  relType: 'REPORTED_BY' | 'ABOUT' | 'CITED_IN';
  offset: number;
  limit: number;
  figure: FigurePlan | null;
}

export interface FigurePlan {
  reportedBy: EntityPlan | null;
  via: EntityPlan | null;
  about: EntityPlan | null;
  /** Figure.sources and Attribution.source (both read the figure's embedded sources). */
  sources: SourcePlan | null;
  /** comparable, corroboratedBy, contradictedBy, comparisons: the figures of the same measure. */
  comparable: FigurePlan | 'plain' | null;
}

export interface SourcePlan {
  pages: PageAsk[];
  /** Source.entities: the entities it names. */
  entities: boolean;
  /** What Source.entities asks of each entity beyond its record (relations, sources, ...). */
  entitiesAsk: EntityPlan | null;
  /**
   * Source.claims, with each claim's subject and sources: folded for a root read's source
   * (AttachCompiler.sourceParts) and an entity's, a relation's or a claim's sources; below a
   * figure its loader reads them (AttachCompiler.source).
   */
  claims: boolean;
  /** What those claims ask beyond their records (null: nothing). */
  claimsAsk: SourceClaimsAsk | null;
}

/** What a source's claims (property claims, each about its own subject) ask beyond their records. */
export interface SourceClaimsAsk {
  /** Of each claim's subject. */
  subjects: EntityPlan | null;
  /** Of the entity a claim's value names. */
  values: EntityPlan | null;
  /** Of the claims' sources. */
  sources: SourcePlan | null;
}

/** Source records only, as Entity.sources or Relation.sources asks them without more. */
const recordsOnly = (): SourcePlan => ({ pages: [], entities: false, entitiesAsk: null, claims: false, claimsAsk: null });

/** A plan that asks nothing beyond the plain record is null: nothing to attach. */
export const emptyEntity = (plan: EntityPlan) => plan.relations === null && plan.sources === null && plan.pages.length === 0 && plan.claims.length === 0;
const emptyFigure = (plan: FigurePlan) =>
  plan.reportedBy === null && plan.via === null && plan.about === null && plan.sources === null && plan.comparable === null;

const ENTITY_TYPES = new Set(['Entity', 'Node', 'Person', 'Organization', 'Place', 'Event']);
/** Fragments deeper than this are not planned (the loaders fetch what is below). */
const MAX_FRAGMENT_DEPTH = 8;

/** A selection set and the type it is selected on (for fragments without a type condition). */
export interface TypedSelection {
  set: SelectionSetNode;
  type: string;
}
export type TypedSelections = readonly TypedSelection[];

/**
 * The fields of some selection sets, through inline and named fragments whose type condition
 * `accepts`, without those @skip/@include leave out.
 */
function fieldsOf(info: GraphQLResolveInfo, sets: TypedSelections, accepts: (type: string) => boolean): FieldNode[] {
  return typedFieldsOf(info, sets, accepts).map(({ field }) => field);
}

/** The same, each with the type it is selected on (its fragment's type condition). */
function typedFieldsOf(info: GraphQLResolveInfo, sets: TypedSelections, accepts: (type: string) => boolean): Array<{ field: FieldNode; type: string }> {
  const out: Array<{ field: FieldNode; type: string }> = [];
  const visit = (set: SelectionSetNode, type: string, depth: number) => {
    if (depth > MAX_FRAGMENT_DEPTH) return;
    for (const selection of set.selections) {
      if (!included(info, selection)) continue;
      if (selection.kind === 'Field') {
        out.push({ field: selection, type });
        continue;
      }
      const fragment = selection.kind === 'InlineFragment' ? selection : info.fragments[selection.name.value];
      if (fragment === undefined) continue;
      const condition = fragment.typeCondition?.name.value ?? type;
      if (accepts(condition)) visit(fragment.selectionSet, condition, depth + 1);
    }
  };
  for (const { set, type } of sets) visit(set, type, 0);
  return out;
}

/*
 * Arguments and directives are read from the document here, not with graphql-js's
 * getArgumentValues: that checks types with instanceof, which fails when the schema comes from
 * another copy of graphql (ESM and CommonJS builds side by side under a test runner). Only
 * the plain values the planned fields take are read; anything else plans nothing and leaves
 * the field to its resolver.
 */
function plainValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable':
      return variables[node.name.value];
    case 'IntValue':
      return Number(node.value);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'BooleanValue':
      return node.value;
    case 'NullValue':
      return null;
    default:
      return undefined;
  }
}

const argument = (args: readonly ArgumentNode[] | undefined, name: string, variables: Record<string, unknown>) => {
  const node = args?.find((arg) => arg.name.value === name);
  return node === undefined ? undefined : plainValue(node.value, variables);
};

/** Whether @skip and @include, with this request's variables, keep `node`. */
export function included(info: Pick<GraphQLResolveInfo, 'variableValues'>, node: SelectionNode): boolean {
  const directive = (name: string): DirectiveNode | undefined => node.directives?.find((d) => d.name.value === name);
  const skip = directive('skip');
  if (skip !== undefined && argument(skip.arguments, 'if', info.variableValues) === true) return false;
  const include = directive('include');
  return include === undefined || argument(include.arguments, 'if', info.variableValues) !== false;
}

const childSets = (fields: readonly FieldNode[], name: string, type: string) =>
  fields.flatMap((field) =>
    field.name.value === name && field.selectionSet !== undefined ? [{ set: field.selectionSet, type }] : [],
  );

/** The selection sets found along `path` of field names (through fragments), each with its type. */
export function selectionsAt(
  info: GraphQLResolveInfo,
  sets: TypedSelections,
  path: ReadonlyArray<{ field: string; type: string }>,
): TypedSelection[] {
  let current = [...sets];
  for (const step of path) current = childSets(fieldsOf(info, current, () => true), step.field, step.type);
  return current;
}

/** The root field's own selection sets, typed by its (named) return type. */
export function rootSelections(info: GraphQLResolveInfo, type: string): TypedSelection[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet !== undefined ? [{ set: node.selectionSet, type }] : []));
}

function pageAsk(info: GraphQLResolveInfo, field: FieldNode, relType: PageAsk['relType'], depth: number): PageAsk | null {
  const first = argument(field.arguments, 'first', info.variableValues);
  const after = argument(field.arguments, 'after', info.variableValues);
  let window: { offset: number; limit: number };
  try {
    window = pageWindow(first as number | null | undefined, after as string | null | undefined);
  } catch {
    return null; // The resolver refuses the arguments itself.
  }
  const nodes = selectionsAt(info, childSets([field], field.name.value, 'FigureConnection'), [
    { field: 'edges', type: 'FigureEdge' },
    { field: 'node', type: 'Figure' },
  ]);
  return { relType, ...window, figure: planFigure(info, nodes, depth + 1) };
}

/** What a selection on an entity (Entity, Node or one of the four types) asks beyond its record. */
function planEntity(info: GraphQLResolveInfo, sets: TypedSelections, depth = 0): EntityPlan | null {
  if (sets.length === 0 || depth > MAX_FRAGMENT_DEPTH) return null;
  const fields = typedFieldsOf(info, sets, (type) => ENTITY_TYPES.has(type));
  const plan: EntityPlan = { relations: null, sources: null, pages: [], claims: [], claimValues: null, claimFigures: null, claimSources: null };
  const claims = new Set<string | null>();
  const asks: RelationAsk[] = [];
  const subjects: TypedSelection[] = [];
  const values: TypedSelection[] = [];
  const claimFields: FieldNode[] = [];
  let sources = false;
  const reach = (pairs: readonly string[] | 'all', other: EntityPlan | null) => [{ pairs, next: other?.relations?.pairs ?? [] }];
  for (const { field, type } of fields) {
    const name = field.name.value;
    const pairs = relationPairsOn(type, name);
    if (name === 'place') {
      // An event's place is the entity at the OCCURRED_IN end, selected directly.
      const other = planEntity(info, childSets([field], name, 'Entity'), depth + 1);
      asks.push({ pairs: pairs!, sources: null, other, otherPairs: other === null ? [] : pairs!, reach: reach(pairs!, other) });
    } else if (pairs !== undefined) {
      const below = childSets([field], name, 'Relation');
      const relationFields = fieldsOf(info, below, () => true);
      const other = planEntity(info, childSets(relationFields, 'other', 'Entity'), depth + 1);
      asks.push({
        pairs,
        other,
        otherPairs: other === null ? [] : pairs,
        reach: reach(pairs, other),
        sources: relationFields.some((f) => f.name.value === 'sources')
          ? (planSource(info, childSets(relationFields, 'sources', 'Source'), depth + 1) ?? recordsOnly())
          : null,
      });
    } else if (name === 'sources') {
      sources = true;
      const nested = planSource(info, childSets([field], name, 'Source'), depth + 1);
      if (nested !== null) plan.sources = mergeSourcePlans(plan.sources, nested);
    } else if (name === 'claims') {
      const property = argument(field.arguments, 'property', info.variableValues);
      if (property === undefined || property === null || typeof property === 'string') claims.add(property ?? null);
      // Every claim of an entity (its figures' too) has the entity as its subject.
      const fieldsBelow = fieldsOf(info, childSets([field], name, 'Claim'), () => true);
      subjects.push(...childSets(fieldsBelow, 'subject', 'Entity'));
      values.push(...childSets(fieldsBelow, 'entity', 'Entity'));
      claimFields.push(...fieldsBelow);
    } else if (name === 'reported' || name === 'mentionedIn') {
      const ask = pageAsk(info, field, name === 'reported' ? 'REPORTED_BY' : 'ABOUT', depth);
      if (ask !== null) plan.pages.push(ask);
    }
  }
  if (sources && plan.sources === null) plan.sources = recordsOnly();
  plan.pages = mergePages(plan.pages);
  plan.claims = [...claims];
  plan.claimValues = claims.size > 0 ? planEntity(info, values, depth + 1) : null;
  if (claims.size > 0) {
    plan.claimSources = claimSourcePlan(info, claimFields, depth);
    plan.claimFigures = claimFigurePlan(info, claimFields, plan.claimSources, depth);
  }
  plan.relations = asks.reduce<RelationAsk | null>((merged, ask) => (merged === null ? ask : mergeAsks(merged, ask)), null);
  const merged = mergeEntityPlans(plan, planEntity(info, subjects, depth + 1))!;
  return emptyEntity(merged) ? null : merged;
}

/** The Attribution selections of some claim fields (`attribution`, `attributions`). */
const attributionsOf = (info: GraphQLResolveInfo, claimFields: readonly FieldNode[]) =>
  fieldsOf(info, [...childSets(claimFields, 'attribution', 'Attribution'), ...childSets(claimFields, 'attributions', 'Attribution')], () => true);

/** What claims ask of their sources beyond the records: `sources` and `attribution(s) { source }`. */
function claimSourcePlan(info: GraphQLResolveInfo, claimFields: readonly FieldNode[], depth: number): SourcePlan | null {
  return planSource(info, [...childSets(claimFields, 'sources', 'Source'), ...childSets(attributionsOf(info, claimFields), 'source', 'Source')], depth + 1);
}

/**
 * What figure claims ask of their figures beyond the records: a figure claim is its figure
 * (`figure`), and its `reportedBy`, `attribution(s)` and `sources` read the figure's.
 */
function claimFigurePlan(info: GraphQLResolveInfo, claimFields: readonly FieldNode[], sources: SourcePlan | null, depth: number): FigurePlan | null {
  const attribution = attributionsOf(info, claimFields);
  const asFigure: FigurePlan = {
    reportedBy: planEntity(info, [...childSets(claimFields, 'reportedBy', 'Entity'), ...childSets(attribution, 'reportedBy', 'Entity')], depth + 1),
    via: planEntity(info, childSets(attribution, 'via', 'Entity'), depth + 1),
    about: null,
    // The same selections as the property claims' sources (claimSourcePlan), planned once.
    sources,
    comparable: null,
  };
  return mergeFigurePlans(planFigure(info, childSets(claimFields, 'figure', 'Figure'), depth + 1), emptyFigure(asFigure) ? null : asFigure);
}

/** What a selection on a figure asks beyond its record (which holds its reporter, about and sources). */
function planFigure(info: GraphQLResolveInfo, sets: TypedSelections, depth = 0): FigurePlan | null {
  if (sets.length === 0 || depth > MAX_FRAGMENT_DEPTH) return null;
  const fields = fieldsOf(info, sets, (type) => type === 'Figure' || type === 'Node');
  const attribution = fieldsOf(info, childSets(fields, 'attribution', 'Attribution'), () => true);
  const comparableSets = [
    ...childSets(fields, 'comparable', 'Figure'),
    ...childSets(fields, 'corroboratedBy', 'Figure'),
    ...childSets(fields, 'contradictedBy', 'Figure'),
    ...selectionsAt(info, childSets(fields, 'comparisons', 'FigureComparison'), [{ field: 'figure', type: 'Figure' }]),
  ];
  const asksComparable = fields.some((f) => ['comparable', 'corroboratedBy', 'contradictedBy', 'comparisons'].includes(f.name.value));
  const sourceSets = [...childSets(fields, 'sources', 'Source'), ...childSets(attribution, 'source', 'Source')];
  const plan: FigurePlan = {
    reportedBy: planEntity(info, childSets(attribution, 'reportedBy', 'Entity'), depth + 1),
    via: planEntity(info, childSets(attribution, 'via', 'Entity'), depth + 1),
    about: planEntity(info, childSets(fields, 'about', 'Entity'), depth + 1),
    sources: planSource(info, sourceSets, depth + 1),
    comparable: asksComparable ? (planFigure(info, comparableSets, depth + 1) ?? 'plain') : null,
  };
  return emptyFigure(plan) ? null : plan;
}

/** What a selection on a source asks beyond its record: pages of the figures read in it. */
function planSource(info: GraphQLResolveInfo, sets: TypedSelections, depth = 0): SourcePlan | null {
  if (sets.length === 0 || depth > MAX_FRAGMENT_DEPTH) return null;
  const fields = fieldsOf(info, sets, (type) => type === 'Source' || type === 'Node');
  const pages = fields.flatMap((field) => {
    if (field.name.value !== 'figures') return [];
    const ask = pageAsk(info, field, 'CITED_IN', depth);
    return ask === null ? [] : [ask];
  });
  const entityFields = fields.filter((field) => field.name.value === 'entities');
  const entities = entityFields.length > 0;
  const entitiesAsk = entities ? planEntity(info, childSets(entityFields, 'entities', 'Entity'), depth + 1) : null;
  const claimFields = fieldsOf(info, childSets(fields, 'claims', 'Claim'), () => true);
  const claims = fields.some((field) => field.name.value === 'claims');
  return pages.length === 0 && !entities && !claims ? null : { pages: mergePages(pages), entities, entitiesAsk, claims, claimsAsk: claims ? sourceClaimsAsk(info, claimFields, depth) : null };
}

function sourceClaimsAsk(info: GraphQLResolveInfo, claimFields: readonly FieldNode[], depth: number): SourceClaimsAsk | null {
  const ask: SourceClaimsAsk = {
    subjects: planEntity(info, childSets(claimFields, 'subject', 'Entity'), depth + 1),
    values: planEntity(info, childSets(claimFields, 'entity', 'Entity'), depth + 1),
    sources: claimSourcePlan(info, claimFields, depth),
  };
  return ask.subjects === null && ask.values === null && ask.sources === null ? null : ask;
}

const unionPairs = (a: readonly string[] | 'all', b: readonly string[] | 'all'): readonly string[] | 'all' =>
  a === 'all' || b === 'all' ? 'all' : [...new Set([...a, ...b])].sort();

function mergeAsks(a: RelationAsk, b: RelationAsk): RelationAsk {
  return {
    pairs: unionPairs(a.pairs, b.pairs),
    otherPairs: unionPairs(a.otherPairs, b.otherPairs),
    reach: [...a.reach, ...b.reach],
    other: mergeEntityPlans(a.other, b.other),
    sources: mergeSourcePlans(a.sources, b.sources),
  };
}

/** Two plans for the same entity as one that asks what either asks. */
export function mergeEntityPlans(a: EntityPlan | null, b: EntityPlan | null): EntityPlan | null {
  if (a === null || b === null) return a ?? b;
  return {
    relations: a.relations === null || b.relations === null ? (a.relations ?? b.relations) : mergeAsks(a.relations, b.relations),
    sources: mergeSourcePlans(a.sources, b.sources),
    pages: mergePages([...a.pages, ...b.pages]),
    claims: [...new Set([...a.claims, ...b.claims])],
    claimValues: mergeEntityPlans(a.claimValues, b.claimValues),
    claimFigures: mergeFigurePlans(a.claimFigures, b.claimFigures),
    claimSources: mergeSourcePlans(a.claimSources, b.claimSources),
  };
}

function mergeSourcePlans(a: SourcePlan | null, b: SourcePlan | null): SourcePlan | null {
  if (a === null || b === null) return a ?? b;
  return {
    pages: mergePages([...a.pages, ...b.pages]),
    entities: a.entities || b.entities,
    entitiesAsk: mergeEntityPlans(a.entitiesAsk, b.entitiesAsk),
    claims: a.claims || b.claims,
    claimsAsk:
      a.claimsAsk === null || b.claimsAsk === null
        ? (a.claimsAsk ?? b.claimsAsk)
        : {
            subjects: mergeEntityPlans(a.claimsAsk.subjects, b.claimsAsk.subjects),
            values: mergeEntityPlans(a.claimsAsk.values, b.claimsAsk.values),
            sources: mergeSourcePlans(a.claimsAsk.sources, b.claimsAsk.sources),
          },
  };
}

function mergeFigurePlans(a: FigurePlan | null, b: FigurePlan | null): FigurePlan | null {
  if (a === null || b === null) return a ?? b;
  const comparable =
    a.comparable === null || b.comparable === null
      ? (a.comparable ?? b.comparable)
      : a.comparable === 'plain' || b.comparable === 'plain'
        ? a.comparable === 'plain' ? b.comparable : a.comparable
        : mergeFigurePlans(a.comparable, b.comparable);
  return {
    reportedBy: mergeEntityPlans(a.reportedBy, b.reportedBy),
    via: mergeEntityPlans(a.via, b.via),
    about: mergeEntityPlans(a.about, b.about),
    sources: mergeSourcePlans(a.sources, b.sources),
    comparable,
  };
}

/** Pages of the same window asked twice (by aliases or fragments) are read once. */
function mergePages(pages: PageAsk[]): PageAsk[] {
  const byWindow = new Map<string, PageAsk>();
  for (const page of pages) {
    const key = `${page.relType}|${page.offset}|${page.limit}`;
    const known = byWindow.get(key);
    byWindow.set(key, known === undefined ? page : { ...known, figure: mergeFigurePlans(known.figure, page.figure) });
  }
  return [...byWindow.values()];
}

/*
 * A root field's plan is the same for every request of its document whose variables agree on
 * the values used below it (arguments and @skip/@include there): those of the root field's own
 * arguments (an id, a name, a cursor) do not change it. So each plan is kept by the selection
 * sets it was made from (parsed once per document, see ./requestDocument.ts) and those values,
 * and the request statement keeps its compiled text by the plan (./requestStatement.ts).
 * Plans are never changed once made.
 */
type Plans = Map<string, EntityPlan | FigurePlan | SourcePlan | null>;
const plansBySet = new WeakMap<SelectionSetNode, Plans>();
/** At most this many plans of one selection set (each a set of values of its variables). */
const MAX_PLANS_PER_SET = 64;
/** The longest key kept (the ids of the sets and the values of their variables, as JSON). */
const MAX_KEY_LENGTH = 2_000;

export function entityPlan(info: GraphQLResolveInfo, sets: TypedSelections): EntityPlan | null {
  return keptPlan(info, sets, 'entity', () => planEntity(info, sets)) as EntityPlan | null;
}

export function figurePlan(info: GraphQLResolveInfo, sets: TypedSelections): FigurePlan | null {
  return keptPlan(info, sets, 'figure', () => planFigure(info, sets)) as FigurePlan | null;
}

export function sourcePlan(info: GraphQLResolveInfo, sets: TypedSelections): SourcePlan | null {
  return keptPlan(info, sets, 'source', () => planSource(info, sets)) as SourcePlan | null;
}

function keptPlan(info: GraphQLResolveInfo, sets: TypedSelections, kind: string, make: () => EntityPlan | FigurePlan | SourcePlan | null) {
  if (sets.length === 0) return make();
  let plans = plansBySet.get(sets[0]!.set);
  if (plans === undefined) plansBySet.set(sets[0]!.set, (plans = new Map()));
  const variables = new Set(sets.flatMap(({ set }) => variablesUnder(info, set)));
  const key = [
    kind,
    ...sets.map(({ set, type }) => `${idOf(set)}:${type}`),
    ...[...variables].map((name) => `${name}=${JSON.stringify(info.variableValues[name]) ?? ''}`),
  ].join('|');
  if (plans.has(key)) return plans.get(key)!;
  const plan = make();
  // Values a client sends are not kept in bulk: a key this long is planned anew each time.
  if (key.length > MAX_KEY_LENGTH) return plan;
  if (plans.size >= MAX_PLANS_PER_SET) plans.clear();
  plans.set(key, plan);
  return plan;
}

const ids = new WeakMap<object, number>();
let nextId = 0;
/** A number for an object, the same for as long as it lives: part of the keys of kept plans and statements. */
export function idOf(object: object): number {
  let id = ids.get(object);
  if (id === undefined) ids.set(object, (id = nextId++));
  return id;
}

const variablesBySet = new WeakMap<SelectionSetNode, readonly string[]>();

/** The variables a selection set uses, in its fields' arguments and directives and the fragments it spreads. */
function variablesUnder(info: GraphQLResolveInfo, root: SelectionSetNode): readonly string[] {
  const known = variablesBySet.get(root);
  if (known !== undefined) return known;
  const names = new Set<string>();
  const values = (node: ValueNode): void => {
    if (node.kind === 'Variable') names.add(node.name.value);
    else if (node.kind === 'ListValue') node.values.forEach(values);
    else if (node.kind === 'ObjectValue') node.fields.forEach((field) => values(field.value));
  };
  eachSelection(root, info.fragments, (selection) => {
    selection.directives?.forEach((directive) => directive.arguments?.forEach((arg) => values(arg.value)));
    if (selection.kind === 'Field') selection.arguments?.forEach((arg) => values(arg.value));
  });
  const list = [...names].sort();
  variablesBySet.set(root, list);
  return list;
}
