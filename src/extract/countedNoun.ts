import type { NumberPhrase } from './numberPhrases.js';
import type { Token } from './tokens.js';

/** What a number counts, read from the words after it. */
export interface CountedNoun {
  /** The noun phrase as worded ("Russian soldiers"), or undefined when none could be read. */
  phrase?: string;
  /** Its head, lower case ("soldiers"). */
  head?: string;
  /** "day", "week", ... when the count is a rate ("24 hours a day"). */
  rate?: string;
}

const stops = new Set(
  'have has had were was are is be been will would could can may might got get gets came come went that who which when where and or but to in on at by for from with since as than into through under over after before about of it they he she we this these those said told reportedly also not all most each every per a an the'.split(
    ' ',
  ),
);
const irregularPlurals = new Set(['people', 'men', 'women', 'children', 'staff', 'personnel', 'police', 'crew', 'cattle', 'aircraft', 'equipment']);
const periods = new Set(['day', 'week', 'month', 'year', 'hour', 'night']);

const isPlural = (word: string) => irregularPlurals.has(word) || /^\p{Ll}{2,}men$/u.test(word) || (/^\p{Ll}[\p{Ll}-]*s$/u.test(word) && !/(ss|us|is|ous)$/.test(word) && word.length > 3);

/**
 * The noun a number counts: the words after it up to the first plural noun ("11 Russian soldiers",
 * "hundreds of Russian soldiers", "a dozen soldiers"), "of those" taking the previous noun of the
 * sentence, and a rate ("a day", "per week", "every week") before the next number.
 * Pure; never throws.
 */
export function countedNoun(tokens: Token[], phrase: NumberPhrase, nextPhraseStart: number, previous: CountedNoun | undefined): CountedNoun {
  let i = phrase.next;
  if (tokens[i]?.lower === 'of') {
    if (/^(those|them|these|which|whom)$/.test(tokens[i + 1]?.lower ?? '')) return previous ?? {};
    i += 1;
    if (tokens[i]?.lower === 'the') i += 1;
  }
  const words: string[] = [];
  let head: string | undefined;
  let headEnd = i;
  for (; i < tokens.length && words.length < 5; i += 1) {
    const token = tokens[i];
    if (token === undefined || token.start >= nextPhraseStart) break;
    if (token.text === '-' && words.length > 0 && /^\p{L}/u.test(tokens[i + 1]?.text ?? '')) {
      words[words.length - 1] += `-${tokens[i + 1]?.text ?? ''}`;
      i += 1;
      if (isPlural(words[words.length - 1]?.toLowerCase() ?? '')) {
        head = words[words.length - 1]?.toLowerCase();
        headEnd = i + 1;
        break;
      }
      continue;
    }
    if (!/^\p{L}/u.test(token.text) || stops.has(token.lower)) break;
    words.push(token.text);
    if (isPlural(token.lower)) {
      head = token.lower;
      headEnd = i + 1;
      break;
    }
  }
  const noun: CountedNoun = {};
  if (head !== undefined) {
    noun.head = head;
    noun.phrase = words.join(' ');
  }
  for (let k = head !== undefined ? headEnd : phrase.next; k < Math.min(tokens.length, headEnd + 9); k += 1) {
    const token = tokens[k];
    if (token === undefined || token.start >= nextPhraseStart) break;
    if (/^(a|per|every|each)$/.test(token.lower) && periods.has(tokens[k + 1]?.lower ?? '')) {
      noun.rate = tokens[k + 1]?.lower;
      break;
    }
  }
  return noun;
}
