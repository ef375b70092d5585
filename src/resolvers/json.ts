import { GraphQLScalarType } from 'graphql';
import { badUserInput } from '../errors/codes.js';

/** Output-only JSON (ArticleDraft.bundle): values are sent as they are; no argument takes it. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: () => {
    throw badUserInput('JSON: no argument takes JSON here; pass a bundle as ArticleBundleInput');
  },
  parseLiteral: () => {
    throw badUserInput('JSON: no argument takes JSON here; pass a bundle as ArticleBundleInput');
  },
});
