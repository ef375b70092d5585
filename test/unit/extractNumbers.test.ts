import { describe, expect, it } from 'vitest';
import { findNumberPhrases } from '../../src/extract/numberPhrases.js';
import { tokenize } from '../../src/extract/tokens.js';

const phrases = (text: string) =>
  findNumberPhrases(tokenize(text, 0, text.length)).map((p) => ({
    text: text.slice(p.start, p.end),
    value: p.value,
    qualifier: p.qualifier,
    ...(p.lowerBound !== undefined && { lowerBound: p.lowerBound }),
    ...(p.upperBound !== undefined && { upperBound: p.upperBound }),
    ...(p.currency !== undefined && { currency: p.currency }),
  }));

describe('number phrases', () => {
  it('reads "more than 220" as MORE_THAN with the number as lower bound', () => {
    expect(phrases('The club signed more than 220 members.')).toEqual([{ text: 'more than 220', value: 220, qualifier: 'MORE_THAN', lowerBound: 220 }]);
  });
  it('reads "almost 3,000" as ALMOST with the number as upper bound', () => {
    expect(phrases('The lake froze for almost 3,000 hours.')).toEqual([{ text: 'almost 3,000', value: 3000, qualifier: 'ALMOST', upperBound: 3000 }]);
  });
  it('reads "no more than 50" as AT_MOST, not as "more than"', () => {
    expect(phrases('The hall seats no more than 50 guests.')).toEqual([{ text: 'no more than 50', value: 50, qualifier: 'AT_MOST', upperBound: 50 }]);
  });
  it('reads "hundreds" as VAGUE 200..999 and "a dozen" as EXACT 12', () => {
    expect(phrases('Hundreds of bakers came, and a dozen judges.')).toEqual([
      { text: 'Hundreds', value: 200, qualifier: 'VAGUE', lowerBound: 200, upperBound: 999 },
      { text: 'a dozen', value: 12, qualifier: 'EXACT' },
    ]);
  });
  it('reads "between 50 and 100" and "50 to 100" as a range with both bounds', () => {
    expect(phrases('Between 50 and 100 kites flew.')).toEqual([{ text: 'Between 50 and 100', value: 50, qualifier: 'ABOUT', lowerBound: 50, upperBound: 100 }]);
    expect(phrases('They planted 50 to 100 trees.')).toEqual([{ text: '50 to 100', value: 50, qualifier: 'ABOUT', lowerBound: 50, upperBound: 100 }]);
  });
  it('reads money with its ISO currency: "£8million", "$1 million", "half a million dollars", "up to €5,000"', () => {
    expect(phrases('A £8million stadium and a $1 million prize.')).toEqual([
      { text: '£8million', value: 8_000_000, qualifier: 'EXACT', currency: 'GBP' },
      { text: '$1 million', value: 1_000_000, qualifier: 'EXACT', currency: 'USD' },
    ]);
    expect(phrases('She won half a million dollars.')).toEqual([{ text: 'half a million dollars', value: 500_000, qualifier: 'EXACT', currency: 'USD' }]);
    expect(phrases('Fines of up to €5,000 apply.')).toEqual([{ text: 'up to €5,000', value: 5000, qualifier: 'UP_TO', upperBound: 5000, currency: 'EUR' }]);
    expect(phrases('It is paid as 40,000 hryvnia.')).toEqual([{ text: '40,000 hryvnia', value: 40000, qualifier: 'EXACT', currency: 'UAH' }]);
  });
  it('reads "2 million", "1.6 million", "6,543" and "ten" as exact numbers', () => {
    expect(phrases('2 million fans, 1.6 million tickets, 6,543 seats and ten gates.').map((p) => p.value)).toEqual([2_000_000, 1_600_000, 6543, 10]);
  });
  it('reads "the 27-year-old" as an age', () => {
    const [age] = findNumberPhrases(tokenize('The 27-year-old won the race.', 0, 29));
    expect(age).toMatchObject({ value: 27, kind: 'age', qualifier: 'EXACT', start: 0, end: 15 });
  });
  it('does not take ordinals, numbers in names, years or day numbers of dates as figures', () => {
    expect(phrases('The 319th brigade flew a Mi-8 and a Su-34 in 2022, on 15 September and in 2023.')).toEqual([]);
  });
});
