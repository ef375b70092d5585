import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context.js';
import { badUserInput } from '../errors/codes.js';
import { disagreementList, type DisagreementsArgs } from '../graph/queries/disagreementList.js';
import { mergeCandidates } from '../graph/claims/mergeCandidates.js';
import { entityByName } from '../graph/queries/entityByName.js';
import { figurePage, type FiguresArgs } from '../graph/queries/figurePage.js';
import { node } from '../graph/queries/node.js';
import { path, type PathArgs } from '../graph/queries/path.js';
import { search, type SearchArgs } from '../graph/queries/search.js';
import { sourceList } from '../graph/queries/sourceList.js';
import { timeline, type TimelineArgs } from '../graph/queries/timeline.js';

/**
 * Root fields: each maps its arguments onto a query kind of src/graph/queries/. The kinds that
 * read through `ctx.read` are folded, with what their selections ask, into the request's one
 * statement.
 */
export const queryResolvers = {
  node: (_: unknown, args: { id: string }, ctx: GraphContext, info: GraphQLResolveInfo) => node(ctx, args.id, info),
  entity: (_: unknown, args: { name: string }, ctx: GraphContext, info: GraphQLResolveInfo) => entityByName(ctx, args.name, info),
  search: (_: unknown, args: SearchArgs, ctx: GraphContext, info: GraphQLResolveInfo) => search(ctx, args, info),
  figures: (_: unknown, args: FiguresArgs, ctx: GraphContext, info: GraphQLResolveInfo) => figurePage(ctx, args, info),
  path: (_: unknown, args: PathArgs, ctx: GraphContext, info: GraphQLResolveInfo) => path(ctx, args, info),
  timeline: (_: unknown, args: TimelineArgs, ctx: GraphContext, info: GraphQLResolveInfo) => timeline(ctx, args, info),
  sources: (_: unknown, args: { publisher?: string | null }, ctx: GraphContext, info: GraphQLResolveInfo) => sourceList(ctx, args.publisher, info),

  disagreements: (_: unknown, args: DisagreementsArgs, ctx: GraphContext) => disagreementList(ctx, args),

  mergeCandidates: async (_: unknown, args: { first?: number | null }, ctx: GraphContext) => {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput(`first: expected an integer from 1 to 100, got ${String(args.first)}`);
    const pairs = await mergeCandidates(ctx.executor, first);
    for (const pair of pairs) [pair.keep, pair.duplicate].forEach(ctx.loaders.primeEntity);
    return pairs;
  },
};
