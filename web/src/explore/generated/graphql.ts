/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An article bundle: the source and everything read in it. */
export type ArticleBundleInput = {
  /** Every person, organisation, place and event the article names. */
  entities: Array<EntityInput>;
  /** Every figure the article reports. */
  figures?: Array<FigureInput> | null | undefined;
  /** Always `newsgraph.bundle/1`. */
  format: string;
  /** Relationships between those entities. */
  relationships?: Array<RelationshipInput> | null | undefined;
  /** The article. */
  source: SourceInput;
};

/** How the text given to `draftArticle` is written. */
export type ArticleFormat =
  /** A news page saved as HTML: its main text is taken in reader mode. */
  | 'HTML'
  /** Plain text, optionally with a front-matter block (title, publisher, published, url). */
  | 'TEXT';

/** Who stands behind a figure. */
export type AttributionInput = {
  /** How it was reported. */
  kind: AttributionKind;
  /** Entity id of the named reporter. */
  reportedBy?: string | number | null | undefined;
  /** Who, when unnamed. */
  reporterLabel?: string | null | undefined;
  /** When it was said. */
  said?: string | null | undefined;
  /** When it was said, as worded, when there is no date. */
  saidLabel?: string | null | undefined;
  /** Entity id of the outlet that passed it on. */
  via?: string | number | null | undefined;
};

/**
 * How firmly a figure is reported. ASSERTED: the source's own voice. REPORTED: hedged and
 * unattributed ("reportedly").
 */
export type AttributionKind =
  /** The outlet states it in its own voice. */
  | 'ASSERTED'
  /** A named speaker claimed it (the outlet keeps its distance). */
  | 'CLAIMED'
  /** Confirmed by the reporter or a third party. */
  | 'CONFIRMED'
  /** An estimate, often by an unnamed group (`Western estimates`). */
  | 'ESTIMATED'
  /** Hedged and unattributed: `reportedly`. */
  | 'REPORTED'
  /** A named speaker said it (a neutral report of speech). */
  | 'SAID';

/** Direction of a relationship as seen from the entity it is asked on. */
export type Direction =
  /** From the other entity to this one (the same relationship is IN on the department). */
  | 'IN'
  /** From this entity to the other (Matvienko MEMBER_OF the department: OUT on Matvienko). */
  | 'OUT';

/** A person, organisation, place or event. */
export type EntityInput = {
  /** Other spellings. */
  aliases?: Array<string> | null | undefined;
  /** Events: when. */
  date?: string | null | undefined;
  /** Events: the time as worded when it is not a date. */
  dateLabel?: string | null | undefined;
  /** Our words. */
  description?: string | null | undefined;
  /** `person:`, `org:`, `place:` or `event:` and a slug. */
  id: string | number;
  /** Sort of organisation, place or event (required for events). */
  kind?: string | null | undefined;
  /** The main name. */
  name: string;
  /** Events: the place id. */
  place?: string | number | null | undefined;
  /** Which of the four. */
  type: EntityType;
};

/** The four entity types, for filters. */
export type EntityType =
  /** Things that happened. */
  | 'EVENT'
  /** Organisations, departments, outlets, services. */
  | 'ORGANIZATION'
  /** People. */
  | 'PERSON'
  /** Countries, regions, cities. */
  | 'PLACE';

/** Character offsets of a sentence in the article text (UTF-16 code units, end exclusive). */
export type EvidenceInput = {
  /** Offset just after its last character. */
  end: number;
  /** Offset of the sentence's first character. */
  start: number;
};

