import { entityRecord as entityProjection, figureRecord as figureProjection, fullProjection, sourceRecord, type Projection } from '../../db/projections.js';
import { emptyEntity, type EntityPlan, type FigurePlan, type PageAsk, type RelationAsk, type SourceClaimsAsk, type SourcePlan } from './selectionPlan.js';

/**
 * Compiles selection plans (./selectionPlan.ts) into Cypher map expressions over a bound node:
 * the "attachments" of an entity, figure or source, which the request's statement returns next
 * to its rows and ./primeLoaders.ts puts into the loaders. Each attachment says what it holds
 * (ids, relation pairs, page windows), so priming needs no plan.
 *
 * The records are those of the loaders' statements (src/db/projections.ts, cut to the request's
 * fields), and lists come in the same order (cypher/entities/relations, entities/sources,
 * entities/figure-pages, sources/figure-pages, figures/comparable), so a primed answer is the
 * answer the loader would have read.
 *
 * Only the fixed relationship types of the schema's relation fields and the labels are written
 * into the text; every value (page windows) is a parameter. Variables get fresh names, so no
 * nested pattern binds an outer variable by accident.
 */
export class AttachCompiler {
  readonly params: Record<string, unknown> = {};
  private count = 0;
  /**
   * Subqueries and comprehensions left to write. A statement nesting hundreds of them takes
   * Neo4j seconds to plan, so past this budget a part is left out and its loader reads it:
   * more statements for an outsized document, never a slow or wrong one.
   */
  constructor(
    private readonly prefix: string,
    /** Shared by every root field of a request: the budget is the statement's. */
    private readonly budget: Budget = { left: MAX_EXPANSIONS, cut: false },
    /** The fields the request's records need (./requestDocument.ts). */
    private readonly projection: Projection = fullProjection,
  ) {}

  private spend(): boolean {
    if (this.budget.left <= 0) {
      this.budget.cut = true;
      return false;
    }
    this.budget.left -= 1;
    return true;
  }

  fresh(base: string): string {
    return `${base}_${this.count++}`;
  }

