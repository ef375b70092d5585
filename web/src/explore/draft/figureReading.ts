import { attributionLabel, partialDate } from '../format';
import type { BundleFigure } from './bundle';
import { draftFigureDisplay, qualifierLabel } from './figureWords';
import { entityName, type ReviewState } from './reviewState';

/** What was read from a figure's number phrase, as label/value lines: the page shows them on the highlight and in the list. */
export function figureReading(state: ReviewState, figure: BundleFigure): Array<[string, string]> {
  const a = figure.attribution;
  const lines: Array<[string, string]> = [
    ['Figure', draftFigureDisplay(figure)],
    ['Hedge', qualifierLabel[figure.qualifier]],
    ['Counts', figure.counts],
    ['How', attributionLabel[a.kind]],
    ['Reported by', a.reportedBy !== undefined ? entityName(state, a.reportedBy) : a.reporterLabel !== undefined ? `${a.reporterLabel} (unnamed)` : '—'],
  ];
  if (a.via !== undefined) lines.push(['Via', entityName(state, a.via)]);
  const when = figure.refersTo !== undefined ? partialDate(figure.refersTo) + (figure.refersToEnd !== undefined ? ` to ${partialDate(figure.refersToEnd)}` : '') : figure.refersToLabel;
  lines.push(['Refers to', when ?? 'no time given']);
  return lines;
}

/** The reading in one line, for a highlight's tooltip. */
export function figureReadingLine(state: ReviewState, figure: BundleFigure): string {
  return figureReading(state, figure)
    .map(([label, value]) => `${label}: ${value}`)
    .join(' · ');
}
