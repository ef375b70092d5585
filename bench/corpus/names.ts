/**
 * Invented, pronounceable names that never collide. Every entity of the corpus gets a distinct
 * number; `word(n)` spells it as consonant-vowel syllables. The letters avoid everything the
 * loose name key folds (h, j, w, x, y, doubled letters, "ts"), so distinct numbers give distinct
 * strict and loose keys, and no alias of one entity can name another (data/README.md, Aliases).
 */

const consonants = 'bdfgklmnprstvz';
const vowels = 'aeiou';
const base = consonants.length * vowels.length;

const firstThreeSyllables = base ** 2;
const span = base ** 4 - firstThreeSyllables;
/** Coprime to `span`, so `scatter` is a bijection of 0..span-1. */
const multiplier = 7_368_787;

/**
 * The number as syllables (three or four): distinct numbers below 24 million give distinct
 * words, scattered so that consecutive numbers do not share a first syllable
 * (0 -> "bebaba", 1 -> "kemutoli").
 */
export function word(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= span) throw new Error(`word: expected an integer 0..${span - 1}, got ${n}`);
  // n * multiplier < 2^53, so plain numbers are exact.
  let rest = firstThreeSyllables + ((n * multiplier) % span);
  let out = '';
  let syllables = 0;
  do {
    const digit = rest % base;
    out = consonants[Math.floor(digit / vowels.length)]! + vowels[digit % vowels.length]! + out;
    rest = Math.floor(rest / base);
    syllables++;
  } while (rest > 0 || syllables < 3);
  return out;
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The id part of a name: "Ministry of Health of Bakoda" -> "ministry-of-health-of-bakoda". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const toCyrillic: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'ы', z: 'з',
};

/** The name as it would be written in Cyrillic, for transliteration aliases ("Бакода"). */
export function cyrillic(text: string): string {
  return [...text]
    .map((char) => {
      const lower = char.toLowerCase();
      const mapped = toCyrillic[lower];
      if (mapped === undefined) return char;
      return char === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
    })
    .join('');
}

/**
 * Another romanisation of the same name ("Bakodi" -> "Bakody", "Veneda" -> "Veneyeda"): the
 * strict key differs, the loose key is the same, as with Alfyorov and Alferov. Null when the
 * word has no letter that is romanised two ways.
 */
export function variantSpelling(text: string): string | null {
  if (text.includes('i')) return text.replace(/i/g, 'y');
  const e = text.indexOf('e', 1);
  if (e > 0) return `${text.slice(0, e)}ye${text.slice(e + 1)}`;
  return null;
}

/** One typo: a vowel replaced by the next vowel ("bakoda" -> "bakuda"), for fuzzy search. */
export function typo(text: string, at: number): string {
  const positions = [...text].flatMap((char, index) => (vowels.includes(char) && index > 0 ? [index] : []));
  if (positions.length === 0) return text;
  const index = positions[at % positions.length]!;
  const next = vowels[(vowels.indexOf(text[index]!) + 1) % vowels.length]!;
  return text.slice(0, index) + next + text.slice(index + 1);
}

export const givenNames = [
  'Anna', 'Boris', 'Daria', 'Elena', 'Fedor', 'Galina', 'Ivan', 'Kira', 'Lev', 'Marina', 'Nikita',
  'Oleg', 'Pavel', 'Roman', 'Sofia', 'Taras', 'Vera', 'Zoran', 'Lidia', 'Marek', 'Nadia', 'Petra',
  'Stefan', 'Tomas', 'Ursula', 'Viktor', 'Alma', 'Bruno', 'Clara', 'Dmitri', 'Emil', 'Greta',
] as const;
