import { describe, expect, it } from 'vitest';
import { GraphQLError, Kind, parseValue } from 'graphql';
import { endOf, isPartialDate, startOf } from '../../src/graph/partialDate.js';
import { PartialDate } from '../../src/resolvers/partialDate.js';

describe('partial dates', () => {
  it.each(['2022', '2022-09', '2022-09-14', '2024-02-29', '2000-02-29', '1999-12-31', '0000-02-29'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each([
    ['2023-02-29', 'a 29 February outside a leap year'],
    ['1900-02-29', 'a 29 February in a century year not divisible by 400'],
    ['2022-09-31', 'a 31st in a 30-day month'],
    ['2022-13', 'month 13'],
    ['2022-00', 'month 0'],
    ['2022-09-00', 'day 0'],
    ['2022-9', 'a one-digit month'],
    ['22', 'a two-digit year'],
    ['2022-09-14T10:00', 'a time'],
    [' 2022', 'a leading space'],
    ['2022/09', 'a slash'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (value) => {
    expect(isPartialDate(value)).toBe(false);
  });

  it('starts a year on 1 January and a month on its first day; a day is itself', () => {
    expect([startOf('2022'), startOf('2022-09'), startOf('2022-09-14')]).toEqual(['2022-01-01', '2022-09-01', '2022-09-14']);
  });

  it.each([
    ['2022', '2022-12-31'],
    ['2022-09', '2022-09-30'],
    ['2022-12', '2022-12-31'],
    ['2023-02', '2023-02-28'],
    ['2024-02', '2024-02-29'],
    ['1900-02', '1900-02-28'],
    ['2000-02', '2000-02-29'],
    ['0000-02', '0000-02-29'],
    ['2022-09-14', '2022-09-14'],
  ])('ends %s on %s', (value, last) => {
    expect(endOf(value)).toBe(last);
  });

  // Date.UTC reads the years 0 to 99 as 1900 to 1999, and 1900 was no leap year.
  it('treats the year 0000 as the leap year it is, not as 1900', () => {
    expect(isPartialDate('0000-02-29')).toBe(true);
    expect(endOf('0000-02')).toBe('0000-02-29');
    expect(endOf('0004-02')).toBe('0004-02-29');
  });
});

/** The error the scalar throws, as code and message. */
function rejection(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return [(error as GraphQLError).extensions.code, (error as GraphQLError).message];
  }
  throw new Error('did not throw');
}

const expected = 'PartialDate: expected an ISO 8601 date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got';

describe('the PartialDate scalar', () => {
  it('takes a year, a month or a day from variables and from the query text', () => {
    for (const value of ['2022', '2022-09', '2024-02-29']) {
      expect(PartialDate.parseValue(value)).toBe(value);
      expect(PartialDate.parseLiteral(parseValue(JSON.stringify(value)))).toBe(value);
    }
  });

  it('rejects an impossible day in a variable with BAD_USER_INPUT saying what came', () => {
    expect(rejection(() => PartialDate.parseValue('2023-02-29'))).toEqual(['BAD_USER_INPUT', `${expected} "2023-02-29"`]);
  });

  it('rejects a number in a variable with BAD_USER_INPUT', () => {
    expect(rejection(() => PartialDate.parseValue(2022))).toEqual(['BAD_USER_INPUT', `${expected} 2022`]);
  });

  it('names the number it got when the query text gives 2022 without quotes, not "undefined"', () => {
    const literal = parseValue('2022');
    expect(literal.kind).toBe(Kind.INT);
    expect(rejection(() => PartialDate.parseLiteral(literal))).toEqual(['BAD_USER_INPUT', `${expected} 2022`]);
  });

  it('serializes the stored string as it is', () => {
    expect(PartialDate.serialize('2022-09')).toBe('2022-09');
  });
});
