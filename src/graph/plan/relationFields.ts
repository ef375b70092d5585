/** `TYPE:DIRECTION` keys, as the relation loader takes them. */
export const pairs = (direction: 'OUT' | 'IN', ...types: string[]) => types.map((type) => `${type}:${direction}`);

/**
 * The relationship type:direction pairs behind each entity field that lists relations, over
 * every entity type that has the field (`events` is PARTICIPATED_IN out of a person or
 * organisation, OCCURRED_IN into a place): a superset is safe, the resolvers filter.
 * `relations` can ask for any pair; `place` is an event's OCCURRED_IN end (an entity, not a
 * Relation).
 */
export const relationFieldPairs: Readonly<Record<string, readonly string[] | 'all'>> = {
  relations: 'all',
  organizations: pairs('OUT', 'MEMBER_OF', 'LEADS'),
  events: [...pairs('OUT', 'PARTICIPATED_IN'), ...pairs('IN', 'OCCURRED_IN')],
  members: pairs('IN', 'MEMBER_OF', 'LEADS'),
  parts: pairs('IN', 'PART_OF', 'OPERATED_BY', 'PART_OF_EVENT'),
  partOf: pairs('OUT', 'PART_OF', 'OPERATED_BY', 'PART_OF_EVENT'),
  locatedIn: pairs('OUT', 'LOCATED_IN'),
  contains: pairs('IN', 'LOCATED_IN'),
  participants: pairs('IN', 'PARTICIPATED_IN'),
  place: pairs('OUT', 'OCCURRED_IN'),
};

/**
 * The same per entity type, as the resolvers of src/resolvers/entity.ts read them: asked under
 * `... on Person`, `events` is only a person's PARTICIPATED_IN, not a place's OCCURRED_IN
 * (a city can have thousands of events).
 */
const fieldPairsByType: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Person: { organizations: pairs('OUT', 'MEMBER_OF', 'LEADS'), events: pairs('OUT', 'PARTICIPATED_IN') },
  Organization: {
    members: pairs('IN', 'MEMBER_OF', 'LEADS'),
    parts: pairs('IN', 'PART_OF', 'OPERATED_BY'),
    partOf: pairs('OUT', 'PART_OF', 'OPERATED_BY'),
    locatedIn: pairs('OUT', 'LOCATED_IN'),
    events: pairs('OUT', 'PARTICIPATED_IN'),
  },
  Place: { locatedIn: pairs('OUT', 'LOCATED_IN'), contains: pairs('IN', 'LOCATED_IN'), events: pairs('IN', 'OCCURRED_IN') },
  Event: { place: pairs('OUT', 'OCCURRED_IN'), participants: pairs('IN', 'PARTICIPATED_IN'), partOf: pairs('OUT', 'PART_OF_EVENT'), parts: pairs('IN', 'PART_OF_EVENT') },
};

/** The pairs behind a relation field selected on a type (an interface: every type's). */
export function relationPairsOn(type: string, field: string): readonly string[] | 'all' | undefined {
  return fieldPairsByType[type]?.[field] ?? relationFieldPairs[field];
}
