import type { GraphContext } from '../server/context.js';
import { PartialDate } from './partialDate.js';
import { entityResolvers } from './entity.js';
import { queryResolvers } from './query.js';

export const resolvers = {
  PartialDate,
  Query: queryResolvers,
  ...entityResolvers,
} satisfies Record<string, unknown>;

export type Resolver<Parent, Args, Result> = (parent: Parent, args: Args, context: GraphContext) => Result;
