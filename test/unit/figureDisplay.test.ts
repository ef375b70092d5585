import { describe, expect, it } from 'vitest';
import { displayFigure } from '../../src/graph/figureDisplay.js';
import type { Qualifier } from '../../src/graph/records.js';

const figure = (value: number, qualifier: Qualifier, more: { upperBound?: number; unit?: string; currency?: string } = {}) => ({
  value,
  qualifier,
  upperBound: more.upperBound ?? null,
  unit: more.unit ?? null,
  currency: more.currency ?? null,
});

describe('figures in words', () => {
  it.each([
    [figure(1500, 'EXACT', { unit: 'applications' }), '1,500 applications'],
    [figure(220, 'MORE_THAN', { unit: 'soldiers' }), 'more than 220 soldiers'],
    [figure(3000, 'ALMOST', { unit: 'applications' }), 'almost 3,000 applications'],
    [figure(20, 'ABOUT', { unit: 'minutes' }), 'about 20 minutes'],
    [figure(10, 'AT_LEAST', { unit: 'people' }), 'at least 10 people'],
    [figure(5, 'AT_MOST', { unit: 'days' }), 'at most 5 days'],
    [figure(500_000, 'UP_TO', { currency: 'GBP' }), 'up to GBP 500,000'],
    [figure(1_250_000.5, 'EXACT', { unit: 'dollars', currency: 'USD' }), 'USD 1,250,000.5 dollars'],
    [figure(12.3456, 'EXACT'), '12.35'],
  ])('writes %o as "%s"', (input, words) => {
    expect(displayFigure(input)).toBe(words);
  });

  it.each([
    [figure(200, 'VAGUE', { upperBound: 900, unit: 'soldiers' }), 'hundreds of soldiers'],
    [figure(2000, 'VAGUE', { upperBound: 9000, unit: 'calls' }), 'thousands of calls'],
    [figure(2_000_000, 'VAGUE', { unit: 'people' }), 'millions of people'],
    [figure(12, 'VAGUE', { upperBound: 99, unit: 'soldiers' }), 'dozens of soldiers'],
    [figure(3, 'VAGUE', { upperBound: 9 }), 'some'],
  ])('writes the vague %o as "%s", from its value and upper bound', (input, words) => {
    expect(displayFigure(input)).toBe(words);
  });

  it('writes a vague figure below ten as "some tanks", not "some of tanks"', () => {
    expect(displayFigure(figure(5, 'VAGUE', { upperBound: 200, unit: 'tanks' }))).toBe('some tanks');
  });

  it('writes a qualifier it does not know as the plain number instead of throwing', () => {
    // A value from a newer writer than this server: not in the type, so cast.
    expect(displayFigure(figure(7, 'SOMETHING_NEW' as Qualifier, { unit: 'boats' }))).toBe('7 boats');
  });
});
