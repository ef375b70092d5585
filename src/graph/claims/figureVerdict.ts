import { endOf, startOf } from '../partialDate.js';

/**
 * How two figures of the same measure stand to each other. Pure; never throws.
 *
 * - NOT_COMPARABLE: different currencies (one may have none). Money is never converted: a sum
 *   in dollars and one in pounds are shown side by side, neither confirming nor contradicting
 *   the other. (Units are not compared: a shared measure means the same quantity.)
 * - OTHER_PERIOD: both say which time they are about, and those times do not overlap (a
 *   December count and a March count of monthly applications).
 * - CORROBORATES: the intervals their wordings allow overlap ("hundreds" and "more than 220").
 * - CONTRADICTS: they do not ("about 20" and "more than 200").
 *
 * A figure without a stated time is taken to be about any time: it is compared with all.
 * The interval of a wording (bounds given in the figure always win):
 *   EXACT v → [v, v]; ABOUT v → [0.9v, 1.1v]; MORE_THAN / AT_LEAST v → [v, ∞);
 *   ALMOST v → [0.9v, v]; UP_TO / AT_MOST v → [0, v]; VAGUE → its bounds ("hundreds" 200..999).
 * Boundaries count as overlap: journalists round, and "more than 220" does not deny "220".
 */

export type FigureVerdict = 'CORROBORATES' | 'CONTRADICTS' | 'NOT_COMPARABLE' | 'OTHER_PERIOD';

export interface ComparableFigure {
  value: number;
  lowerBound: number | null;
  upperBound: number | null;
  qualifier: string;
  currency: string | null;
  refersTo: string | null;
  refersToEnd: string | null;
}

/** The values a figure's wording allows, as a closed interval. */
export function valueInterval(figure: ComparableFigure): [number, number] {
  const v = figure.value;
  const [low, high] = ((): [number, number] => {
    switch (figure.qualifier) {
      case 'EXACT':
        return [v, v];
      case 'ABOUT':
        return [Math.min(0.9 * v, 1.1 * v), Math.max(0.9 * v, 1.1 * v)];
      case 'MORE_THAN':
      case 'AT_LEAST':
      case 'VAGUE':
        return [v, Number.POSITIVE_INFINITY];
      case 'ALMOST':
        return [0.9 * v, v];
      case 'UP_TO':
      case 'AT_MOST':
        return [Math.min(0, v), v];
      default:
        return [v, v];
    }
  })();
  return [figure.lowerBound ?? low, figure.upperBound ?? high];
}

/** The days a figure is about, or null when it does not say. */
export function period(figure: ComparableFigure): [string, string] | null {
  if (figure.refersTo == null) return null;
  return [startOf(figure.refersTo), endOf(figure.refersToEnd ?? figure.refersTo)];
}

const differ = (a: string | null, b: string | null) => (a ?? '').toLowerCase() !== (b ?? '').toLowerCase();

export function figureVerdict(a: ComparableFigure, b: ComparableFigure): FigureVerdict {
  if (differ(a.currency, b.currency)) return 'NOT_COMPARABLE';
  const pa = period(a);
  const pb = period(b);
  if (pa !== null && pb !== null && (pa[1] < pb[0] || pb[1] < pa[0])) return 'OTHER_PERIOD';
  const [aLow, aHigh] = valueInterval(a);
  const [bLow, bHigh] = valueInterval(b);
  return aLow <= bHigh && bLow <= aHigh ? 'CORROBORATES' : 'CONTRADICTS';
}

/** Why, in a few words, for people reading the verdict. */
export function verdictReason(a: ComparableFigure, b: ComparableFigure, verdict: FigureVerdict): string {
  switch (verdict) {
    case 'NOT_COMPARABLE':
      return `different currencies (${a.currency ?? 'none'} and ${b.currency ?? 'none'}); amounts are not converted`;
    case 'OTHER_PERIOD':
      return 'about different times';
    case 'CORROBORATES':
      return 'the values their wordings allow overlap';
    case 'CONTRADICTS':
      return 'the values their wordings allow do not overlap';
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}
