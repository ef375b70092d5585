import { extractError, ExtractReason } from './extractError.js';

/** Largest input accepted, in UTF-16 code units (a long feature is ~60,000). */
export const maxInputLength = 200_000;

const stopWords = new Set(
  'the a an of to in and is was were are for on that with as by at from it his her their has have had be been this which who not but or said will would its after than more they he she into about over'.split(
    ' ',
  ),
);

/**
 * Share of word tokens that are common English function words. English news prose scores
 * about 0.3-0.5; other languages in Latin script score under 0.1, other scripts 0.
 * Pure; never throws; 0 for text without words.
 */
export function englishStopWordRatio(text: string): number {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (stopWords.has(word)) hits += 1;
  return hits / words.length;
}

/**
 * Throws the extractor's BAD_USER_INPUT error (with a reason) when the input cannot be an
 * English article: empty, binary (NUL or many control characters, replacement characters of a
 * failed decoding), over `maxInputLength`, or with too few English function words.
 * Returns nothing when the input is usable.
 */
export function checkInput(input: string): void {
  if (input.length > maxInputLength) {
    throw extractError(ExtractReason.TOO_LARGE, `expected at most ${maxInputLength} characters, got ${input.length}`);
  }
  if (input.trim() === '') throw extractError(ExtractReason.EMPTY_TEXT, 'expected article text, got an empty input');
  const sample = input.slice(0, 20_000);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length / 100) {
    throw extractError(ExtractReason.NOT_TEXT, 'expected text, got binary data');
  }
}

/** Throws NOT_ENGLISH when the story text has too few English function words (see above). */
export function checkEnglish(storyText: string): void {
  const words = storyText.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) throw extractError(ExtractReason.EMPTY_TEXT, 'expected article text, got no words');
  const ratio = englishStopWordRatio(storyText);
  if (ratio < 0.12) {
    throw extractError(
      ExtractReason.NOT_ENGLISH,
      `expected English text, got a text where ${Math.round(ratio * 100)}% of words are common English words`,
    );
  }
}
