import type { Token } from './tokens.js';
import { isWord, touching } from './tokens.js';

export type Qualifier = 'EXACT' | 'ABOUT' | 'MORE_THAN' | 'AT_LEAST' | 'ALMOST' | 'UP_TO' | 'AT_MOST' | 'VAGUE';

/** A number as worded in a sentence, with its hedge, bounds and currency. */
export interface NumberPhrase {
  /** Offsets of the whole phrase ("more than 220", "£8million", "the 27-year-old"). */
  start: number;
  end: number;
  /** Token index just after the phrase, where the counted noun starts. */
  next: number;
  /** Token index where the phrase starts (its hedge word, currency sign or number). */
  first: number;
  value: number;
  qualifier: Qualifier;
  lowerBound?: number;
  upperBound?: number;
  currency?: string;
  /** "age" for "27-year-old" / "aged 27"; "percent"; else "count". */
  kind: 'count' | 'age' | 'percent';
  /** An age set off as an apposition: "Alfyorov, 27, said", "Kuzminov, a 28-year-old captain,". */
  appositive?: boolean;
  /** Words of the number as shown back in statements: "more than 220", "hundreds". */
  display: string;
  /** The unit when the wording itself gives it ("around the clock": hours per day; "a month": months). */
  unit?: string;
}

const periodNouns: Record<string, string> = { day: 'days', week: 'weeks', month: 'months', year: 'years', hour: 'hours', decade: 'decades', minute: 'minutes' };

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const attachedScales: Record<string, number> = { m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, k: 1e3, million: 1e6, billion: 1e9, thousand: 1e3 };
const vague: Record<string, [number, number]> = {
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9_999_999], billions: [2e9, 9_999_999_999],
};
const months = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const symbolCurrency: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR', '₴': 'UAH', '₽': 'RUB', '¥': 'JPY' };
const wordCurrency: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', usd: 'USD', pounds: 'GBP', pound: 'GBP', sterling: 'GBP', gbp: 'GBP', euros: 'EUR', euro: 'EUR',
  eur: 'EUR', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', hryvnya: 'UAH', uah: 'UAH', roubles: 'RUB', rubles: 'RUB', rouble: 'RUB',
  ruble: 'RUB', rub: 'RUB',
};

/** Hedges before a number, longest first, as lower-case word lists. */
const hedges: Array<[string[], Qualifier | 'RANGE']> = (
  [
    ['in excess of', 'MORE_THAN'], ['upwards of', 'MORE_THAN'], ['more than', 'MORE_THAN'], ['just over', 'MORE_THAN'], ['over', 'MORE_THAN'],
    ['above', 'MORE_THAN'], ['at least', 'AT_LEAST'], ['no fewer than', 'AT_LEAST'], ['no less than', 'AT_LEAST'], ['a minimum of', 'AT_LEAST'],
    ['just under', 'ALMOST'], ['just shy of', 'ALMOST'], ['almost', 'ALMOST'], ['nearly', 'ALMOST'], ['close to', 'ALMOST'],
    ['up to', 'UP_TO'], ['as much as', 'UP_TO'], ['as many as', 'UP_TO'], ['a maximum of', 'UP_TO'], ['no more than', 'AT_MOST'],
    ['at most', 'AT_MOST'], ['fewer than', 'AT_MOST'], ['less than', 'AT_MOST'], ['under', 'AT_MOST'], ['about', 'ABOUT'],
    ['around', 'ABOUT'], ['roughly', 'ABOUT'], ['approximately', 'ABOUT'], ['an estimated', 'ABOUT'], ['some', 'ABOUT'],
    ['circa', 'ABOUT'], ['between', 'RANGE'], ['from', 'RANGE'],
  ] as Array<[string, Qualifier | 'RANGE']>
).map(([words, qualifier]): [string[], Qualifier | 'RANGE'] => [words.split(' '), qualifier])
  // Longest first, so that "no more than" wins over "more than".
  .sort((a, b) => b[0].length - a[0].length);

/** Hedges after a number, following "or": "300,000 or more". */
const trailingHedges: Record<string, Qualifier> = { more: 'AT_LEAST', above: 'AT_LEAST', so: 'ABOUT', thereabouts: 'ABOUT', fewer: 'AT_MOST', less: 'AT_MOST' };

interface RawNumber {
  value: number;
  end: number; // token index after the number
  vague?: [number, number];
}

