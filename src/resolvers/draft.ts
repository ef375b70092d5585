import type { GraphContext } from './context.js';
import { requireWrite } from '../auth/writeTokens.js';
import { extractArticle } from '../extract/extractArticle.js';
import { graphResolver } from '../extract/graphResolver.js';
import type { Bundle } from '../ingest/bundleSchema.js';
import type { EntityType, MutationResolvers } from './generated/types.js';

const entityTypes: Record<string, EntityType> = { person: 'PERSON', organization: 'ORGANIZATION', place: 'PLACE', event: 'EVENT' };

/** The bundle in the shape of ArticleBundleInput (entity types as enum values), so it goes back to ingestArticle as it is. */
function asInput(bundle: Bundle): Record<string, unknown> {
  return { ...bundle, entities: bundle.entities.map((entity) => ({ ...entity, type: entity.type.toUpperCase() })) };
}

export const draftResolvers: Pick<MutationResolvers, 'draftArticle'> = {
  draftArticle: async (_, args, ctx) => {
    requireWrite(ctx.writeAccess);
    const format = args.format === 'HTML' ? 'html' : args.format === 'TEXT' ? 'text' : undefined;
    const draft = await extractArticle(args.text, graphResolver(ctx.executor), format === undefined ? {} : { format });
    return {
      bundle: asInput(draft.bundle),
      text: draft.text,
      mentions: draft.mentions.map((m) => ({
        text: m.text,
        start: m.start,
        end: m.end,
        type: entityTypes[m.type.toLowerCase()]!,
        entityId: m.entityId,
        existing: m.linked !== 'new',
      })),
      figures: draft.figures,
      warnings: draft.warnings.map((w) => ({ code: w.code, message: w.message, start: w.start ?? null, end: w.end ?? null })),
    };
  },
};
