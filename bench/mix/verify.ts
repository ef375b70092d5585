import type { QueryKind } from './documents.js';
import { httpRequest, type MixRequest, type System } from './mix.js';

export interface Answer {
  status: number;
  body: any;
  /** x-db-round-trips of our server (statements sent to Neo4j); null for the others. */
  roundTrips: number | null;
  /** x-db-transactions of our server; null for the others. */
  transactions: number | null;
  ms: number;
}

/** Sends one mix request to a system (baseUrl without path) and parses the answer. */
export async function ask(baseUrl: string, system: System, item: MixRequest): Promise<Answer> {
  const { path, body } = httpRequest(system, item);
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new Error(`${system} at ${baseUrl}${path} did not answer: ${cause ?? String(error)}`);
  }
  const parsed: unknown = await response.json();
  const header = (name: string) => {
    const value = response.headers.get(name);
    return value === null ? null : Number(value);
  };
  return { status: response.status, body: parsed, roundTrips: header('x-db-round-trips'), transactions: header('x-db-transactions'), ms: performance.now() - started };
}

/** Problems with an answer on its own: HTTP status, GraphQL errors, no data. */
export function answerProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  const errors = (answer.body as { errors?: Array<{ message?: string }> })?.errors;
  if (Array.isArray(errors) && errors.length > 0) problems.push(...errors.map((e) => `error: ${e.message ?? JSON.stringify(e)}`));
  if ((answer.body as { data?: unknown })?.data == null) problems.push('no data');
  return problems;
}

/*
 * Strict comparison. Each answer is turned into one canonical form per kind that holds every
 * field the request asks for (ids, names, aliases, descriptions, values, qualifiers, dates,
 * attribution kinds, reporters, roles, relation types, directions, totals, page flags and the
 * cursor positions), whatever the shape of the API that gave it. Lists whose order the query
 * defines (search hits by score, figure pages, path steps) keep their order, so the same ids
 * in a different order is a difference. Lists whose order no query defines (an organisation's
 * members, parts and places: @neo4j/graphql gives them in store order) are compared as sorted
 * multisets of their canonical items, roles included.
 */

type Canonical = null | string | number | boolean | Canonical[] | { [key: string]: Canonical };

const text = (value: unknown): string | null => (typeof value === 'string' ? value : value == null ? null : String(value));
const num = (value: unknown): number | null => (typeof value === 'number' ? value : value == null ? null : Number(value));
const list = (value: unknown): any[] => (Array.isArray(value) ? value : []);
/** A list with no defined order: sorted by each item's canonical JSON. */
const unordered = (items: Canonical[]): Canonical[] => [...items].sort((a, b) => cmp(JSON.stringify(a), JSON.stringify(b)));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ref = (value: any): Canonical => (value == null ? null : { id: text(value.id), name: text(value.name) });
const entity = (value: any): Canonical =>
  value == null
    ? null
    : { type: text(value.__typename), id: text(value.id), name: text(value.name), aliases: list(value.aliases).map(text), ...('description' in value ? { description: text(value.description) } : {}) };
const relation = (role: unknown, other: any): Canonical => ({ role: text(role), ...(ref(other) as object) });

/** Offset of the item a cursor points at: ours `c1:<n>` (base64url), @neo4j/graphql `arrayconnection:<n>` (base64). */
function cursorOffset(cursor: unknown): number | null {
  if (typeof cursor !== 'string') return null;
  const decoded = Buffer.from(cursor, cursor.includes('+') || cursor.includes('/') || cursor.endsWith('=') ? 'base64' : 'base64url').toString('utf8');
  const match = /^(?:c1|arrayconnection):(\d+)$/.exec(decoded);
  return match === null ? null : Number(match[1]);
}

function figure(node: any, kind: unknown, reportedBy: unknown, fields: readonly string[]): Canonical {
  const out: Record<string, Canonical> = { id: text(node?.id), value: num(node?.value), qualifier: text(node?.qualifier), refersTo: text(node?.refersTo) };
  for (const field of fields) out[field] = text(node?.[field]);
  out.attributionKind = text(kind);
  out.reportedBy = ref(reportedBy);
  return out;
}