/** Parses the number that starts at token i (digits, words, "a dozen", "half a million"); null if none. */
function parseNumber(tokens: Token[], i: number): RawNumber | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (/^\d/.test(token.text)) {
    const next = tokens[i + 1];
    let value = Number(token.text.replace(/,(?=\d{3}\b)/g, ''));
    if (!Number.isFinite(value) || /,\d{1,2}$|,\d{4,}/.test(token.text)) return null;
    let end = i + 1;
    if (next !== undefined && touching(token, next) && isWord(next)) {
      const scale = attachedScales[next.lower];
      if (scale === undefined) return null; // 319th, 4G, 10am: not a count
      value *= scale;
      end += 1;
    } else if (next !== undefined && scales[next.lower] !== undefined && next.lower !== 'hundred') {
      value *= scales[next.lower] ?? 1;
      end += 1;
    }
    return { value: round(value), end };
  }
  const lower = token.lower;
  const spread = vague[lower];
  if (spread !== undefined) {
    // "tens of thousands", "hundreds of thousands"
    if (tokens[i + 1]?.lower === 'of' && (tokens[i + 2]?.lower === 'thousands' || tokens[i + 2]?.lower === 'millions')) {
      const scale = tokens[i + 2]?.lower === 'thousands' ? 1e3 : 1e6;
      return { value: spread[0] * scale, end: i + 3, vague: [spread[0] * scale, spread[1] * scale + (scale - 1)] };
    }
    return { value: spread[0], end: i + 1, vague: spread };
  }
  if (lower === 'tens' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands') {
    return { value: 20_000, end: i + 3, vague: [20_000, 99_999] };
  }
  if (lower === 'half' && tokens[i + 1]?.lower === 'a' && (tokens[i + 2]?.lower === 'million' || tokens[i + 2]?.lower === 'billion')) {
    return { value: (scales[tokens[i + 2]?.lower ?? ''] ?? 0) / 2, end: i + 3 };
  }
  let total = 0;
  let current = 0;
  let j = i;
  let used = false;
  for (;;) {
    const word = tokens[j]?.lower ?? '';
    const unit = units[word];
    if (unit !== undefined) {
      current += unit;
      used = true;
      j += 1;
      // twenty-five
      if (tokens[j]?.text === '-' && units[tokens[j + 1]?.lower ?? ''] !== undefined && unit >= 20) {
        current += units[tokens[j + 1]?.lower ?? ''] ?? 0;
        j += 2;
      }
      continue;
    }
    if (word === 'a' && !used && (scales[tokens[j + 1]?.lower ?? ''] !== undefined || tokens[j + 1]?.lower === 'dozen')) {
      current = 1;
      used = true;
      j += 1;
      continue;
    }
    if (word === 'dozen' && used) {
      current *= 12;
      j += 1;
      continue;
    }
    if (word === 'dozen' && !used) return null;
    const scale = scales[word];
    if (scale !== undefined && used) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      j += 1;
      if (tokens[j]?.lower === 'and' && units[tokens[j + 1]?.lower ?? ''] !== undefined) j += 1;
      continue;
    }
    break;
  }
  if (!used) return null;
  const value = total + current;
  // A lone "one" is nearly always a pronoun or article ("one of the", "no one").
  if (j === i + 1 && lower === 'one') return null;
  return { value, end: j };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** True when the digits at token i are part of a name or code ("Mi-8", "Su-34", "F16", "COVID-19"). */
function insideName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i];
  if (before !== undefined && touching(before, token) && isWord(before)) return true;
  if (before?.text === '-' && touching(before, token) && touching(tokens[i - 2], before) && isWord(tokens[i - 2])) {
    return !/^(year|day|week|month|hour|minute)s?$/.test(tokens[i - 2]?.lower ?? '');
  }
  return false;
}

/** True when the number at tokens [i, end) is a date part: a year, or a day next to a month. */
function isDatePart(tokens: Token[], i: number, end: number, value: number): boolean {
  const token = tokens[i];
  if (token === undefined || !/^\d+$/.test(token.text) || end !== i + 1) return false;
  if (/^\d{4}$/.test(token.text) && value >= 1800 && value <= 2100) return true;
  if (value >= 1 && value <= 31) {
    if (months.has(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'of' && months.has(tokens[i + 2]?.lower ?? ''))) return true;
    if (months.has(tokens[i - 1]?.lower ?? '')) return true;
  }
  if (tokens[i + 1]?.text === ':' && /^\d/.test(tokens[i + 2]?.text ?? '')) return true; // 10:30
  if (tokens[i - 1]?.text === ':' && /^\d/.test(tokens[i - 2]?.text ?? '')) return true;
  return false;
}

