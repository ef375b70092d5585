import type { Resolvers } from './generated/types.js';
import { PartialDate } from './partialDate.js';
import { entityResolvers } from './entity.js';
import { figureResolvers } from './figure.js';
import { queryResolvers } from './query.js';
import { mutationResolvers } from './mutation.js';
import { claimResolvers } from './claim.js';
import { draftResolvers } from './draft.js';
import { JSONScalar } from './json.js';

/** Thin resolvers: map arguments, call the query layer (src/graph), shape the answer. */
export const resolvers: Resolvers = {
  PartialDate,
  Query: queryResolvers,
  JSON: JSONScalar,
  Mutation: { ...mutationResolvers, ...draftResolvers },
  ...entityResolvers,
  ...figureResolvers,
  ...claimResolvers,
};
