import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, encodeCursor, pageWindow, toConnection } from '../../src/graph/pagination.js';

/** The error pageWindow throws, as a client would see its message and code. */
function rejection(first: number | null | undefined, after: string | null | undefined) {
  try {
    pageWindow(first, after);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
  }
  throw new Error('pageWindow did not throw');
}

describe('page windows', () => {
  it('starts at the first item with 20 items when neither first nor after is given', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow(null, null)).toEqual({ offset: 0, limit: 20 });
  });

  it('accepts page sizes from 1 to the cap of 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageWindow(1, null)).toEqual({ offset: 0, limit: 1 });
    expect(pageWindow(100, null)).toEqual({ offset: 0, limit: 100 });
  });

  it('rejects a page size above the cap with BAD_USER_INPUT', () => {
    expect(rejection(101, null)).toEqual({ message: 'first: expected an integer from 1 to 100, got 101', code: 'BAD_USER_INPUT' });
  });

  it.each([0, -1, 2.5])('rejects the page size %s with BAD_USER_INPUT', (first) => {
    expect(rejection(first, null)).toEqual({ message: `first: expected an integer from 1 to 100, got ${first}`, code: 'BAD_USER_INPUT' });
  });

  it('continues right after the item whose cursor is given', () => {
    expect(pageWindow(5, encodeCursor(0))).toEqual({ offset: 1, limit: 5 });
    expect(pageWindow(5, encodeCursor(41))).toEqual({ offset: 42, limit: 5 });
  });

  it('makes opaque cursors that do not show the offset as a plain number', () => {
    expect(encodeCursor(41)).toMatchInlineSnapshot(`"YzE6NDE"`);
    expect(encodeCursor(41)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['a string that is not base64', 'not a cursor!'],
    ['an empty string', ''],
    ['base64 of something else', Buffer.from('offset:3').toString('base64url')],
    ['a negative offset', Buffer.from('c1:-1').toString('base64url')],
    ['an offset of ten digits', Buffer.from('c1:1234567890').toString('base64url')],
    ['a cursor longer than 40 characters', 'A'.repeat(41)],
  ])('rejects %s as a cursor with BAD_USER_INPUT', (_, after) => {
    expect(rejection(10, after)).toEqual({
      message: `after: expected a cursor from pageInfo.endCursor, got ${JSON.stringify(after.slice(0, 60))}`,
      code: 'BAD_USER_INPUT',
    });
  });

  it('quotes at most 60 characters of a bad cursor in the message', () => {
    expect(rejection(10, `${'!'.repeat(100)}`).message).toBe(`after: expected a cursor from pageInfo.endCursor, got "${'!'.repeat(60)}"`);
  });
});

describe('connections', () => {
  it('says there is a next page while items remain after this one', () => {
    const connection = toConnection(['a', 'b'], 0, 5);
    expect(connection).toEqual({
      edges: [
        { node: 'a', cursor: encodeCursor(0) },
        { node: 'b', cursor: encodeCursor(1) },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor(0), endCursor: encodeCursor(1) },
      totalCount: 5,
    });
  });

  it('says there is no next page on the last page, and a previous one', () => {
    const connection = toConnection(['d', 'e'], 3, 5);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor(3), endCursor: encodeCursor(4) });
    expect(connection.edges.map((edge) => edge.cursor)).toEqual([encodeCursor(3), encodeCursor(4)]);
  });

  it('gives null cursors and no next page for an empty listing', () => {
    expect(toConnection([], 0, 0)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
  });

  it('pages through a listing with endCursor without skipping or repeating an item', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const { offset, limit } = pageWindow(3, after);
      const connection = toConnection(all.slice(offset, offset + limit), offset, all.length);
      seen.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});
