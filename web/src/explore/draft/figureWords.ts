import { figureHedges } from '../../../../src/shared/figureHedges';
import { number } from '../format';
import type { Qualifier } from '../types';
import type { BundleFigure } from './bundle';

/** How the explorer words a draft figure before it is in the graph (the API's `display` for stored ones). */

// The server's table (one for both, so a figure reads the same once ingested); typed here by
// the schema's Qualifier, so a qualifier the table lacks fails the type check.
const hedges: Record<Qualifier, string> = figureHedges;

export const qualifierLabel: Record<Qualifier, string> = {
  EXACT: 'exact',
  ABOUT: 'about',
  MORE_THAN: 'more than',
  AT_LEAST: 'at least',
  ALMOST: 'almost',
  UP_TO: 'up to',
  AT_MOST: 'at most',
  VAGUE: 'vague (“hundreds”)',
};

/** Every qualifier of the schema, in the order the hedge menu lists them. */
export const qualifiers = Object.keys(qualifierLabel) as Qualifier[];

/** "more than 40 volunteers", "about GBP 500,000", "1,000–2,000 calls", "hundreds (~300) of soldiers". Never throws. */
export function draftFigureDisplay(figure: BundleFigure): string {
  const low = figure.lowerBound;
  const high = figure.upperBound;
  const range = figure.qualifier !== 'VAGUE' && low !== undefined && high !== undefined && low < high;
  const amount = range ? `${number(low)}–${number(high)}` : number(figure.value);
  const money = figure.currency !== undefined ? `${figure.currency} ${amount}` : amount;
  const hedge = figure.qualifier === 'VAGUE' ? 'vaguely ' : range ? '' : hedges[figure.qualifier];
  return `${hedge}${money}${figure.unit !== undefined ? ` ${figure.unit}` : ''}`;
}
