/** Public types of the extractor's entity linking; implemented in memory (bundleResolver) and over Neo4j. */

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Event';

/** An existing entity a spelling may name. */
export interface EntityCandidate {
  id: string;
  type: EntityType;
  name: string;
  /** 0: the spelling is the entity's name; 1: one of its aliases; 2: a transliteration (loose key). */
  rank: number;
  /** The event's or organisation's kind, when known (a linked Event needs one in a bundle). */
  kind?: string;
}

/** A figure already in the graph, whose measure key a new figure of the same quantity reuses. */
export interface KnownMeasure {
  measure: string;
  unit?: string;
  currency?: string;
  /** Entity ids the figure is about. */
  about: string[];
}

export interface EntityResolver {
  /**
   * Candidates for each spelling (keyed by the spelling as given), best rank first. One call per
   * article: implementations should answer the whole batch with one lookup.
   */
  resolve(spellings: string[]): Promise<Map<string, EntityCandidate[]>>;
  /** Optional: measures of existing figures about these entities (one call per article). */
  knownMeasures?(entityIds: string[]): Promise<KnownMeasure[]>;
}
