/** Rows as the query layer returns them to resolvers (plain objects, no driver types). */

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[] | null;
  description: string | null;
  kind: string | null;
  date: string | null;
  dateLabel: string | null;
}