/** Which figures to return. All fields combine with AND; a field left out does not filter. */
export type FigureFilter = {
  /** About this entity: id, name or alias. */
  about?: string | null | undefined;
  /** Reported in one of these ways (`[REPORTED]` for the `reportedly` figures). */
  attribution?: Array<AttributionKind> | null | undefined;
  /**
   * With `reportedBy` naming an organisation: also figures reported by its members and by
   * its parts and their members, at any depth (GUR's POW department spokesperson counts for GUR).
   */
  includeMembers?: boolean | null | undefined;
  /** Of this measure key (`hotline.applications.monthly`). */
  measure?: string | null | undefined;
  /** The time the figure refers to ends on or after this date. */
  refersFrom?: string | null | undefined;
  /** The time the figure refers to starts on or before this date. */
  refersTo?: string | null | undefined;
  /** Reported by this entity: id, name or alias (`GUR`, `HUR`, `Matvienko`). */
  reportedBy?: string | null | undefined;
  /** Read in this source (its id). */
  source?: string | number | null | undefined;
  /** Value at least this. */
  valueAtLeast?: number | null | undefined;
  /** Value at most this. */
  valueAtMost?: number | null | undefined;
};

/** A reported number. */
export type FigureInput = {
  /** Entity ids of the bundle the figure is about. */
  about: Array<string | number>;
  /** Who stands behind it. */
  attribution: AttributionInput;
  /** What is counted, in our words. */
  counts: string;
  /** ISO 4217 code when money. */
  currency?: string | null | undefined;
  /** Where in the article text it was read (drafts made from text carry it). */
  evidence?: EvidenceInput | null | undefined;
  /** `figure:` and a slug. */
  id: string | number;
  /** Lowest value the wording allows. */
  lowerBound?: number | null | undefined;
  /** Dotted key shared by figures of the same quantity (`hotline.calls.total`). */
  measure: string;
  /** How the number was hedged. */
  qualifier: Qualifier;
  /** The time the number is about. */
  refersTo?: string | null | undefined;
  /** End of the period, when a period. */
  refersToEnd?: string | null | undefined;
  /** The time as worded when it is not a date. */
  refersToLabel?: string | null | undefined;
  /** One sentence in our words. */
  statement: string;
  /** Unit of what is counted. */
  unit?: string | null | undefined;
  /** Highest value the wording allows. */
  upperBound?: number | null | undefined;
  /** The number as reported. */
  value: number;
};

/** How another figure of the same measure stands to this one. */
export type FigureVerdict =
  /** The values the wordings allow do not overlap, for overlapping or unstated times. */
  | 'CONTRADICTS'
  /** The values both wordings allow overlap, for overlapping or unstated times. */
  | 'CORROBORATES'
  /** Different currencies: amounts are never converted, so they are shown side by side. */
  | 'NOT_COMPARABLE'
  /** Both state their time, and the times do not overlap. */
  | 'OTHER_PERIOD';

/** How a number was hedged in the source's words. */
export type Qualifier =
  /** Around, roughly, some. */
  | 'ABOUT'
  /** Almost, nearly: `upperBound` holds the ceiling. */
  | 'ALMOST'
  /** At least: `lowerBound` holds the (inclusive) floor. */
  | 'AT_LEAST'
  /** At most: `upperBound` holds the ceiling. */
  | 'AT_MOST'
  /** Given as an exact number. */
  | 'EXACT'
  /** More than, over: `lowerBound` holds the (exclusive) floor. */
  | 'MORE_THAN'
  /** Up to: `upperBound` holds the ceiling. */
  | 'UP_TO'
  /** Vague words such as `hundreds`: the bounds give the range the word allows. */
  | 'VAGUE';

/** The kinds of relationship between entities. */
export type RelationType =
  /** Person → Place: citizenship. */
  | 'CITIZEN_OF'
  /** Organization → Organization or Event: set it up. */
  | 'ESTABLISHED'
  /** Person → Organization: the person leads it. */
  | 'LEADS'
  /** Place → Place or Organization → Place: lies in, is based in. */
  | 'LOCATED_IN'
  /** Person → Organization: a member, employee, soldier or spokesperson (see `role`). */
  | 'MEMBER_OF'
  /** Event → Place: where it happened. */
  | 'OCCURRED_IN'
  /** Organization → Organization: a service (such as a hotline) is run by an organisation. */
  | 'OPERATED_BY'
  /** Person or Organization → Event: took part (see `role`: defector, organiser, ...). */
  | 'PARTICIPATED_IN'
  /** Organization → Organization: a department or unit is part of a larger body. */
  | 'PART_OF'
  /** Event → Event: one step of a larger event (a landing within a defection). */
  | 'PART_OF_EVENT';

