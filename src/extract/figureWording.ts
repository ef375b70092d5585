import type { SentenceAttribution } from './attribution.js';
import type { CountedNoun } from './countedNoun.js';
import { formatNumber, type NumberPhrase } from './numberPhrases.js';
import type { KnownMeasure } from './resolverTypes.js';
import { slug } from './mentions.js';

/** "hotline" for org:i-want-to-live-hotline: the last word of an id, a measure's subject. */
export function subjectKey(entityId: string): string {
  const words = entityId.slice(entityId.indexOf(':') + 1).split('-');
  return words[words.length - 1] || 'article';
}

/** The unit of a figure: the counted noun with its rate ("hours per day"), years for ages. */
export function unitOf(phrase: NumberPhrase, noun: CountedNoun): string | undefined {
  if (phrase.kind === 'age') return 'years';
  if (phrase.kind === 'percent') return 'percent';
  if (phrase.unit !== undefined) return phrase.unit;
  if (noun.head === undefined) return undefined;
  return noun.rate !== undefined ? `${noun.head} per ${noun.rate}` : noun.head;
}

/**
 * The measure key: an existing figure's key when one about the same entities has the same unit
 * (or currency), else `<subject>.<noun>.<total|per-day|...>`; ages are `person.age`.
 * Pure; never throws; always a valid dotted key.
 */
export function measureOf(phrase: NumberPhrase, noun: CountedNoun, unit: string | undefined, about: string[], known: KnownMeasure[]): string {
  if (phrase.kind === 'age') return 'person.age';
  const reuse = known.find(
    (k) =>
      k.about.some((id) => about.includes(id)) &&
      ((unit !== undefined && k.unit === unit) || (phrase.currency !== undefined && k.currency === phrase.currency && unit === undefined)),
  );
  if (reuse !== undefined) return reuse.measure;
  const subject = slug(subjectKey(about[0] ?? 'article')) || 'article';
  const quantity = phrase.unit !== undefined ? slug(phrase.unit.split(' ')[0] ?? 'quantity') : phrase.currency !== undefined ? `amount-${phrase.currency.toLowerCase()}` : slug(noun.head ?? (phrase.kind === 'percent' ? 'percent' : 'quantity')) || 'quantity';
  const detail = noun.rate !== undefined ? `per-${noun.rate}` : 'total';
  return `${subject}.${quantity}.${detail}`;
}

/** What is counted, in template words (never a sentence of the article). */
export function countsOf(phrase: NumberPhrase, noun: CountedNoun, aboutName: string | undefined): string {
  if (phrase.kind === 'age') return `Age of ${aboutName ?? 'the person named'}, in years (as reported)`;
  if (phrase.currency !== undefined) return `Amount of money in ${phrase.currency}${aboutName !== undefined ? ` concerning ${aboutName}` : ''} (as reported)`;
  if (phrase.unit !== undefined && noun.phrase === undefined) return `${phrase.unit} (as reported)`;
  if (noun.phrase === undefined) return `Number stated in the article${aboutName !== undefined ? ` about ${aboutName}` : ''} (what it counts was not recognised)`;
  return `${noun.phrase}${noun.rate !== undefined ? ` per ${noun.rate}` : ''} (as reported)`;
}

function valueDisplay(phrase: NumberPhrase): string {
  if (phrase.currency !== undefined) {
    const amount = formatNumber(phrase.value);
    return `${phrase.display.replace(/[\d.,]+.*$/, '')}${phrase.currency} ${amount}`.trim();
  }
  return phrase.display;
}

const verbs: Record<SentenceAttribution['kind'], string> = {
  ASSERTED: 'states', SAID: 'said', CLAIMED: 'claimed', ESTIMATED: 'estimated', REPORTED: 'reportedly gave', CONFIRMED: 'confirmed',
};

/** One sentence in our words: "<Reporter> said that the figure was <value> <noun>." */
export function statementOf(phrase: NumberPhrase, noun: CountedNoun, attribution: SentenceAttribution, reporter: string | undefined, via: string | undefined, aboutName: string | undefined): string {
  const what =
    phrase.kind === 'age'
      ? `the age of ${aboutName ?? 'the person named'} as ${phrase.value} years`
      : `${valueDisplay(phrase)}${noun.phrase !== undefined ? ` ${noun.phrase}` : phrase.unit !== undefined ? ` ${phrase.unit}` : ''}${noun.rate !== undefined ? ` per ${noun.rate}` : ''}`;
  const viaText = via !== undefined ? `, as passed on by ${via}` : '';
  switch (attribution.kind) {
    case 'ASSERTED':
      return `The outlet states a figure of ${what}.`;
    case 'REPORTED':
      return `The outlet reports, without naming a source, a figure of ${what}.`;
    default:
      return `${capitalise(reporter ?? 'An unnamed source')} ${verbs[attribution.kind]} that the figure was ${what}${viaText}.`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
