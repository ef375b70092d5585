import type { QueryKind } from './documents.js';
import { httpRequest, type MixRequest, type System } from './mix.js';

export interface Answer {
  status: number;
  body: any;
  /** x-db-round-trips of our server; null for the others. */
  roundTrips: number | null;
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
  const trips = response.headers.get('x-db-round-trips');
  return { status: response.status, body: parsed, roundTrips: trips === null ? null : Number(trips), ms: performance.now() - started };
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

/** JSON with object keys sorted and arrays sorted by their canonical text: equal data, equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** True when two answers hold the same data, whatever the order of list items. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Every id in an answer (`id`, `fromId`, `toId` fields), for comparing differently shaped answers. */
export function idsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsOf(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if ((key === 'id' || key === 'fromId' || key === 'toId') && typeof inner === 'string') into.add(inner);
      else idsOf(inner, into);
    }
  }
  return into;
}

/**
 * Compares @neo4j/graphql's answer with ours by what both must contain: the same entities and
 * figures (ids), the same totals, the same path length. Returns the differences found.
 */
export function compareWithOurs(kind: QueryKind, oursBody: any, theirBody: any): string[] {
  const data = oursBody?.data;
  const their = theirBody?.data;
  const differences: string[] = [];
  const ids = (v: unknown) => [...idsOf(v)].sort().join(' ');
  switch (kind) {
    case 'entityByAlias': {
      const theirs = their?.nameKeys?.[0]?.entities?.[0];
      if (data?.entity?.id !== theirs?.id) differences.push(`entity ${data?.entity?.id} vs ${theirs?.id}`);
      break;
    }
    case 'figuresByReporter': {
      const org = their?.nameKeys?.[0]?.entities?.[0];
      if (data?.figures?.totalCount !== org?.figuresWithMembersCount) differences.push(`total ${data?.figures?.totalCount} vs ${org?.figuresWithMembersCount}`);
      const a = (data?.figures?.edges ?? []).map((e: any) => e.node.id).join(' ');
      const b = (org?.figuresWithMembers ?? []).map((f: any) => f.id).join(' ');
      if (a !== b) differences.push('different figures on the page');
      break;
    }
    case 'search':
      if (ids(data?.search) !== ids(their?.searchEntities)) differences.push('different hits');
      break;
    case 'path': {
      const length = their?.shortestPath?.length ?? 0;
      if ((data?.path?.length ?? 0) !== length) differences.push(`path length ${data?.path?.length} vs ${length}`);
      break;
    }
    case 'neighbourhood':
      if (ids(data?.node) !== ids(their?.organizations?.[0])) differences.push('different neighbours');
      break;
    case 'figurePage': {
      const conn = their?.figuresConnection;
      if (data?.figures?.totalCount !== conn?.totalCount) differences.push(`total ${data?.figures?.totalCount} vs ${conn?.totalCount}`);
      const a = (data?.figures?.edges ?? []).map((e: any) => e.node.id).join(' ');
      const b = (conn?.edges ?? []).map((e: any) => e.node.id).join(' ');
      if (a !== b) differences.push('different figures on the page');
      break;
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown kind ${String(unreachable)}`);
    }
  }
  return differences;
}