/** A relationship between two entities of the bundle. */
export type RelationshipInput = {
  /** Where in the article text it was read (drafts made from text carry it). */
  evidence?: EvidenceInput | null | undefined;
  /** Subject id. */
  from: string | number;
  /** Role of the subject. */
  role?: string | null | undefined;
  /** Since when. */
  since?: string | null | undefined;
  /** Object id. */
  to: string | number;
  /** The relationship. */
  type: RelationType;
  /** Until when. */
  until?: string | null | undefined;
};

/** The article's metadata. */
export type SourceInput = {
  /** `source:` and a slug. */
  id: string | number;
  /** Publication date. */
  published?: string | null | undefined;
  /** The outlet. */
  publisher?: string | null | undefined;
  /** The headline. */
  title: string;
  /** Where to read it. */
  url?: string | null | undefined;
};

export type RelationFieldsFragment = { type: RelationType, direction: Direction, role: string | null, since: string | null, until: string | null, other:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
  , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> };

export type ClaimFieldsFragment = { id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
   | null, figure: { id: string } | null, reportedBy:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
   | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> };

export type FigureFieldsFragment = { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
     | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
     | null }, about: Array<
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
  >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, entity:
      | { __typename: 'Event', id: string, name: string, aliases: Array<string>, description: string | null }
      | { __typename: 'Organization', id: string, name: string, aliases: Array<string>, description: string | null }
      | { __typename: 'Person', id: string, name: string, aliases: Array<string>, description: string | null }
      | { __typename: 'Place', id: string, name: string, aliases: Array<string>, description: string | null }
     }> };

export type ExplorerEntityQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
}>;


export type ExplorerEntityQuery = { entity:
    | { __typename: 'Event', date: string | null, dateLabel: string | null, id: string, name: string, aliases: Array<string>, description: string | null, eventKind: string, place: { __typename: 'Place', id: string, name: string } | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }>, relations: Array<{ type: RelationType, direction: Direction, role: string | null, since: string | null, until: string | null, other:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }>, reported: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, mentionedIn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, figure: { id: string } | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> }
    | { __typename: 'Organization', kind: string | null, id: string, name: string, aliases: Array<string>, description: string | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }>, relations: Array<{ type: RelationType, direction: Direction, role: string | null, since: string | null, until: string | null, other:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }>, reported: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, mentionedIn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, figure: { id: string } | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, description: string | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }>, relations: Array<{ type: RelationType, direction: Direction, role: string | null, since: string | null, until: string | null, other:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }>, reported: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, mentionedIn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, figure: { id: string } | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> }
    | { __typename: 'Place', kind: string | null, id: string, name: string, aliases: Array<string>, description: string | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }>, relations: Array<{ type: RelationType, direction: Direction, role: string | null, since: string | null, until: string | null, other:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }>, reported: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, mentionedIn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> }, claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, figure: { id: string } | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> }
   | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  name: string;
  twoHops: boolean;
}>;