/** "Name, 27,": digits between commas right after a capitalised word that is not a month. */
function isAppositiveAge(tokens: Token[], i: number, end: number, value: number): boolean {
  const name = tokens[i - 2];
  return (
    end === i + 1 && /^\d{1,3}$/.test(tokens[i]?.text ?? '') && value >= 14 && value <= 110 && tokens[i - 1]?.text === ',' && tokens[end]?.text === ',' &&
    name !== undefined && /^\p{Lu}\p{Ll}/u.test(name.text) && !months.has(name.lower)
  );
}

function hedgeBefore(tokens: Token[], i: number): { qualifier: Qualifier | 'RANGE'; first: number } | null {
  for (const [words, qualifier] of hedges) {
    const first = i - words.length;
    if (first < 0) continue;
    if (words.every((word, k) => tokens[first + k]?.lower === word)) return { qualifier, first };
  }
  return null;
}

/** "26,000", "1.6": thousands separated by commas, at most two decimals (toLocaleString is slow). */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Math.round(value * 100) / 100).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction !== undefined ? `.${fraction}` : ''}`;
}
const format = formatNumber;

const qualifierWords: Record<Qualifier, string> = {
  EXACT: '', ABOUT: 'about ', MORE_THAN: 'more than ', AT_LEAST: 'at least ', ALMOST: 'almost ', UP_TO: 'up to ', AT_MOST: 'at most ', VAGUE: '',
};

/**
 * Every number phrase of a sentence's tokens that states a quantity: digits ("6,543", "1.6
 * million", "£8million", "$500,000"), words ("ten", "a dozen", "half a million"), vague words
 * ("hundreds" 200..999), ranges ("between 50 and 100", "50 to 100"), ages ("the 27-year-old",
 * "aged 27") and percentages, each with its hedge (data/README.md "Qualifiers and bounds") and
 * ISO currency. Leaves out ordinals ("319th"), numbers inside names ("Mi-8"), years and day numbers
 * of dates ("in 2022", "15 September") and clock times. Pure; never throws.
 */
export function findNumberPhrases(tokens: Token[]): NumberPhrase[] {
  const found: NumberPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    if (/^\d/.test(token.text) && insideName(tokens, i)) {
      i += 1;
      continue;
    }
    // "around the clock" / "round the clock": 24 hours a day.
    if ((token.lower === 'around' || token.lower === 'round') && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'clock') {
      const last = tokens[i + 2];
      found.push({ start: token.start, end: last?.end ?? token.end, next: i + 3, first: i, value: 24, qualifier: 'EXACT', kind: 'count', display: '24', unit: 'hours per day' });
      i += 3;
      continue;
    }
    // "about a month", "almost a year": one of a period, when hedged.
    const period = periodNouns[tokens[i + 1]?.lower ?? ''];
    if ((token.lower === 'a' || token.lower === 'an') && period !== undefined && hedgeBefore(tokens, i) !== null) {
      const hedge = hedgeBefore(tokens, i);
      const qualifier = hedge?.qualifier === 'RANGE' || hedge === null ? 'EXACT' : hedge.qualifier;
      const phrase: NumberPhrase = { start: tokens[hedge?.first ?? i]?.start ?? token.start, end: tokens[i + 1]?.end ?? token.end, next: i + 2, first: hedge?.first ?? i, value: 1, qualifier, kind: 'count', display: `${qualifierWords[qualifier]}1`, unit: period };
      if (qualifier === 'MORE_THAN' || qualifier === 'AT_LEAST') phrase.lowerBound = 1;
      if (qualifier === 'ALMOST' || qualifier === 'UP_TO' || qualifier === 'AT_MOST') phrase.upperBound = 1;
      found.push(phrase);
      i += 2;
      continue;
    }
    const raw = parseNumber(tokens, i);
    if (raw === null || isDatePart(tokens, i, raw.end, raw.value)) {
      i += 1;
      continue;
    }
    let first = i;
    let currency: string | undefined;
    const sign = tokens[i - 1];
    if (sign !== undefined && symbolCurrency[sign.text] !== undefined) {
      currency = symbolCurrency[sign.text];
      first = i - 1;
      if (tokens[i - 2]?.text === 'US' && touching(tokens[i - 2], sign)) first = i - 2;
    }
    const hedge = hedgeBefore(tokens, first);
    let qualifier: Qualifier = raw.vague !== undefined ? 'VAGUE' : 'EXACT';
    let lowerBound: number | undefined = raw.vague?.[0];
    let upperBound: number | undefined = raw.vague?.[1];
    let end = raw.end;
    let kind: NumberPhrase['kind'] = 'count';
    let appositive = false;
    let display = tokens.slice(first, end).map((t) => t.text).join(' ');
    // A range: "between 50 and 100", "50 to 100", "50-100", "from 50 to 100".
    const joiner = tokens[end];
    const rangeWords = hedge?.qualifier === 'RANGE' ? ['and', 'to', '-', '–'] : ['to', '-', '–'];
    if (raw.vague === undefined && joiner !== undefined && rangeWords.includes(joiner.lower)) {
      const high = parseNumber(tokens, end + 1);
      const highIsDate = high !== null && isDatePart(tokens, end + 1, high.end, high.value);
      if (high !== null && !highIsDate && high.vague === undefined && high.value > raw.value) {
        qualifier = 'ABOUT';
        lowerBound = raw.value;
        upperBound = high.value;
        display = `between ${format(raw.value)} and ${format(high.value)}`;
        end = high.end;
      }
    }
    if (hedge !== null && hedge.qualifier !== 'RANGE' && raw.vague === undefined && upperBound === undefined) {
      qualifier = hedge.qualifier;
      first = hedge.first;
      if (qualifier === 'MORE_THAN' || qualifier === 'AT_LEAST') lowerBound = raw.value;
      if (qualifier === 'ALMOST' || qualifier === 'UP_TO' || qualifier === 'AT_MOST') upperBound = raw.value;
    } else if (hedge?.qualifier === 'RANGE' && upperBound !== undefined && raw.vague === undefined) {
      first = hedge.first;
    }
    // A hedge after the number: "300,000 or more" (AT_LEAST), "50 or so" (ABOUT), "20 or fewer" (AT_MOST).
    if (tokens[end]?.lower === 'or' && qualifier === 'EXACT' && upperBound === undefined && lowerBound === undefined) {
      const after = trailingHedges[tokens[end + 1]?.lower ?? ''];
      if (after !== undefined) {
        qualifier = after;
        if (after === 'AT_LEAST') lowerBound = raw.value;
        if (after === 'AT_MOST') upperBound = raw.value;
        end += 2;
      }
    }
    // A scale word after a range's high end or currency words: "$1 million", "500,000 dollars".
    const after = tokens[end];
    if (after !== undefined && wordCurrency[after.lower] !== undefined && (currency === undefined)) {
      currency = wordCurrency[after.lower];
      end += 1;
    }
    // Ages: "27-year-old", "27 years old", "aged 27".
    if (tokens[end]?.text === '-' && /^years?$/.test(tokens[end + 1]?.lower ?? '') && tokens[end + 3]?.lower === 'old') {
      kind = 'age';
      end += 4;
      if (tokens[first - 1]?.lower === 'the') first -= 1;
      appositive = tokens[first - 1]?.text === ',' || (/^(a|an)$/.test(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.text === ',');
    } else if (/^years?$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'old') {
      kind = 'age';
      end += 2;
    } else if (tokens[i - 1]?.lower === 'aged') {
      kind = 'age';
    } else if (isAppositiveAge(tokens, i, end, raw.value) && qualifier === 'EXACT' && currency === undefined) {
      // "Daniil Alfyorov, 27, said": a plain number set off by commas right after a name.
      kind = 'age';
      appositive = true;
    } else if (tokens[end]?.text === '%' || (tokens[end]?.lower === 'per' && tokens[end + 1]?.lower === 'cent') || tokens[end]?.lower === 'percent') {
      kind = 'percent';
      end += tokens[end]?.lower === 'per' ? 2 : 1;
    }
    const phraseStart = tokens[first]?.start ?? token.start;
    const phraseEnd = tokens[end - 1]?.end ?? token.end;
    if (upperBound === undefined || qualifier !== 'ABOUT') {
      display = `${qualifierWords[qualifier]}${raw.vague !== undefined ? token.lower : format(raw.value)}`;
    }
    const phrase: NumberPhrase = { start: phraseStart, end: phraseEnd, next: end, first, value: raw.value, qualifier, kind, display };
    if (lowerBound !== undefined) phrase.lowerBound = lowerBound;
    if (upperBound !== undefined) phrase.upperBound = upperBound;
    if (currency !== undefined) phrase.currency = currency;
    if (appositive) phrase.appositive = true;
    found.push(phrase);
    i = end;
  }
  return found;
}
