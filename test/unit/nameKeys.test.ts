import { describe, expect, it } from 'vitest';
import { looseKey, spellingVariants, strictKey } from '../../src/graph/nameKeys.js';

describe('name keys', () => {
  it('folds case, diacritics and punctuation in the strict key', () => {
    expect(strictKey('  Alfyórov ')).toBe('alfyorov');
    expect(strictKey('“I want to live”')).toBe('i want to live');
    expect(strictKey('The Financial Times')).toBe('financial times');
  });

  it('transliterates Cyrillic spellings to the Latin key', () => {
    expect(strictKey('Максим Кузьминов')).toBe('maksim kuzminov');
    expect(strictKey('Київ')).toBe('kyiv');
    expect(strictKey('Віталій Матвієнко')).toBe('vitalii matviienko');
  });

  it.each([
    ['Alfyorov', 'Alferov'],
    ['Алфёров', 'Alferov'],
    ['Matviyenko', 'Matvienko'],
    ['Matviienko', 'Matvienko'],
    ['Maxim', 'Maksim'],
    ['Vitaliy', 'Vitaly'],
    ['Віталій Матвієнко', 'Vitaliy Matvienko'],
  ])('gives %s and %s the same loose key', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it('keeps different names apart', () => {
    expect(looseKey('Kherson')).not.toBe(looseKey('Poltava'));
    expect(looseKey('Putin')).not.toBe(looseKey('Kuzminov'));
  });
});

describe('wider transliteration (news spellings)', () => {
  it.each([
    ['Alfiorov', 'Alferov'],
    ['Alfjorov', 'Alfyorov'],
    ['Vitalii', 'Vitaly'],
    ['Kharkiv', 'Charkiv'],
    ['Kharkiv', 'Harkiv'],
    ['Zelensky', 'Selensky'],
    ['Zelenskyy', 'Zelenskiy'],
    ['Andriy Yusov', 'Andrii Iusov'],
    ['Maksym Kuzminov', 'Maxim Kuzminov'],
    ['Fyodorov', 'Fedorov'],
    ['Yevgeny', 'Evgeny'],
  ])('gives %s and %s the same loose key', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it('splits "Long Name (ABBR)" into the long name and the abbreviation', () => {
    expect(spellingVariants('Defence Intelligence of Ukraine (DIU)')).toEqual([
      'Defence Intelligence of Ukraine (DIU)',
      'Defence Intelligence of Ukraine',
      'DIU',
    ]);
    expect(spellingVariants('Kyiv')).toEqual(['Kyiv']);
  });
});