/** The canonical form of our answer (also the raw floor's, which answers in our shape). */
export function canonicalOurs(kind: QueryKind, body: any): Canonical {
  const data = body?.data;
  switch (kind) {
    case 'entityByAlias':
      return entity(data?.entity);
    case 'figuresByReporter':
      return {
        total: num(data?.figures?.totalCount),
        figures: list(data?.figures?.edges).map((e) => figure(e.node, e.node?.attribution?.kind, e.node?.attribution?.reportedBy, ['measure', 'statement'])),
      };
    case 'search':
      return list(data?.search).map((hit) => entity(hit.entity));
    case 'path':
      return list(data?.path?.steps).map((s) => ({
        relation: text(s.relation), direction: text(s.direction), role: text(s.role), from: ref(s.from), to: ref(s.to),
      }));
    case 'neighbourhood': {
      const o = data?.node;
      if (o == null) return null;
      return {
        id: text(o.id),
        name: text(o.name),
        members: unordered(list(o.members).map((m) => ({
          ...(relation(m.role, m.other) as object),
          organizations: unordered(list(m.other?.organizations).map((r) => relation(r.role, r.other))),
          events: unordered(list(m.other?.events).map((r) => relation(r.role, r.other))),
        }))),
        parts: unordered(list(o.parts).map((p) => ({
          ...(ref(p.other) as object),
          members: unordered(list(p.other?.members).map((r) => relation(r.role, r.other))),
          parts: unordered(list(p.other?.parts).map((r) => ref(r.other))),
        }))),
        partOf: unordered(list(o.partOf).map((p) => ({ ...(ref(p.other) as object), partOf: unordered(list(p.other?.partOf).map((r) => ref(r.other))) }))),
        locatedIn: unordered(list(o.locatedIn).map((p) => ({ ...(ref(p.other) as object), locatedIn: unordered(list(p.other?.locatedIn).map((r) => ref(r.other))) }))),
      };
    }
    case 'figurePage': {
      const page = data?.figures;
      return {
        total: num(page?.totalCount),
        hasNextPage: page?.pageInfo?.hasNextPage ?? null,
        endOffset: cursorOffset(page?.pageInfo?.endCursor),
        figures: list(page?.edges).map((e) => ({ at: cursorOffset(e.cursor), ...(figure(e.node, e.node?.attribution?.kind, e.node?.attribution?.reportedBy, ['unit']) as object) })),
      };
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown kind ${String(unreachable)}`);
    }
  }
}

/** The canonical form of @neo4j/graphql's answer (bench/mix/documents.ts, `neo4jGraphql`). */
export function canonicalNeo4jGraphql(kind: QueryKind, body: any): Canonical {
  const data = body?.data;
  const edges = (connection: any) => list(connection?.edges);
  switch (kind) {
    case 'entityByAlias':
      return entity(data?.nameKeys?.[0]?.entities?.[0]);
    case 'figuresByReporter': {
      const org = data?.nameKeys?.[0]?.entities?.[0];
      return {
        total: num(org?.figuresWithMembersCount),
        figures: list(org?.figuresWithMembers).map((f) => figure(f, f.attributionKind, f.reportedBy, ['measure', 'statement'])),
      };
    }
    case 'search':
      return list(data?.searchEntities).map(entity);
    case 'path':
      return list(data?.shortestPath).map((s) => ({
        relation: text(s.relation), direction: text(s.direction), role: text(s.role), from: ref({ id: s.fromId, name: s.fromName }), to: ref({ id: s.toId, name: s.toName }),
      }));
    case 'neighbourhood': {
      const o = data?.organizations?.[0];
      if (o == null) return null;
      // Our `members` is MEMBER_OF and LEADS, `parts` and `partOf` are PART_OF and OPERATED_BY,
      // a person's `organizations` is MEMBER_OF and LEADS: two fields each in this schema.
      const people = [...edges(o.membersConnection), ...edges(o.leadersConnection)];
      return {
        id: text(o.id),
        name: text(o.name),
        members: unordered(people.map((e) => ({
          ...(relation(e.properties?.role, e.node) as object),
          organizations: unordered([...edges(e.node?.organizationsConnection), ...edges(e.node?.leadsConnection)].map((r) => relation(r.properties?.role, r.node))),
          events: unordered(edges(e.node?.eventsConnection).map((r) => relation(r.properties?.role, r.node))),
        }))),
        parts: unordered([...list(o.parts), ...list(o.services)].map((p) => ({
          ...(ref(p) as object),
          members: unordered([...edges(p.membersConnection), ...edges(p.leadersConnection)].map((r) => relation(r.properties?.role, r.node))),
          parts: unordered([...list(p.parts), ...list(p.services)].map(ref)),
        }))),
        partOf: unordered([...list(o.partOf), ...list(o.operatedBy)].map((p) => ({ ...(ref(p) as object), partOf: unordered([...list(p.partOf), ...list(p.operatedBy)].map(ref)) }))),
        locatedIn: unordered(list(o.locatedIn).map((p) => ({ ...(ref(p) as object), locatedIn: unordered(list(p.locatedIn).map(ref)) }))),
      };
    }
    case 'figurePage': {
      const page = data?.figuresConnection;
      return {
        total: num(page?.totalCount),
        hasNextPage: page?.pageInfo?.hasNextPage ?? null,
        endOffset: cursorOffset(page?.pageInfo?.endCursor),
        figures: edges(page).map((e) => ({ at: cursorOffset(e.cursor), ...(figure(e.node, e.node?.attributionKind, e.node?.reportedBy, ['unit']) as object) })),
      };
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown kind ${String(unreachable)}`);
    }
  }
}

