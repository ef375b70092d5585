import { displayFigure } from '../figureDisplay.js';
import type { ClaimRecord, FigureRecord } from '../records.js';
import { figureVerdict } from './figureVerdict.js';

/**
 * Figures as claims of their measure about an entity. A figure is disputed when another of the
 * given figures contradicts it. Figures have no plain field to win, so none is preferred.
 */
export function figureClaims(subjectId: string, figures: readonly FigureRecord[]): ClaimRecord[] {
  return figures.map((figure) => ({
    id: figure.id,
    subjectId,
    property: figure.measure,
    qualifier: '',
    value: displayFigure(figure),
    valueEntity: null,
    sourceIds: figure.sources.map((source) => source.id),
    preferred: false,
    disputed: figures.some((other) => other !== figure && other.measure === figure.measure && figureVerdict(figure, other) === 'CONTRADICTS'),
    figure,
  }));
}
