import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { badUserInput } from '../errors/codes.js';
import { isPartialDate } from '../graph/partialDate.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw badUserInput(
      `PartialDate: expected an ISO 8601 date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'An ISO 8601 date of year, month or day precision: "2022", "2022-09", "2022-09-14".',
  serialize: (value) => value,
  parseValue: parse,
  // A literal that is not a string is still named in the message ("got 2022", not "got undefined").
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : valueFromASTUntyped(ast)),
});
