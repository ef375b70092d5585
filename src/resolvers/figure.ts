import type { GraphContext } from './context.js';
import type { AttributionRecord, FigureRecord, SourceRecord } from '../graph/records.js';
import { displayFigure } from '../graph/figureDisplay.js';
import { pageWindow, toConnection } from '../graph/pagination.js';
import { figureComparisonResolvers, sourceReadResolvers } from './claim.js';

export const figureResolvers = {
  Figure: {
    display: (figure: FigureRecord) => displayFigure(figure),
    attribution: (figure: FigureRecord) => figure,
    about: (figure: FigureRecord, _: unknown, ctx: GraphContext) => {
      figure.about.forEach(ctx.loaders.primeEntity);
      return figure.about;
    },
    sources: (figure: FigureRecord) => figure.sources,
    comparable: (figure: FigureRecord, _: unknown, ctx: GraphContext) => ctx.loaders.comparable.load(figure.id),
    ...figureComparisonResolvers,
  },
  Attribution: {
    kind: (figure: AttributionRecord) => figure.attributionKind,
    reportedBy: (figure: AttributionRecord) => figure.reportedBy,
    via: (figure: AttributionRecord) => figure.via,
    // A figure's source is among its sources; the loader only for a record that lacks them.
    source: async (figure: AttributionRecord, _: unknown, ctx: GraphContext) => {
      const source = figure.sources.find((s) => s.id === figure.sourceId) ?? (await ctx.loaders.source.load(figure.sourceId));
      if (source === null) throw new Error(`attribution: its source ${figure.sourceId} is missing`);
      return source;
    },
  },
  Source: {
    ...sourceReadResolvers,
    figures: async (source: SourceRecord, args: { first?: number | null; after?: string | null }, ctx: GraphContext) => {
      const { offset, limit } = pageWindow(args.first, args.after);
      const page = await ctx.loaders.figurePage.load({ entityId: source.id, relType: 'CITED_IN', offset, limit });
      return toConnection(page.figures, offset, page.total);
    },
  },
};
