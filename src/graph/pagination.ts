import { badUserInput } from '../errors/codes.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Opaque cursor of the item at `offset` in a listing. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`c1:${offset}`, 'utf8').toString('base64url');
}

/**
 * Turns `first`/`after` into an offset and limit. Throws BAD_USER_INPUT for a page size out of
 * range or a cursor this server did not make.
 */
export function pageWindow(first: number | null | undefined, after: string | null | undefined): { offset: number; limit: number } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first: expected an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(first)}`);
  }
  if (after === null || after === undefined) return { offset: 0, limit };
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const match = /^c1:(\d{1,9})$/.exec(decoded);
  if (match === null) {
    throw badUserInput(`after: expected a cursor from pageInfo.endCursor, got ${JSON.stringify(after.slice(0, 60))}`);
  }
  return { offset: Number(match[1]) + 1, limit };
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T>(items: T[], offset: number, total: number): Connection<T> {
  const edges = items.map((node, index) => ({ node, cursor: encodeCursor(offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}
