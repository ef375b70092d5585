import type { GraphContext } from '../server/context.js';
import { findEntityId } from '../graph/findEntity.js';

export const queryResolvers = {
  node: (_: unknown, args: { id: string }, ctx: GraphContext) => ctx.loaders.entity.load(args.id),
  entity: async (_: unknown, args: { name: string }, ctx: GraphContext) => {
    const id = await findEntityId(ctx.executor, args.name);
    return id === null ? null : ctx.loaders.entity.load(id);
  },
};
