import type { AttributionKind, DraftMention, Qualifier } from '../types';
import type { BundleEntity, BundleFigure, DraftBundle } from './bundle';

/**
 * The reviewer's corrections to a draft bundle, applied in memory before ingest. Each takes a
 * bundle and returns a new one (the input is never changed), so the page can keep the draft as
 * drafted beside the corrected copy. Pure; never throws: an unknown id leaves the bundle as it is.
 */

function figures(bundle: DraftBundle): BundleFigure[] {
  return bundle.figures ?? [];
}

function mapFigure(bundle: DraftBundle, id: string, change: (figure: BundleFigure) => BundleFigure): DraftBundle {
  return { ...bundle, figures: figures(bundle).map((f) => (f.id === id ? change(structuredClone(f)) : f)) };
}

export function dropFigure(bundle: DraftBundle, id: string): DraftBundle {
  return { ...bundle, figures: figures(bundle).filter((f) => f.id !== id) };
}

/**
 * Sets the hedge and the bounds that go with it: "more than"/"at least" bound the value from
 * below, "almost"/"up to"/"at most" from above; exact and "about" have none; vague keeps any.
 */
export function setQualifier(bundle: DraftBundle, id: string, qualifier: Qualifier): DraftBundle {
  return mapFigure(bundle, id, (figure) => {
    figure.qualifier = qualifier;
    switch (qualifier) {
      case 'MORE_THAN':
      case 'AT_LEAST':
        figure.lowerBound = figure.value;
        delete figure.upperBound;
        break;
      case 'ALMOST':
      case 'UP_TO':
      case 'AT_MOST':
        figure.upperBound = figure.value;
        delete figure.lowerBound;
        break;
      case 'EXACT':
      case 'ABOUT':
        delete figure.lowerBound;
        delete figure.upperBound;
        break;
      case 'VAGUE':
        break;
    }
    return figure;
  });
}

export function setKind(bundle: DraftBundle, id: string, kind: AttributionKind): DraftBundle {
  return mapFigure(bundle, id, (figure) => ({ ...figure, attribution: { ...figure.attribution, kind } }));
}

/** A named reporter (an entity id of the bundle), an unnamed one (a label), or none. */
export type Reporter = { entityId: string } | { label: string } | null;

export function setReporter(bundle: DraftBundle, id: string, reporter: Reporter): DraftBundle {
  return mapFigure(bundle, id, (figure) => {
    const attribution = { ...figure.attribution };
    delete attribution.reportedBy;
    delete attribution.reporterLabel;
    if (reporter !== null && 'entityId' in reporter) attribution.reportedBy = reporter.entityId;
    else if (reporter !== null && reporter.label.trim() !== '') attribution.reporterLabel = reporter.label.trim();
    return { ...figure, attribution };
  });
}

/**
 * Gives entity `from` the id `to` everywhere in the bundle: the entity, relationships, event
 * places and figures' about/reportedBy/via. When `to` is already an entity of the bundle the two
 * become one (the first keeps its fields); relationships that would join it to itself go.
 * `graphName` is the name the graph has for `to`: the entity takes it and keeps the drafted
 * name as a spelling, so linking a mention ("POW") does not rename the graph's entity.
 */
export function relinkEntity(bundle: DraftBundle, from: string, to: string, graphName?: string): DraftBundle {
  if (from === to || !bundle.entities.some((e) => e.id === from)) return bundle;
  const swap = (id: string) => (id === from ? to : id);
  const merged = bundle.entities.some((e) => e.id === to);
  const renamed = (e: BundleEntity): BundleEntity => {
    if (graphName === undefined || graphName === e.name) return { ...e, id: to };
    const aliases = [...new Set([...(e.aliases ?? []), e.name])].filter((a) => a !== graphName);
    return { ...e, id: to, name: graphName, aliases };
  };
  const entities = merged
    ? bundle.entities.filter((e) => e.id !== from)
    : bundle.entities.map((e) => (e.id === from ? renamed(e) : e));
  return {
    ...bundle,
    entities: entities.map((e) => (e.place !== undefined ? { ...e, place: swap(e.place) } : e)),
    relationships: (bundle.relationships ?? [])
      .map((r) => ({ ...r, from: swap(r.from), to: swap(r.to) }))
      .filter((r, i, all) => r.from !== r.to && all.findIndex((o) => o.from === r.from && o.type === r.type && o.to === r.to) === i),
    figures: figures(bundle).map((f) => {
      const attribution = { ...f.attribution };
      if (attribution.reportedBy !== undefined) attribution.reportedBy = swap(attribution.reportedBy);
      if (attribution.via !== undefined) attribution.via = swap(attribution.via);
      return { ...f, about: [...new Set(f.about.map(swap))], attribution };
    }),
  };
}

/** What dropping an entity took with it, for the page to say. */
export interface DropReport {
  relationships: number;
  figures: string[];
  reporterOf: string[];
  viaOf: string[];
}

/**
 * Removes an entity and what refers to it: its relationships, the figures only about it, and
 * it from the other figures' about. A figure it reported or passed on keeps its number and
 * loses the reporter or via, so the page's checks point the reviewer at it.
 */
export function dropEntity(bundle: DraftBundle, id: string): { bundle: DraftBundle; report: DropReport } {
  const report: DropReport = { relationships: 0, figures: [], reporterOf: [], viaOf: [] };
  const relationships = (bundle.relationships ?? []).filter((r) => r.from !== id && r.to !== id);
  report.relationships = (bundle.relationships ?? []).length - relationships.length;
  const kept: BundleFigure[] = [];
  for (const figure of figures(bundle)) {
    const about = figure.about.filter((a) => a !== id);
    if (about.length === 0) {
      report.figures.push(figure.id);
      continue;
    }
    const attribution = { ...figure.attribution };
    if (attribution.reportedBy === id) {
      delete attribution.reportedBy;
      report.reporterOf.push(figure.id);
    }
    if (attribution.via === id) {
      delete attribution.via;
      report.viaOf.push(figure.id);
    }
    kept.push({ ...figure, about, attribution });
  }
  const entities = bundle.entities
    .filter((e) => e.id !== id)
    .map((e) => {
      if (e.place !== id) return e;
      const { place: _dropped, ...rest } = e;
      return rest;
    });
  return { bundle: { ...bundle, entities, relationships, figures: kept }, report };
}

/** The mentions with `from` relinked to `to`, so the text shows the id the bundle now uses. */
export function relinkMentions(mentions: DraftMention[], from: string, to: string, existing: boolean): DraftMention[] {
  return mentions.map((m) => (m.entityId === from ? { ...m, entityId: to, existing } : m));
}
