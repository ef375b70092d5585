import { z } from 'zod';

/**
 * The article bundle: one JSON document per article, validated before anything is written.
 * Everything in a bundle (entities, relationships, events, figures) is cited to its one source.
 * Documented for humans in data/README.md; keep both in step.
 */

/** ISO 8601 partial date: "2022", "2022-09" or "2022-09-14". */
export const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = z
  .string()
  .regex(partialDatePattern, 'expected an ISO 8601 partial date: YYYY, YYYY-MM or YYYY-MM-DD');

const idPattern = /^(person|org|place|event|figure|source):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (prefix: string) =>
  z
    .string()
    .regex(idPattern, 'expected a readable id such as "person:maxim-kuzminov"')
    .refine((value) => value.startsWith(`${prefix}:`), `expected an id starting with "${prefix}:"`);
const entityRef = z
  .string()
  .regex(/^(person|org|place|event):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entity id such as "org:gur"');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/**
 * Where a fact was read: character offsets (UTF-16, end exclusive) of its sentence in the
 * article text it was extracted from. Drafts made from text carry it; hand-written bundles may.
 */
export const evidenceSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .strict()
  .refine((e) => e.end > e.start, 'expected end after start');

export const entityTypes = ['Person', 'Organization', 'Place', 'Event'] as const;
export const qualifiers = ['EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'ALMOST', 'UP_TO', 'AT_MOST', 'VAGUE'] as const;
export const attributionKinds = ['ASSERTED', 'SAID', 'CLAIMED', 'ESTIMATED', 'REPORTED', 'CONFIRMED'] as const;

/**
 * Relationship types between entities. A closed list: the loader uses the type as a Neo4j
 * relationship type, so it can only be one of these.
 */
export const relationshipTypes = [
  'MEMBER_OF', // Person -> Organization (role: "spokesperson", "lieutenant", ...)
  'LEADS', // Person -> Organization
  'PART_OF', // Organization -> Organization (a department is part of GUR)
  'OPERATED_BY', // Organization (a service such as a hotline) -> Organization
  'LOCATED_IN', // Place -> Place, Organization -> Place
  'PARTICIPATED_IN', // Person | Organization -> Event (role: "defector", "organiser", ...)
  'OCCURRED_IN', // Event -> Place
  'PART_OF_EVENT', // Event -> Event (a landing is part of a defection)
  'CITIZEN_OF', // Person -> Place (a country)
  'ESTABLISHED', // Organization -> Organization | Event
] as const;

const baseEntity = {
  id: entityRef,
  name: text(200),
  aliases: z.array(text(200)).max(50).default([]),
  description: text(2000).optional(),
};

const person = z.object({ ...baseEntity, id: id('person'), type: z.literal('Person') }).strict();
const organization = z
  .object({ ...baseEntity, id: id('org'), type: z.literal('Organization'), kind: text(60).optional() })
  .strict();
const place = z
  .object({ ...baseEntity, id: id('place'), type: z.literal('Place'), kind: text(60).optional() })
  .strict();
const event = z
  .object({
    ...baseEntity,
    id: id('event'),
    type: z.literal('Event'),
    kind: text(60),
    date: partialDate.optional(),
    /** The time as the source words it, when it cannot be a date ("October, year not stated"). */
    dateLabel: text(200).optional(),
    place: id('place').optional(),
  })
  .strict();

export const entitySchema = z.discriminatedUnion('type', [person, organization, place, event]);

export const relationshipSchema = z
  .object({
    from: entityRef,
    type: z.enum(relationshipTypes),
    to: entityRef,
    role: text(200).optional(),
    since: partialDate.optional(),
    until: partialDate.optional(),
    evidence: evidenceSchema.optional(),
  })
  .strict();

export const attributionSchema = z
  .object({
    kind: z.enum(attributionKinds),
    reportedBy: entityRef.optional(),
    reporterLabel: text(200).optional(),
    via: entityRef.optional(),
    said: partialDate.optional(),
    /** When it was said, as worded, when no absolute date is known ("the month before publication"). */
    saidLabel: text(200).optional(),
  })
  .strict();

export const figureSchema = z
  .object({
    id: id('figure'),
    value: z.number().finite(),
    lowerBound: z.number().finite().optional(),
    upperBound: z.number().finite().optional(),
    qualifier: z.enum(qualifiers),
    counts: text(300),
    measure: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'expected a dotted lower-case key such as "hotline.calls.total"'),
    unit: text(60).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "GBP"')
      .optional(),
    refersTo: partialDate.optional(),
    /** End of the period the figure refers to, when it is a period rather than a point. */
    refersToEnd: partialDate.optional(),
    /** The time as worded when it has no absolute date ("per week", "last month"). */
    refersToLabel: text(200).optional(),
    statement: text(500),
    about: z.array(entityRef).min(1, 'a figure must be about at least one entity'),
    attribution: attributionSchema,
    evidence: evidenceSchema.optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: id('source'),
    title: text(500),
    publisher: text(200).optional(),
    url: z.url().optional(),
    published: partialDate.optional(),
  })
  .strict();

export const bundleSchema = z
  .object({
    format: z.literal('newsgraph.bundle/1'),
    source: sourceSchema,
    entities: z.array(entitySchema).max(5000),
    relationships: z.array(relationshipSchema).max(20000).default([]),
    figures: z.array(figureSchema).max(20000).default([]),
  })
  .strict();

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleEntity = z.infer<typeof entitySchema>;
export type BundleFigure = z.infer<typeof figureSchema>;
export type BundleRelationship = z.infer<typeof relationshipSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