export type ExplorerNeighbourhoodQuery = { entity:
    | { __typename: 'Event', id: string, name: string, relations: Array<{ type: RelationType, direction: Direction, role: string | null, other:
          | { __typename: 'Event', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Organization', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Person', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Place', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
         }> }
    | { __typename: 'Organization', id: string, name: string, relations: Array<{ type: RelationType, direction: Direction, role: string | null, other:
          | { __typename: 'Event', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Organization', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Person', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Place', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
         }> }
    | { __typename: 'Person', id: string, name: string, relations: Array<{ type: RelationType, direction: Direction, role: string | null, other:
          | { __typename: 'Event', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Organization', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Person', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Place', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
         }> }
    | { __typename: 'Place', id: string, name: string, relations: Array<{ type: RelationType, direction: Direction, role: string | null, other:
          | { __typename: 'Event', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Organization', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Person', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
          | { __typename: 'Place', id: string, name: string, relations?: Array<{ type: RelationType, direction: Direction, other:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               }> }
         }> }
   | null };

export type ExplorerFiguresQueryVariables = Exact<{
  filter?: FigureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerFiguresQuery = { figures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           | null }, about: Array<
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ExplorerPathQuery = { path: { length: number, from:
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
    , to:
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
    , steps: Array<{ relation: RelationType, direction: Direction, role: string | null, from:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
      , to:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
      , sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> } | null };

export type ExplorerSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSourcesQuery = { sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null, figureCount: number }> };

export type ExplorerEntityNameQueryVariables = Exact<{
  name: string;
}>;


export type ExplorerEntityNameQuery = { entity:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
   | null };

export type ExplorerSourceListQueryVariables = Exact<{
  publisher?: string | null | undefined;
}>;


export type ExplorerSourceListQuery = { sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null, entityCount: number, figureCount: number }> };

export type ExplorerSourceQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ExplorerSourceQuery = { node:
    | { __typename: 'Event' }
    | { __typename: 'Figure' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Source', id: string, title: string, publisher: string | null, url: string | null, published: string | null, entityCount: number, entities: Array<
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
      >, claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, subject:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , entity:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, figure: { id: string } | null, reportedBy:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
         | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }>, figures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, counts: string, measure: string, unit: string | null, statement: string, attribution: { kind: AttributionKind, reporterLabel: string | null, said: string | null, saidLabel: string | null, reportedBy:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null }, via:
                | { __typename: 'Event', id: string, name: string }
                | { __typename: 'Organization', id: string, name: string }
                | { __typename: 'Person', id: string, name: string }
                | { __typename: 'Place', id: string, name: string }
               | null }, about: Array<
              | { __typename: 'Event', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Place', id: string, name: string }
            >, comparisons: Array<{ verdict: FigureVerdict, reason: string, figure: { id: string, value: number, qualifier: Qualifier, display: string, currency: string | null, refersTo: string | null, refersToEnd: string | null, refersToLabel: string | null, attribution: { kind: AttributionKind, reporterLabel: string | null, reportedBy:
                    | { __typename: 'Event', id: string, name: string }
                    | { __typename: 'Organization', id: string, name: string }
                    | { __typename: 'Person', id: string, name: string }
                    | { __typename: 'Place', id: string, name: string }
                   | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } } } }> } }> } }
   | null };

export type ExplorerDisagreementsQueryVariables = Exact<{
  about?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerDisagreementsQuery = { disagreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { property: string, subject:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
        , claims: Array<{ id: string, property: string, value: string, preferred: boolean, disputed: boolean, entity:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           | null, figure: { id: string } | null, reportedBy:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, published: string | null }> }> } }> } };

export type ExplorerDraftArticleMutationVariables = Exact<{
  text: string;
  format?: ArticleFormat | null | undefined;
}>;


export type ExplorerDraftArticleMutation = { draftArticle: { bundle: unknown, text: string, mentions: Array<{ text: string, start: number, end: number, type: EntityType, entityId: string, existing: boolean }>, figures: Array<{ figureId: string, start: number, end: number }>, warnings: Array<{ code: string, message: string, start: number | null, end: number | null }> } };

export type ExplorerIngestArticleMutationVariables = Exact<{
  bundle: ArticleBundleInput;
}>;