  private param(value: unknown): string {
    const name = `${this.prefix}p${this.count++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /**
   * A root read's entity as attachments run in branches of their own (./requestStatement.ts):
   * its claims apart from the rest when both are asked. Neo4j counts every row a sort holds
   * with all the values computed before it: an organisation's claims (one description per
   * source that names it, over a thousand for a wire agency at 100k) sorted after a page of
   * 20 figures with their comparisons were counted as 1.4 GiB, and the explorer's entity page
   * was refused. Apart, each is what it holds.
   */
  entityParts(x: string, plan: EntityPlan): string[] {
    const rest: EntityPlan = { ...plan, claims: [], claimValues: null, claimFigures: null, claimSources: null };
    if (plan.claims.length === 0 || emptyEntity(rest)) return [this.entity(x, plan)];
    const claims: EntityPlan = { ...plan, relations: null, sources: null, pages: [] };
    return [this.entity(x, rest), this.entity(x, claims)];
  }

  /** `reached`: the relation pairs to expand here (see `nextPairs`), or null for all asked. */
  entity(x: string, plan: EntityPlan, reached: readonly string[] | null = null): string {
    const parts = [`id: ${x}.id`];
    if (plan.relations !== null && this.spend()) parts.push(`rel: ${this.relation(x, plan.relations, reached ?? plan.relations.pairs)}`);
    if (plan.sources !== null && this.spend()) {
      const s = this.fresh('s');
      parts.push(`sources: [(${x})-[:CITED_IN]->(${s}:Source) | ${this.sourceEntry(s, plan.sources)}]`);
    }
    const pages = plan.pages.filter(() => this.spend());
    if (pages.length > 0) parts.push(`pages: [${pages.map((page) => this.page(x, page)).join(', ')}]`);
    const claims = plan.claims.filter(() => this.spend());
    if (claims.length > 0) parts.push(`claims: [${claims.map((property) => this.claims(x, property, plan)).join(', ')}]`);
    return `{${parts.join(', ')}}`;
  }

  /**
   * An entity's claims of one property (or all), as cypher/claims/of-entities reads them: its
   * property claims, the figures about it (the loader's figure ids, here as entries with their
   * records, and their attachments when the claims ask more of them) and the sources the claims
   * cite; with what the claims ask of those sources, each source once (`sources`).
   */
  private claims(x: string, property: string | null, plan: Pick<EntityPlan, 'claimValues' | 'claimFigures' | 'claimSources'>): string {
    const p = this.param(property);
    const c = this.fresh('c');
    const f = this.fresh('f');
    const ofProperty = (claim: string) => `MATCH (${claim}:Claim)-[:CLAIM_OF]->(${x}) WHERE ${p} IS NULL OR ${claim}.property = ${p}`;
    const sources = plan.claimSources !== null && this.spend() ? `, sources: ${this.claimSources(ofProperty, plan.claimSources)}` : '';
    return (
      `{property: ${p}, ` +
      // Sorted before the entries are built, so that the sort holds claims, not their entries.
      `claims: COLLECT { ${ofProperty(c)} WITH ${c} ORDER BY ${c}.property, ${c}.qualifier, ${c}.preferred DESC, ${c}.value ` +
      `RETURN ${this.claimEntry(c, x, plan.claimValues)} }, ` +
      `figures: COLLECT { MATCH (${f}:Figure)-[:ABOUT]->(${x}) WHERE ${p} IS NULL OR ${f}.measure = ${p} ` +
      `WITH ${f} ORDER BY ${f}.measure, ${f}.refersFromDay, ${f}.id LIMIT 200 ` +
      `RETURN ${this.figureEntry(f, plan.claimFigures !== null && this.spend() ? plan.claimFigures : null)} }${sources}}`
    );
  }

  /**
   * A claim as cypher/claims/of-entities projects it (ClaimRecord), with its subject and the
   * records of its sources for the loaders: the 100 its `sourceIds` names, in that order
   * (./primeLoaders.ts takes the ids from them), so a claim many sources give (a place's name)
   * is not sent with every one of them.
   */
  private claimEntry(c: string, subject: string, values: EntityPlan | null = null): string {
    const x = this.fresh('x');
    const s = this.fresh('s');
    const value = values !== null && this.spend() ? `, value: [(${c})-[:VALUE]->(${x}:Entity) | ${this.entity(x, values)}][0]` : '';
    return (
      `{claim: ${c} {.id, .property, .qualifier, .value, .preferred, .disputed, subjectId: ${subject}.id, ` +
      `valueEntity: [(${c})-[:VALUE]->(${x}:Entity) | ${this.entityRecord(x)}][0]}, ` +
      `subject: ${this.entityRecord(subject)}, ` +
      `sources: COLLECT { MATCH (${c})-[:CITED_IN]->(${s}:Source) WITH ${s} ORDER BY coalesce(${s}.published, '') DESC, ${s}.id LIMIT 100 RETURN ${sourceRecord(s, this.projection)} }${value}}`
    );
  }

  /**
   * What some claims (`match` binds each) ask of their sources, as source attachments: each of
   * the sources their entries hold (the 100 newest of a claim) once, however many claims cite
   * it. Built next to the entries, not in them, so that a source is not compiled and sent again
   * with every claim that cites it.
   */
  private claimSources(match: (claim: string) => string, plan: SourcePlan): string {
    const c = this.fresh('c');
    const s = this.fresh('s');
    return (
      `COLLECT { ${match(c)} CALL (${c}) { MATCH (${c})-[:CITED_IN]->(${s}:Source) ` +
      `WITH ${s} ORDER BY coalesce(${s}.published, '') DESC, ${s}.id LIMIT 100 RETURN ${s} } ` +
      `WITH DISTINCT ${s} RETURN ${this.source(s, plan, true)} }`
    );
  }

  /**
   * One entity's relations of some pairs, as pattern comprehensions (cheap to plan, which
   * matters in a statement nesting many): one per direction, each with its types, so Neo4j
   * expands only what is asked and no pair is filtered row by row. The loader's order is
   * restored when priming.
   */
  private relation(x: string, ask: RelationAsk, pairs: readonly string[] | 'all'): string {
    const r = this.fresh('r');
    const o = this.fresh('o');
    const p = this.projection;
    const fields: string[] = [];
    if (p.role) fields.push(`role: ${r}.role`);
    if (p.since) fields.push(`since: ${r}.since`);
    if (p.until) fields.push(`until: ${r}.until`);
    fields.push(`other: ${this.entityRecord(o)}`);
    if (p.relationSources) fields.push(`sourceIds: coalesce(${r}.sources, [])`);
    if (ask.sources !== null && this.spend()) {
      const s = this.fresh('s');
      fields.push(`sources: COLLECT { MATCH (${s}:Source) WHERE ${s}.id IN coalesce(${r}.sources, []) RETURN ${this.sourceEntry(s, ask.sources)} }`);
    }
    // Each set of pairs to expand at a neighbour is compiled once and shared by the branches.
    const compiled = new Map<string, string>();
    const expansion = (next: readonly string[] | null) => {
      const key = keyOf(next);
      if (!compiled.has(key)) compiled.set(key, this.entity(o, ask.other!, next));
      return compiled.get(key)!;
    };
    const next = nextPairs(ask);
    // What is expanded at the neighbour, chosen by the pair that reached it; null for nothing.
    const nextField = (direction: string, branch: readonly string[] | 'all'): string | null => {
      if (ask.other === null) return null;
      if (branch === 'all') {
        // Every relationship type, both ways: the pair is known only row by row.
        const otherwise = next('*');
        const whens = Object.values(groupBy(allPairsAsked(ask), next))
          .filter((group) => otherwise === undefined || keyOf(group.next) !== keyOf(otherwise))
          .map((group) => `WHEN type(${r}) + ':' + ${direction} IN ${pairList(group.pairs)} THEN ${expansion(group.next)}`);
        if (whens.length === 0) return otherwise === undefined ? null : expansion(otherwise);
        return `CASE ${whens.join(' ')} ${otherwise === undefined ? '' : `ELSE ${expansion(otherwise)} `}END`;
      }
      const expanded = branch.filter((pair) => next(pair) !== undefined);
      const groups = Object.values(groupBy(expanded, next));
      if (groups.length === 0) return null;
      if (groups.length === 1 && expanded.length === branch.length) return expansion(groups[0]!.next);
      // Within one direction, the type names the pair.
      const types = (pairs: readonly string[]) => pairs.map((pair) => `'${pair.split(':')[0]}'`).join(', ');
      return `CASE ${groups.map((group) => `WHEN type(${r}) IN [${types(group.pairs)}] THEN ${expansion(group.next)}`).join(' ')} END`;
    };
    const entry = (direction: string, branch: readonly string[] | 'all') => {
      const expanded = nextField(direction, branch);
      return `{${[`type: type(${r})`, `direction: ${direction}`, ...fields, ...(expanded === null ? [] : [`next: ${expanded}`])].join(', ')}}`;
    };
    if (pairs === 'all') {
      const direction = `CASE WHEN startNode(${r}) = ${x} THEN 'OUT' ELSE 'IN' END`;
      return `{pairs: '*', list: [(${x})-[${r}:${ALL_TYPES}]-(${o}:Entity) | ${entry(direction, 'all')}]}`;
    }
    const lists: string[] = [];
    for (const [direction, arrow] of [['OUT', (types: string) => `(${x})-[${r}:${types}]->(${o}:Entity)`], ['IN', (types: string) => `(${x})<-[${r}:${types}]-(${o}:Entity)`]] as const) {
      const branch = pairs.filter((pair) => pair.endsWith(`:${direction}`));
      if (branch.length > 0) lists.push(`[${arrow(branch.map((pair) => pair.split(':')[0]).join('|'))} | ${entry(`'${direction}'`, branch)}]`);
    }
    // The pairs as one string, not a list: every nested entry carries them, and a string is the
    // cheaper value for Neo4j to build and for the driver to read (about 8% of a neighbourhood
    // statement's time at 10k).
    return `{pairs: '${pairs.join(',')}', list: ${lists.length === 0 ? '[]' : lists.join(' + ')}}`;
  }

  private page(x: string, ask: PageAsk): string {
    const f = this.fresh('f');
    const match = `(${f}:Figure)-[:${ask.relType}]->(${x})`;
    return (
      `{relType: '${ask.relType}', offset: ${this.param(ask.offset)}, limit: ${this.param(ask.limit)}, ` +
      `total: COUNT { MATCH ${match} }, ` +
      `figures: COLLECT { MATCH ${match} WITH ${f} ORDER BY ${f}.refersFromDay, ${f}.id SKIP ${this.param(ask.offset)} LIMIT ${this.param(ask.limit)} ` +
      `RETURN ${this.figureEntry(f, ask.figure)} }}`
    );
  }

  /** A figure's record and, when its selection asks more, its attachment. */
  figureEntry(f: string, plan: FigurePlan | null): string {
    return `{record: ${this.figureRecord(f)}${plan === null ? '' : `, att: ${this.figure(f, plan)}`}}`;
  }

  /** An entity's or a relation's source: its record and, when asked, its attachment with its claims. */
  private sourceEntry(s: string, plan: SourcePlan): string {
    return `{record: ${sourceRecord(s, this.projection)}${plan.pages.length === 0 && !plan.entities && !plan.claims ? '' : `, att: ${this.source(s, plan, true)}`}}`;
  }

  figure(f: string, plan: FigurePlan): string {
    const parts = [`id: ${f}.id`];
    const one = (type: string, entity: EntityPlan) => {
      const x = this.fresh('x');
      return `[(${f})-[:${type}]->(${x}:Entity) | ${this.entity(x, entity)}]`;
    };
    if (plan.reportedBy !== null && this.spend()) parts.push(`reportedBy: ${one('REPORTED_BY', plan.reportedBy)}`);
    if (plan.via !== null && this.spend()) parts.push(`via: ${one('VIA', plan.via)}`);
    if (plan.about !== null && this.spend()) parts.push(`about: ${one('ABOUT', plan.about)}`);
    if (plan.sources !== null && this.spend()) {
      const s = this.fresh('s');
      parts.push(`sources: [(${f})-[:CITED_IN]->(${s}:Source) | ${this.source(s, plan.sources)}]`);
    }
    if (plan.comparable !== null && this.spend()) {
      const g = this.fresh('g');
      parts.push(
        `comparable: COLLECT { MATCH (${g}:Figure {measure: ${f}.measure}) WHERE ${g} <> ${f} ` +
          `WITH ${g} ORDER BY ${g}.refersFromDay, ${g}.id LIMIT 100 RETURN ${this.figureEntry(g, plan.comparable === 'plain' ? null : plan.comparable)} }`,
      );
    }
    return `{${parts.join(', ')}}`;
  }

  /**
   * A source's attachment inside another (a figure's, an entity's, a relation's or a claim's sources): its
   * figure pages, and the entities it names and (`withClaims`) its claims when no page of whole
   * figure records sits next to them. Neo4j counts the memory of every row a sort holds with
   * all the values computed before it, even ones the rows share: a source's entity list sorted
   * next to pages of whole figures (each with its comparable figures) passed its transaction
   * limit (700 MiB) on a test source of 100 figures. A figure's sources leave their claims to
   * the loader, which reads each source once: folded into a page of 50 figures at 100k, each
   * figure carried its source's claims again (24 s against 1.1 s through the loader).
   */
  source(s: string, plan: SourcePlan, withClaims = false): string {
    const pages = plan.pages.filter(() => this.spend());
    const light = pages.length === 0 || this.projection.figureProperties !== null;
    const entities = plan.entities && light && this.spend() ? `, ${this.sourceEntities(s, plan.entitiesAsk)}` : '';
    const claims = withClaims && plan.claims && light && this.spend() ? `, ${this.sourceClaimParts(s, plan.claimsAsk)}` : '';
    return `{id: ${s}.id, pages: [${pages.map((page) => this.page(s, page)).join(', ')}]${entities}${claims}}`;
  }

  /**
   * A root read's source as separate attachments (./requestStatement.ts runs each in a branch
   * of its own, so none is counted in another's sorts): its figure pages, the entities it
   * names and its claims, each with the source's id.
   */
  sourceParts(s: string, plan: SourcePlan): string[] {
    const parts: string[] = [];
    const pages = plan.pages.filter(() => this.spend());
    if (pages.length > 0) parts.push(`{id: ${s}.id, pages: [${pages.map((page) => this.page(s, page)).join(', ')}]}`);
    if (plan.entities && this.spend()) parts.push(`{id: ${s}.id, ${this.sourceEntities(s, plan.entitiesAsk)}}`);
    if (plan.claims && this.spend()) parts.push(`{id: ${s}.id, ${this.sourceClaimParts(s, plan.claimsAsk)}}`);
    return parts;
  }

  /**
   * A source's claims as cypher/sources/claims reads them (not spellings), each with its subject
   * and sources, as the keys of a source attachment: `claims`, and what the selection asks of
   * their subjects (`claimSubjects`) and sources (`claimSources`), each entity or source once.
   */
  private sourceClaimParts(s: string, ask: SourceClaimsAsk | null): string {
    const c = this.fresh('c');
    const n = this.fresh('n');
    const cited = (claim: string) => `MATCH (${claim}:Claim)-[:CITED_IN]->(${s}) WHERE ${claim}.property <> 'alias'`;
    const parts = [
      `claims: COLLECT { ${cited(c)} MATCH (${c})-[:CLAIM_OF]->(${n}:Entity) ` +
        `WITH ${c}, ${n} ORDER BY ${n}.name, ${c}.property, ${c}.qualifier, ${c}.id LIMIT 2000 RETURN ${this.claimEntry(c, n, ask?.values ?? null)} }`,
    ];
    if (ask?.subjects != null && this.spend()) {
      const d = this.fresh('c');
      const m = this.fresh('n');
      parts.push(`claimSubjects: COLLECT { ${cited(d)} MATCH (${d})-[:CLAIM_OF]->(${m}:Entity) WITH DISTINCT ${m} RETURN ${this.entity(m, ask.subjects)} }`);
    }
    if (ask?.sources != null && this.spend()) parts.push(`claimSources: ${this.claimSources(cited, ask.sources)}`);
    return parts.join(', ');
  }

  /**
   * As cypher/sources/entities reads them; with what the selection asks of each entity
   * (`entries`: record and attachment), sorted before the attachments are built so that the
   * sort holds nodes, not relation lists.
   */
  private sourceEntities(s: string, ask: EntityPlan | null): string {
    const x = this.fresh('x');
    if (ask !== null && this.spend()) {
      return (
        `entries: COLLECT { MATCH (${x}:Entity)-[:CITED_IN]->(${s}) WITH ${x} ORDER BY ${x}.name, ${x}.id LIMIT 1000 ` +
        `RETURN {record: ${this.entityRecord(x)}, att: ${this.entity(x, ask)}} }`
      );
    }
    return `entities: COLLECT { MATCH (${x}:Entity)-[:CITED_IN]->(${s}) RETURN ${this.entityRecord(x)} AS entity ORDER BY entity.name, entity.id LIMIT 1000 }`;
  }

  private figureRecord(f: string): string {
    return figureProjection(f, this.projection, (base) => this.fresh(base));
  }

  private entityRecord(x: string): string {
    return entityProjection(x, this.projection);
  }
}

/**
 * What to expand at a neighbour, by the pair that reached it (`*` for a pair no field names,
 * under a field of every relation): undefined for nothing (no field reaching it asks more),
 * null for every pair its plan asks, or the pairs the fields that reach it ask
 * (RelationAsk.reach): a parent organisation reached by `partOf` is not asked for the members
 * that `parts` asks of the parts.
 */
function nextPairs(ask: RelationAsk): (pair: string) => readonly string[] | null | undefined {
  const expands = (pair: string) => ask.otherPairs === 'all' || ask.otherPairs.includes(pair);
  const wanted = ask.other?.relations?.pairs;
  const nextOf = (entry: RelationAsk['reach'][number]) => entry.next as readonly string[];
  if (wanted === undefined || wanted === 'all' || ask.reach.some((entry) => entry.next === 'all') || ask.reach.every((entry) => nextOf(entry).length === wanted.length)) {
    return (pair) => (expands(pair) ? null : undefined);
  }
  const byPair = new Map<string, Set<string>>();
  const otherwise = new Set<string>();
  for (const entry of ask.reach) {
    if (entry.pairs === 'all') nextOf(entry).forEach((p) => otherwise.add(p));
    else for (const reaching of entry.pairs) nextOf(entry).forEach((p) => byPair.set(reaching, (byPair.get(reaching) ?? new Set()).add(p)));
  }
  return (pair) => (expands(pair) ? [...new Set([...(byPair.get(pair) ?? []), ...otherwise])].sort() : undefined);
}

/** The pairs named by the fields of an ask (for a field of every relation, those of the others). */
function allPairsAsked(ask: RelationAsk): string[] {
  return [...new Set(ask.reach.flatMap((entry) => (entry.pairs === 'all' ? [] : entry.pairs)))];
}

const keyOf = (next: readonly string[] | null) => (next === null ? '*' : next.join(','));

/** Pairs grouped by what is expanded at the neighbours they reach; pairs expanding nothing are left out. */
function groupBy(pairs: readonly string[], next: (pair: string) => readonly string[] | null | undefined): Record<string, { pairs: string[]; next: readonly string[] | null }> {
  const groups: Record<string, { pairs: string[]; next: readonly string[] | null }> = {};
  for (const pair of pairs) {
    const set = next(pair);
    if (set === undefined) continue;
    (groups[keyOf(set)] ??= { pairs: [], next: set }).pairs.push(pair);
  }
  return groups;
}

/** What is left of a statement's budget, and whether a part was left out for want of it. */
export interface Budget {
  left: number;
  cut: boolean;
}

/** At most this many subqueries and comprehensions of attachments in a request's statement. */
export const MAX_EXPANSIONS = 60;

/** The closed list of relationship types between entities (src/ingest/bundleSchema.ts). */
const ALL_TYPES = 'MEMBER_OF|LEADS|PART_OF|OPERATED_BY|LOCATED_IN|PARTICIPATED_IN|OCCURRED_IN|PART_OF_EVENT|CITIZEN_OF|ESTABLISHED';

/** A Cypher list of pairs: from the schema's fixed table (./relationFields.ts), never from input. */
const pairList = (pairs: readonly string[]) => `[${pairs.map((pair) => `'${pair}'`).join(', ')}]`;