/** Where two canonical forms first differ (`path: ours vs theirs`), or null when they are equal. */
export function firstDifference(a: Canonical, b: Canonical, path = ''): string | null {
  const show = (v: Canonical) => {
    const json = JSON.stringify(v);
    return json.length > 120 ? `${json.slice(0, 117)}...` : json;
  };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const inner = firstDifference(a[i]!, b[i]!, `${path}[${i}]`);
      if (inner !== null) return inner;
    }
    return a.length === b.length ? null : `${path || 'list'}: ${a.length} vs ${b.length} items`;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    // `id` first, so that a different item is reported as such rather than by its first other field.
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => (x === 'id' ? -1 : y === 'id' ? 1 : cmp(x, y)))) {
      const inner = firstDifference(a[key] ?? null, b[key] ?? null, path === '' ? key : `${path}.${key}`);
      if (inner !== null) return inner;
    }
    return null;
  }
  return a === b ? null : `${path || 'answer'}: ${show(a)} vs ${show(b)}`;
}

/** True when the canonical answer holds nothing (no entity, no hits, no path, no figures). */
export function isEmptyAnswer(kind: QueryKind, canonical: Canonical): boolean {
  if (canonical === null) return true;
  if (Array.isArray(canonical)) return canonical.length === 0;
  if (kind === 'figuresByReporter' || kind === 'figurePage') return list((canonical as { figures?: unknown }).figures).length === 0;
  return false;
}

/**
 * Compares another system's answer with ours, exactly (see the canonical forms above). Returns
 * the differences found: empty when both hold the same data.
 */
export function compareWithOurs(kind: QueryKind, oursBody: unknown, otherBody: unknown, other: 'neo4j-graphql' | 'raw'): string[] {
  const mine = canonicalOurs(kind, oursBody);
  const theirs = other === 'raw' ? canonicalOurs(kind, otherBody) : canonicalNeo4jGraphql(kind, otherBody);
  const difference = firstDifference(mine, theirs);
  return difference === null ? [] : [difference];
}