export type ExplorerIngestArticleMutation = { ingestArticle: { nodesCreated: number, relationshipsCreated: number, unchanged: boolean, source: { id: string, title: string }, linked: Array<{ from: string, to: string, reason: string }>, renamedFigures: Array<{ from: string, to: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationFields on Relation {
  type
  direction
  role
  since
  until
  other {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}
    `, {"fragmentName":"RelationFields"}) as unknown as TypedDocumentString<RelationFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimFields on Claim {
  id
  property
  value
  preferred
  disputed
  entity {
    id
    name
    __typename
  }
  figure {
    id
  }
  reportedBy {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}
    `, {"fragmentName":"ClaimFields"}) as unknown as TypedDocumentString<ClaimFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on Figure {
  id
  value
  qualifier
  display
  currency
  refersTo
  refersToEnd
  refersToLabel
  attribution {
    kind
    reporterLabel
    reportedBy {
      id
      name
      __typename
    }
    source {
      id
      title
      publisher
      url
      published
    }
    said
    saidLabel
    via {
      id
      name
      __typename
    }
  }
  counts
  measure
  unit
  statement
  about {
    id
    name
    __typename
  }
  comparisons {
    verdict
    reason
    figure {
      id
      value
      qualifier
      display
      currency
      refersTo
      refersToEnd
      refersToLabel
      attribution {
        kind
        reporterLabel
        reportedBy {
          id
          name
          __typename
        }
        source {
          id
          title
          publisher
          url
          published
        }
      }
    }
  }
}
    `, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $types: [EntityType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    score
    entity {
      id
      name
      __typename
      aliases
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($name: String!, $first: Int) {
  entity(name: $name) {
    id
    name
    __typename
    aliases
    description
    sources {
      id
      title
      publisher
      url
      published
    }
    ... on Organization {
      kind
    }
    ... on Place {
      kind
    }
    ... on Event {
      eventKind: kind
      date
      dateLabel
      place {
        id
        name
        __typename
      }
    }
    relations {
      ...RelationFields
    }
    reported(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FigureFields
        }
      }
    }
    mentionedIn(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FigureFields
        }
      }
    }
    claims {
      ...ClaimFields
    }
  }
}
    fragment RelationFields on Relation {
  type
  direction
  role
  since
  until
  other {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}
fragment ClaimFields on Claim {
  id
  property
  value
  preferred
  disputed
  entity {
    id
    name
    __typename
  }
  figure {
    id
  }
  reportedBy {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}
fragment FigureFields on Figure {
  id
  value
  qualifier
  display
  currency
  refersTo
  refersToEnd
  refersToLabel
  attribution {
    kind
    reporterLabel
    reportedBy {
      id
      name
      __typename
    }
    source {
      id
      title
      publisher
      url
      published
    }
    said
    saidLabel
    via {
      id
      name
      __typename
    }
  }
  counts
  measure
  unit
  statement
  about {
    id
    name
    __typename
  }
  comparisons {
    verdict
    reason
    figure {
      id
      value
      qualifier
      display
      currency
      refersTo
      refersToEnd
      refersToLabel
      attribution {
        kind
        reporterLabel
        reportedBy {
          id
          name
          __typename
        }
        source {
          id
          title
          publisher
          url
          published
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($name: String!, $twoHops: Boolean!) {
  entity(name: $name) {
    id
    name
    __typename
    relations {
      type
      direction
      role
      other {
        id
        name
        __typename
        relations @include(if: $twoHops) {
          type
          direction
          other {
            id
            name
            __typename
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerFiguresDocument = new TypedDocumentString(`
    query ExplorerFigures($filter: FigureFilter, $first: Int, $after: String) {
  figures(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...FigureFields
      }
    }
  }
}
    fragment FigureFields on Figure {
  id
  value
  qualifier
  display
  currency
  refersTo
  refersToEnd
  refersToLabel
  attribution {
    kind
    reporterLabel
    reportedBy {
      id
      name
      __typename
    }
    source {
      id
      title
      publisher
      url
      published
    }
    said
    saidLabel
    via {
      id
      name
      __typename
    }
  }
  counts
  measure
  unit
  statement
  about {
    id
    name
    __typename
  }
  comparisons {
    verdict
    reason
    figure {
      id
      value
      qualifier
      display
      currency
      refersTo
      refersToEnd
      refersToLabel
      attribution {
        kind
        reporterLabel
        reportedBy {
          id
          name
          __typename
        }
        source {
          id
          title
          publisher
          url
          published
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerFiguresQuery, ExplorerFiguresQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    from {
      id
      name
      __typename
    }
    to {
      id
      name
      __typename
    }
    steps {
      relation
      direction
      role
      from {
        id
        name
        __typename
      }
      to {
        id
        name
        __typename
      }
      sources {
        id
        title
        publisher
        url
        published
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerSourcesDocument = new TypedDocumentString(`
    query ExplorerSources {
  sources {
    id
    title
    publisher
    url
    published
    figureCount
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;
export const ExplorerEntityNameDocument = new TypedDocumentString(`
    query ExplorerEntityName($name: String!) {
  entity(name: $name) {
    id
    name
    __typename
  }
}
    `) as unknown as TypedDocumentString<ExplorerEntityNameQuery, ExplorerEntityNameQueryVariables>;
export const ExplorerSourceListDocument = new TypedDocumentString(`
    query ExplorerSourceList($publisher: String) {
  sources(publisher: $publisher) {
    id
    title
    publisher
    url
    published
    entityCount
    figureCount
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourceListQuery, ExplorerSourceListQueryVariables>;
export const ExplorerSourceDocument = new TypedDocumentString(`
    query ExplorerSource($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Source {
      id
      title
      publisher
      url
      published
      entityCount
      entities {
        id
        name
        __typename
      }
      claims {
        subject {
          id
          name
          __typename
        }
        ...ClaimFields
      }
      figures(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FigureFields
          }
        }
      }
    }
  }
}
    fragment ClaimFields on Claim {
  id
  property
  value
  preferred
  disputed
  entity {
    id
    name
    __typename
  }
  figure {
    id
  }
  reportedBy {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}
fragment FigureFields on Figure {
  id
  value
  qualifier
  display
  currency
  refersTo
  refersToEnd
  refersToLabel
  attribution {
    kind
    reporterLabel
    reportedBy {
      id
      name
      __typename
    }
    source {
      id
      title
      publisher
      url
      published
    }
    said
    saidLabel
    via {
      id
      name
      __typename
    }
  }
  counts
  measure
  unit
  statement
  about {
    id
    name
    __typename
  }
  comparisons {
    verdict
    reason
    figure {
      id
      value
      qualifier
      display
      currency
      refersTo
      refersToEnd
      refersToLabel
      attribution {
        kind
        reporterLabel
        reportedBy {
          id
          name
          __typename
        }
        source {
          id
          title
          publisher
          url
          published
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerSourceQuery, ExplorerSourceQueryVariables>;
export const ExplorerDisagreementsDocument = new TypedDocumentString(`
    query ExplorerDisagreements($about: String, $first: Int, $after: String) {
  disagreements(about: $about, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        subject {
          id
          name
          __typename
        }
        property
        claims {
          ...ClaimFields
        }
      }
    }
  }
}
    fragment ClaimFields on Claim {
  id
  property
  value
  preferred
  disputed
  entity {
    id
    name
    __typename
  }
  figure {
    id
  }
  reportedBy {
    id
    name
    __typename
  }
  sources {
    id
    title
    publisher
    url
    published
  }
}`) as unknown as TypedDocumentString<ExplorerDisagreementsQuery, ExplorerDisagreementsQueryVariables>;
export const ExplorerDraftArticleDocument = new TypedDocumentString(`
    mutation ExplorerDraftArticle($text: String!, $format: ArticleFormat) {
  draftArticle(text: $text, format: $format) {
    bundle
    text
    mentions {
      text
      start
      end
      type
      entityId
      existing
    }
    figures {
      figureId
      start
      end
    }
    warnings {
      code
      message
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerDraftArticleMutation, ExplorerDraftArticleMutationVariables>;
export const ExplorerIngestArticleDocument = new TypedDocumentString(`
    mutation ExplorerIngestArticle($bundle: ArticleBundleInput!) {
  ingestArticle(bundle: $bundle) {
    source {
      id
      title
    }
    nodesCreated
    relationshipsCreated
    unchanged
    linked {
      from
      to
      reason
    }
    renamedFigures {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerIngestArticleMutation, ExplorerIngestArticleMutationVariables>;