import { describe, expect, it } from 'vitest';
import { buildASTSchema, concatAST, parse, specifiedRules, validate } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { loadTypeDefs } from '../../src/schema/loadTypeDefs.js';
import { MAX_TOKENS, queryLimits } from '../../src/server/queryLimits.js';
import * as documents from '../../web/src/explore/queries.js';

/**
 * The explorer's documents checked as the server checks a request before running it: the
 * schema's rules and the query limits (depth, cost, tokens). A document over a limit is an
 * explorer page that cannot load; the type check cannot see that, and the browser tests only
 * on the pages they visit.
 */
describe("the explorer's documents", () => {
  const schema = buildASTSchema(concatAST(loadTypeDefs()));
  const rules = [...specifiedRules, ...new ApolloArmor(queryLimits).protect().validationRules];

  it.each(Object.entries(documents))('%s is valid against the schema and within the server’s query limits', (_name, document) => {
    const errors = validate(schema, parse(document.toString(), { maxTokens: MAX_TOKENS }), rules);
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
