import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { prng } from './prng.js';

/**
 * Random, valid read documents drawn from the schema itself, for the differential test of the
 * folded statement (test/integration/randomSelections.test.ts): selections nobody wrote by
 * hand, with nested lists, inline fragments on every entity type, aliases, named fragments, the
 * same field asked twice with other arguments, and @include/@skip on the variables `$yes`
 * (true) and `$no` (false). Seeded: the same seed gives the same
 * documents.
 */
export interface SelectionOptions {
  /** Levels of objects below a root field. */
  maxDepth: number;
  /** Root fields per document, at most. */
  maxRoots: number;
}

/** Values for the optional arguments of nested fields; a field's argument is set only sometimes. */
const argumentValues: Record<string, string[]> = {
  first: ['1', '2', '3'],
  types: ['[MEMBER_OF]', '[MEMBER_OF, LOCATED_IN]', '[PARTICIPATED_IN, OCCURRED_IN]'],
  direction: ['OUT', 'IN'],
  property: ['"name"', '"role"', '"alias"'],
};

/** Fields left out: their answers are not reads of the graph (drafts) or page through cursors. */
const skipped = new Set(['after', 'draftArticle', 'mergeCandidates']);

export function randomDocuments(schema: GraphQLSchema, roots: readonly string[], count: number, seed: number, options: SelectionOptions): string[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  let aliasCount = 0;
  const alias = () => `a${aliasCount++}: `;
  // @include and @skip on some fields and fragments, by the variables $yes (true) and $no (false).
  const used = new Set<string>();
  const directive = () => {
    if (!chance(0.08)) return '';
    const variable = pick(['yes', 'no']);
    used.add(variable);
    return ` @${pick(['include', 'skip'])}(if: $${variable})`;
  };

  const args = (field: GraphQLField<unknown, unknown>): string | null => {
    const given: string[] = [];
    for (const arg of field.args) {
      const values = argumentValues[arg.name];
      if (isNonNullType(arg.type) || skipped.has(arg.name)) {
        if (isNonNullType(arg.type)) return null;
        continue;
      }
      if (values !== undefined && chance(0.4)) given.push(`${arg.name}: ${pick(values)}`);
    }
    return given.length > 0 ? `(${given.join(', ')})` : '';
  };

  const fieldText = (field: GraphQLField<unknown, unknown>, depth: number): string | null => {
    const argText = args(field);
    if (argText === null) return null;
    const type = getNamedType(field.type);
    // A field with arguments is always aliased: two of them with other arguments may not share a name.
    if (!isLeafType(type) && depth >= options.maxDepth) return null;
    const head = `${argText !== '' || chance(0.15) ? alias() : ''}${field.name}${argText}${directive()}`;
    return isLeafType(type) ? head : `${head} ${selection(type, depth + 1)}`;
  };

  const objectFields = (type: GraphQLObjectType, depth: number, wanted: number): string[] => {
    const fields = Object.values(type.getFields()).filter((f) => !skipped.has(f.name));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const chosen: string[] = [fieldText(pick(leaves), depth)!];
    for (let i = 0; i < wanted; i++) {
      const text = fieldText(pick(fields), depth);
      if (text !== null) chosen.push(text);
    }
    // The same object field again under an alias, with its own arguments and selection.
    if (chance(0.1)) {
      const nested = fields.filter((f) => !isLeafType(getNamedType(f.type)));
      const field = nested.length > 0 ? pick(nested) : null;
      const text = field !== null ? fieldText(field, depth) : null;
      if (text !== null) chosen.push(/^a\d+: /.test(text) ? text : `${alias()}${text}`);
    }
    return chosen;
  };

  const fragments: string[] = [];
  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isObjectType(type)) return `{ ${objectFields(type, depth, 1 + Math.floor(random() * 3)).join(' ')} }`;
    if (!isAbstractType(type)) throw new Error(`no selection on ${type.name}`);
    const parts: string[] = [];
    // Fields of the interface itself, read through any of its types.
    const common = Object.values((type as unknown as GraphQLObjectType).getFields?.() ?? {}).filter((f) => !skipped.has(f.name));
    const leaves = common.filter((f) => isLeafType(getNamedType(f.type)));
    if (leaves.length > 0) parts.push(fieldText(pick(leaves), depth)!);
    if (common.length > 0 && chance(0.5)) {
      const text = fieldText(pick(common), depth);
      if (text !== null) parts.push(text);
    }
    if (chance(0.3)) parts.push('__typename');
    for (const possible of schema.getPossibleTypes(type)) {
      if (!chance(0.45)) continue;
      const body = objectFields(possible, depth, 1 + Math.floor(random() * 2)).join(' ');
      if (chance(0.25)) {
        const name = `F${fragments.length}`;
        fragments.push(`fragment ${name} on ${possible.name} { ${body} }`);
        parts.push(`...${name}`);
      } else parts.push(`... on ${possible.name}${directive()} { ${body} }`);
    }
    if (parts.length === 0) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  };

  const query = schema.getQueryType()!.getFields();
  const documents: string[] = [];
  for (let n = 0; n < count; n++) {
    fragments.length = 0;
    aliasCount = 0;
    used.clear();
    const rootCount = 1 + Math.floor(random() * options.maxRoots);
    const parts: string[] = [];
    for (let r = 0; r < rootCount; r++) {
      const call = pick(roots);
      const name = /^\w+/.exec(call)![0];
      const type = getNamedType(query[name]!.type);
      parts.push(`r${r}: ${call}${isLeafType(type) ? '' : ` ${selection(type, 1)}`}`);
    }
    const variables = [...used].sort().map((name) => `$${name}: Boolean!`);
    const operation = variables.length > 0 ? `query (${variables.join(', ')}) ` : '';
    documents.push([`${operation}{ ${parts.join(' ')} }`, ...fragments].join(' '));
  }
  return documents;
}
