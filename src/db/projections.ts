/**
 * The Cypher projections of the records the resolvers read (src/graph/records.ts), in one
 * place: statements of cypher/ write them as macros (`@entity(x)`, `@figure(f)`,
 * `@source(s)`, `@sourcesOf(r)` for a relationship's sources), and
 * src/graph/plan/attachCypher.ts writes them into a request's statement.
 *
 * A projection is cut to the fields a request's document can ask for (`Projection`), so Neo4j
 * sends and the driver decodes only those: a neighbourhood of a few hundred entities asked for
 * their ids and names was half of our Node CPU decoding descriptions, aliases and source ids
 * nobody asked for. The cut is document-wide (every field name the operation and its fragments
 * name, on any type), so a record primed into a loader holds whatever any resolver of the same
 * request reads of it.
 */
export interface Projection {
  aliases: boolean;
  description: boolean;
  kind: boolean;
  /** An event's date and dateLabel. */
  date: boolean;
  /** An event's placeId (Event.place). */
  place: boolean;
  role: boolean;
  since: boolean;
  until: boolean;
  /** A relation's source ids (Relation.sources). */
  relationSources: boolean;
  /** A figure's reporter (Attribution.reportedBy, Claim.reportedBy). */
  reportedBy: boolean;
  via: boolean;
  /** A figure's subjects (Figure.about). */
  about: boolean;
  /** A figure's sources (Figure.sources, Attribution.source). */
  figureSources: boolean;
  /** A figure's own properties besides its id, or null for all of them. */
  figureProperties: readonly string[] | null;
  /** Source.entityCount and Source.figureCount (stored on the source): read only when a document names them. */
  sourceEntityCount: boolean;
  sourceFigureCount: boolean;
}

export const fullProjection: Projection = {
  aliases: true,
  description: true,
  kind: true,
  date: true,
  place: true,
  role: true,
  since: true,
  until: true,
  relationSources: true,
  reportedBy: true,
  via: true,
  about: true,
  figureSources: true,
  figureProperties: null,
  // Two properties of the source (sourceRecord).
  sourceEntityCount: true,
  sourceFigureCount: true,
};

/** Figure fields read straight from the property of the same name. */
const plainFigureFields = ['value', 'lowerBound', 'upperBound', 'qualifier', 'counts', 'measure', 'unit', 'currency', 'refersTo', 'refersToEnd', 'refersToLabel', 'statement', 'reporterLabel', 'said', 'saidLabel'];

/**
 * Fields computed from a figure's whole record: its wording (display), comparisons, claims,
 * disagreements and evidence.
 */
const wholeFigureFields = ['display', 'comparisons', 'corroboratedBy', 'contradictedBy', 'claims', 'disagreements', 'evidence'];

/**
 * The projection for a document that names these fields. Claims and disagreements are
 * computed in TypeScript from whole figure records (their subjects, sources and reporters),
 * so a document asking for either gets whole figures.
 */
export function projectionFor(fields: ReadonlySet<string>): Projection {
  const wholeFigures = fields.has('claims') || fields.has('disagreements');
  const figureProperties = wholeFigureFields.some((field) => fields.has(field))
    ? null
    : [
        ...plainFigureFields.filter((field) => fields.has(field)),
        ...(fields.has('kind') ? ['attributionKind'] : []),
        ...(fields.has('source') ? ['sourceId'] : []),
      ];
  return {
    aliases: fields.has('aliases'),
    description: fields.has('description'),
    kind: fields.has('kind'),
    date: fields.has('date') || fields.has('dateLabel'),
    place: fields.has('place'),
    role: fields.has('role'),
    since: fields.has('since'),
    until: fields.has('until'),
    relationSources: fields.has('sources'),
    reportedBy: wholeFigures || fields.has('reportedBy'),
    via: wholeFigures || fields.has('via'),
    about: wholeFigures || fields.has('about'),
    figureSources: wholeFigures || fields.has('sources') || fields.has('source'),
    figureProperties,
    sourceEntityCount: fields.has('entityCount'),
    sourceFigureCount: fields.has('figureCount'),
  };
}

/** A short stable key of a projection, for caching the statements written with it. */
export function projectionKey(p: Projection): string {
  return Object.values(p)
    .map((on) => (on === null ? '*' : Array.isArray(on) ? on.join(',') : on ? '1' : '0'))
    .join('');
}

/** An entity (EntityRecord): id and name always (sorting needs them; its type is its id's prefix). */
export function entityRecord(x: string, p: Projection = fullProjection): string {
  const fields = [`.id`, `.name`];
  if (p.aliases) fields.push('.aliases');
  if (p.description) fields.push('.description');
  if (p.kind) fields.push('.kind');
  if (p.date) fields.push('.date', '.dateLabel');
  if (p.place) fields.push('.placeId');
  return `${x} {${fields.join(', ')}}`;
}

/**
 * A source (SourceRecord), with how many entities it names and how many figures it gives when
 * the projection asks. The counts are the source's own properties, kept by every write that
 * adds or takes away a citation (src/graph/sourceCounts.ts), so a record anywhere in a
 * statement carries them at the cost of two property reads, where counting would walk every
 * citation of the source.
 */
export function sourceRecord(s: string, p: Projection = fullProjection): string {
  const counts = [
    ...(p.sourceEntityCount ? [`entityCount: ${s}.entityCount`] : []),
    ...(p.sourceFigureCount ? [`figureCount: ${s}.figureCount`] : []),
  ];
  return `${s} {${['.id', '.title', '.publisher', '.url', '.published', ...counts].join(', ')}}`;
}

/**
 * A figure (FigureRecord): its own properties (those asked, or all), its reporter, intermediary, subjects
 * and sources as the projection asks. `fresh` names the comprehensions' variables.
 */
export function figureRecord(f: string, p: Projection = fullProjection, fresh: (base: string) => string = (base) => base): string {
  const x = fresh('x');
  const s = fresh('s');
  const parts = p.figureProperties === null ? [`.*`] : [`.id`, ...p.figureProperties.map((name) => `.${name}`)];
  if (p.reportedBy) parts.push(`reportedBy: [(${f})-[:REPORTED_BY]->(${x}:Entity) | ${entityRecord(x, p)}][0]`);
  if (p.via) parts.push(`via: [(${f})-[:VIA]->(${x}:Entity) | ${entityRecord(x, p)}][0]`);
  if (p.about) parts.push(`about: [(${f})-[:ABOUT]->(${x}:Entity) | ${entityRecord(x, p)}]`);
  if (p.figureSources) parts.push(`sources: [(${f})-[:CITED_IN]->(${s}:Source) | ${sourceRecord(s, p)}]`);
  return `${f} {${parts.join(', ')}}`;
}

/**
 * The source records a relationship cites (its `sources` ids), by id; an empty list when no
 * field of the document can ask for them.
 */
export function relationSourceRecords(r: string, p: Projection = fullProjection): string {
  return p.relationSources ? `COLLECT { MATCH (s:Source) WHERE s.id IN ${r}.sources RETURN ${sourceRecord('s', p)} ORDER BY s.id }` : '[]';
}

const macro = /@(entity|figure|source|sourcesOf)\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/** A statement's text with its projection macros written out for a projection. */
export function expandProjections(text: string, p: Projection = fullProjection): string {
  return text.replace(macro, (_, kind: string, variable: string) => {
    if (kind === 'entity') return entityRecord(variable, p);
    if (kind === 'figure') return figureRecord(variable, p);
    if (kind === 'sourcesOf') return relationSourceRecords(variable, p);
    return sourceRecord(variable, p);
  });
}
