import type { TextRange } from './storyLines.js';

const abbreviations = new Set(
  'mr mrs ms dr st lt col gen sgt capt maj prof rev sen rep gov no vs etc jan feb mar apr jun jul aug sep sept oct nov dec us uk eu un e.g i.e inc ltd co corp approx fig ave mt ft'.split(' '),
);

/**
 * Splits story lines into sentences, by offsets into the same text. A sentence ends at `.`,
 * `!` or `?` (with any closing quotes or brackets) followed by a space and a capital, digit or
 * quote, except after a known abbreviation or a single initial; a line end always ends one.
 * Decimal points ("1.6") never split. Pure; never throws.
 */
export function splitSentences(text: string, lines: TextRange[]): TextRange[] {
  const sentences: TextRange[] = [];
  for (const line of lines) {
    let start = line.start;
    const boundary = /[.!?]+["”’')\]]*(?=\s)/g;
    const slice = text.slice(line.start, line.end);
    for (let match = boundary.exec(slice); match !== null; match = boundary.exec(slice)) {
      const end = line.start + match.index + match[0].length;
      const rest = text.slice(end, line.end);
      const next = /^\s+(.)/.exec(rest)?.[1] ?? '';
      if (!/[\p{Lu}\d"“‘'(\[]/u.test(next)) continue;
      if (match[0].startsWith('.') && match[0].length === 1) {
        const word = /([\p{L}.]+)$/u.exec(text.slice(start, line.start + match.index))?.[1] ?? '';
        if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
      }
      sentences.push({ start, end });
      start = end + (/^\s*/.exec(rest)?.[0].length ?? 0);
    }
    if (start < line.end) sentences.push({ start, end: line.end });
  }
  return sentences;
}
