import { hedgeWord } from '../shared/figureHedges.js';
import type { FigureRecord } from './records.js';

function vagueWord(figure: Pick<FigureRecord, 'value' | 'upperBound'>): string {
  const top = figure.upperBound ?? figure.value;
  if (top >= 1_000_000) return 'millions';
  if (top >= 1_000 && figure.value >= 1_000) return 'thousands';
  if (top >= 100 && figure.value >= 100) return 'hundreds';
  if (top >= 10 && figure.value >= 10) return 'dozens';
  return 'some';
}

/**
 * The figure in words: "more than 220 soldiers", "almost 3,000 applications",
 * "up to GBP 500,000", "hundreds of soldiers". Never throws.
 */
export function displayFigure(figure: Pick<FigureRecord, 'value' | 'upperBound' | 'qualifier' | 'unit' | 'currency'> & { lowerBound?: number | null }): string {
  const format = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  // A stated range ("between 50 and 100"): both bounds, apart.
  const low = figure.lowerBound;
  const high = figure.upperBound;
  const range = figure.qualifier !== 'VAGUE' && low != null && high != null && low < high;
  const number = range ? `${format(low)}–${format(high)}` : format(figure.value);
  if (figure.qualifier === 'VAGUE') {
    const word = vagueWord(figure);
    // "hundreds of soldiers", but "some soldiers".
    return figure.unit ? `${word}${word === 'some' ? '' : ' of'} ${figure.unit}` : word;
  }
  const amount = figure.currency ? `${figure.currency} ${number}` : number;
  return `${range ? '' : hedgeWord(figure.qualifier)}${amount}${figure.unit ? ` ${figure.unit}` : ''}`;
}
