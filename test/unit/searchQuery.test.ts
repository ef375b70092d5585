import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/graph/searchQuery.js';

/** The words a query searches for, in order: what is left of the user's text. */
const words = (text: string) => [...(luceneQuery(text) ?? '').matchAll(/name:\((\S+?)\^4/g)].map((match) => match[1]);

describe('search queries', () => {
  it('weighs a word in the name above an alias above the description, with prefix and typo matches', () => {
    expect(luceneQuery('Kuzminov')).toMatchInlineSnapshot(
      `"(name:(kuzminov^4 OR kuzminov*^2 OR kuzminov~2)^6 OR aliasText:(kuzminov^4 OR kuzminov*^2 OR kuzminov~2)^4 OR description:(kuzminov^4 OR kuzminov*^2 OR kuzminov~2))"`,
    );
  });

  it('allows one typo in words of four to six letters and two from seven, and no prefix for one letter', () => {
    expect(luceneQuery('GUR a')).toMatchInlineSnapshot(
      `"(name:(gur^4 OR gur*^2)^6 OR aliasText:(gur^4 OR gur*^2)^4 OR description:(gur^4 OR gur*^2)) OR (name:(a^4)^6 OR aliasText:(a^4)^4 OR description:(a^4))"`,
    );
    expect(luceneQuery('Kyiv')).toContain('kyiv~1');
    expect(luceneQuery('Poltava')).toContain('poltava~2');
  });

  it.each([
    ['name:foo~ AND bar*', ['name', 'foo', 'and', 'bar']],
    ['"unterminated', ['unterminated']],
    ['[a TO z]', ['a', 'to', 'z']],
    ['+must -not !bang (group) {range} ^boost ?any \\escape /regex/ && ||', ['must', 'not', 'bang', 'group', 'range', 'boost', 'any', 'escape', 'regex']],
  ])('reads the Lucene syntax in %s as the plain words %o', (text, expectedWords) => {
    expect(words(text)).toEqual(expectedWords);
    // Only the query's own syntax is left: no quote, bracket, colon after a word, or backslash of the user's.
    const query = luceneQuery(text)!;
    expect(query.replace(/\b(name|aliasText|description):/g, '')).not.toMatch(/["[\]{}\\/:!&|+-]/);
    expect(query).not.toMatch(/\bAND\b|\bNOT\b|\bTO\b/);
  });

  it.each(['', '   ', '*', '~', '((((', '&& || !', '"'])('gives no query for %o, which has no word in it', (text) => {
    expect(luceneQuery(text)).toBeNull();
  });

  it('lower-cases, folds full-width letters and keeps Cyrillic', () => {
    expect(words('Максим ＫＵＺＭＩＮＯＶ')).toEqual(['максим', 'kuzminov']);
  });

  it('searches at most the first 12 words', () => {
    const text = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(words(text)).toEqual(Array.from({ length: 12 }, (_, i) => `w${i}`));
  });

  it('keeps a word with combining vowel signs whole, as the index has it (Hindi, Thai), instead of splitting it into letters', () => {
    expect(words('हिन्दी')).toEqual(['हिन्दी']);
    expect(words('ที่นี่')).toEqual(['ที่นี่']);
  });
});
