/** A word, number or punctuation mark of the text, by its offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const tokenPattern = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

/** Tokens of `text[start, end)`, offsets into `text`. Pure; never throws. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(tokenPattern)) {
    const at = start + (match.index ?? 0);
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start: at, end: at + match[0].length });
  }
  return tokens;
}

/** True when two tokens touch (no space between them). */
export function touching(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

export const isWord = (token: Token | undefined): boolean => token !== undefined && /^\p{L}/u.test(token.text);
export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);
