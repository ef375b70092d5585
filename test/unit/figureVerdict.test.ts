import { describe, expect, it } from 'vitest';
import { figureVerdict, valueInterval, type ComparableFigure } from '../../src/graph/claims/figureVerdict.js';

const figure = (value: number, qualifier: string, extra: Partial<ComparableFigure> = {}): ComparableFigure => ({
  value, qualifier, lowerBound: null, upperBound: null, currency: null, refersTo: null, refersToEnd: null, ...extra,
});

describe('figure verdicts', () => {
  it('lets "hundreds" and "more than 220" corroborate each other', () => {
    expect(figureVerdict(figure(200, 'VAGUE', { lowerBound: 200, upperBound: 999 }), figure(220, 'MORE_THAN', { lowerBound: 220 }))).toBe('CORROBORATES');
  });

  it('finds "about 20" and "more than 200" contradictory', () => {
    expect(figureVerdict(figure(20, 'ABOUT'), figure(200, 'MORE_THAN'))).toBe('CONTRADICTS');
  });

  it('reads "almost 3,000" as at most 3,000, contradicting "more than 3,500"', () => {
    expect(valueInterval(figure(3000, 'ALMOST', { upperBound: 3000 }))).toEqual([2700, 3000]);
    expect(figureVerdict(figure(3000, 'ALMOST', { upperBound: 3000 }), figure(3500, 'MORE_THAN'))).toBe('CONTRADICTS');
  });

  it('never compares pounds with dollars', () => {
    expect(figureVerdict(figure(500000, 'UP_TO', { currency: 'GBP' }), figure(500000, 'EXACT', { currency: 'USD' }))).toBe('NOT_COMPARABLE');
    expect(figureVerdict(figure(5, 'EXACT', { currency: 'USD' }), figure(5, 'EXACT'))).toBe('NOT_COMPARABLE');
  });

  it('sets aside figures about times that do not overlap, and compares an undated one with all', () => {
    const december = figure(1500, 'EXACT', { refersTo: '2022-12' });
    const march = figure(3000, 'ALMOST', { refersTo: '2023-03' });
    expect(figureVerdict(december, march)).toBe('OTHER_PERIOD');
    expect(figureVerdict(december, figure(1500, 'EXACT'))).toBe('CORROBORATES');
    expect(figureVerdict(figure(10, 'EXACT', { refersTo: '2022-09-15', refersToEnd: '2023-01-20' }), figure(12, 'EXACT', { refersTo: '2023-01' }))).toBe('CONTRADICTS');
  });

  it('counts touching bounds as agreement: "more than 220" does not deny 220', () => {
    expect(figureVerdict(figure(220, 'MORE_THAN'), figure(220, 'EXACT'))).toBe('CORROBORATES');
  });
});
