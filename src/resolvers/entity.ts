import type { EntityRecord } from '../graph/records.js';

const resolveType = (record: { type: string }) => record.type;

const entityFields = {
  aliases: (record: EntityRecord) => record.aliases ?? [],
};

export const entityResolvers = {
  Node: { __resolveType: resolveType },
  Entity: { __resolveType: resolveType },
  Person: entityFields,
  Organization: entityFields,
  Place: entityFields,
  Event: entityFields,
};
