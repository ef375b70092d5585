import { describe, expect, it } from 'vitest';
import neo4j, { Node, Relationship } from 'neo4j-driver';
import { toNative, toNativeInPlace } from '../../src/db/toNative.js';

const sample = () => ({
  id: 'person:a',
  count: neo4j.int(42),
  missing: undefined,
  nothing: null,
  list: [neo4j.int(1), 'two', { deep: neo4j.int(3), flag: true }],
  node: new Node(neo4j.int(7), ['Person'], { name: 'A', born: neo4j.int(1970) }, 'e7'),
  rel: new Relationship(neo4j.int(8), neo4j.int(7), neo4j.int(9), 'MEMBER_OF', { since: neo4j.int(2001) }, 'e8', 'e7', 'e9'),
  day: new neo4j.types.Date(2024, 2, 29),
  value: 1.5,
});
const expected = {
  id: 'person:a',
  count: 42,
  missing: null,
  nothing: null,
  list: [1, 'two', { deep: 3, flag: true }],
  node: { name: 'A', born: 1970 },
  rel: { since: 2001 },
  day: '2024-02-29',
  value: 1.5,
};

describe('toNative', () => {
  it('turns driver values into plain JSON values and leaves its argument as it was', () => {
    const value = sample();
    expect(toNative(value)).toEqual(expected);
    expect(neo4j.isInt(value.count)).toBe(true);
    expect(neo4j.isInt((value.list[2] as { deep: unknown }).deep)).toBe(true);
  });

  it('converts a value it owns where it is, with the same result', () => {
    const value = sample();
    const converted = toNativeInPlace(value);
    expect(converted).toEqual(expected);
    expect(converted).toBe(value);
  });

  it('maps null, undefined and scalars as before', () => {
    for (const convert of [toNative, toNativeInPlace]) {
      expect(convert(undefined)).toBeNull();
      expect(convert(null)).toBeNull();
      expect(convert('x')).toBe('x');
      expect(convert(neo4j.int(-5))).toBe(-5);
      expect(convert([undefined])).toEqual([null]);
    }
  });
});
