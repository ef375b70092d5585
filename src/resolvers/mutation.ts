import { GraphQLError } from 'graphql';
import { requireWrite } from '../auth/writeTokens.js';
import { ErrorCode, badUserInput, notFound } from '../errors/codes.js';
import type { EntityRecord } from '../graph/records.js';
import type { MutationResolvers } from './generated/types.js';
import { mergeEntities, unmergeEntity } from '../graph/merges.js';
import { retractSource } from '../graph/retractSource.js';
import { bundleFromInput } from '../ingest/bundleFromInput.js';
import { loadBundle } from '../ingest/loadBundle.js';
import { validateBundle } from '../ingest/validateBundle.js';

/** An entity a write has just left in the graph; NOT_FOUND if another request took it away meanwhile. */
function present(entity: EntityRecord | null, id: string): EntityRecord {
  if (entity === null) throw notFound(`no entity has the id "${id}" any more`);
  return entity;
}

export const mutationResolvers: Omit<MutationResolvers, 'draftArticle'> = {
  ingestArticle: async (_, args, ctx) => {
    requireWrite(ctx.writeAccess);
    const checked = validateBundle(bundleFromInput(args.bundle));
    if (!checked.ok) {
      throw new GraphQLError(`bundle: ${checked.problems.length} problem(s); nothing was written`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: checked.problems },
      });
    }
    const result = await loadBundle(ctx.executor, checked.bundle);
    const { id, title, publisher, url, published } = checked.bundle.source;
    return {
      ...result,
      source: { id, title, publisher: publisher ?? null, url: url ?? null, published: published ?? null },
    };
  },

  mergeEntities: async (_, args, ctx) => {
    requireWrite(ctx.writeAccess);
    const { moved } = await mergeEntities(ctx.executor, args.keep, args.duplicate);
    return { entity: present(await ctx.loaders.entity.load(args.keep), args.keep), mergedId: args.duplicate, relationshipsMoved: moved };
  },

  unmergeEntity: async (_, args, ctx) => {
    requireWrite(ctx.writeAccess);
    const { keep } = await unmergeEntity(ctx.executor, args.duplicate);
    const [restored, kept] = await Promise.all([ctx.loaders.entity.load(args.duplicate), ctx.loaders.entity.load(keep)]);
    return { restored: present(restored, args.duplicate), keep: present(kept, keep) };
  },

  retractSource: async (_, args, ctx) => {
    requireWrite(ctx.writeAccess);
    if (!/^source:[a-z0-9-]{1,200}$/.test(args.id)) {
      throw badUserInput(`id: expected a source id such as "source:express-hotline-defections", got ${JSON.stringify(args.id.slice(0, 80))}`);
    }
    return { sourceId: args.id, ...(await retractSource(ctx.executor, args.id)) };
  },
};
