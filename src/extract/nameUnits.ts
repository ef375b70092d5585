import type { Token } from './tokens.js';
import { touching } from './tokens.js';

/** A word of a name: one token, or hyphenated tokens joined ("prisoner-of-war"). */
export interface NameUnit {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** Index of the first token of the unit in the sentence's tokens. */
  token: number;
  /** Index of the unit's chunk: names never span punctuation other than quotes and hyphens. */
  chunk: number;
}

const quotes = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

/**
 * The words of a sentence grouped for name matching: hyphenated words joined, quote marks
 * skipped, and a new chunk after any other punctuation or a number. Pure; never throws.
 */
export function nameUnits(tokens: Token[]): NameUnit[] {
  const units: NameUnit[] = [];
  let chunk = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (quotes.has(token.text)) continue;
    if (!/^\p{L}/u.test(token.text)) {
      chunk += 1;
      continue;
    }
    const last = units[units.length - 1];
    const hyphen = tokens[i - 1];
    if (last !== undefined && hyphen?.text === '-' && touching(hyphen, token) && last.end === hyphen.start && last.chunk === chunk - 1) {
      last.text += `-${token.text}`;
      last.lower = last.text.toLowerCase();
      last.end = token.end;
      chunk -= 1;
      continue;
    }
    units.push({ text: token.text, lower: token.lower, start: token.start, end: token.end, capitalised: /^\p{Lu}/u.test(token.text), token: i, chunk });
  }
  return units;
}

/** The unit's text without a possessive ending ("Ukraine’s" -> "Ukraine"). */
export function withoutPossessive(text: string): string {
  return text.replace(/['’ʼ]s$/u, '');
}
