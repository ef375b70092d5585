import type { ArticleDraft, DraftMention } from '../types';
import type { BundleEntity, DraftBundle } from './bundle';

/**
 * What the review of one draft holds: the draft as the server made it, the corrected bundle
 * and mentions, the corrections that can be undone, and which ids are known to be in the graph.
 */
export interface ReviewState {
  draft: ArticleDraft;
  bundle: DraftBundle;
  mentions: DraftMention[];
  /** Earlier {bundle, mentions} pairs, newest last, for "Undo". */
  history: Array<{ bundle: DraftBundle; mentions: DraftMention[]; note: string }>;
  /** The last correction in words ("Dropped figure:…"), shown after each change. */
  note: string;
  /** Entity ids checked against the graph after a relink: true when the graph has that id. */
  inGraph: Map<string, boolean>;
  /** Stretch of text to show and scroll to (a figure's sentence, a warning). */
  focus: { start: number; end: number } | null;
  /** The highlight last clicked, whose reading the page shows. */
  selected: { kind: 'figure' | 'mention'; key: string } | null;
}

export function newReview(draft: ArticleDraft): ReviewState {
  return {
    draft,
    // The schema types `bundle` as JSON; draftArticle promises an ArticleBundleInput in it.
    bundle: structuredClone(draft.bundle) as DraftBundle,
    mentions: draft.mentions.map((m) => ({ ...m })),
    history: [],
    note: '',
    inGraph: new Map(draft.mentions.map((m) => [m.entityId, m.existing])),
    focus: null,
    selected: null,
  };
}

export function entityById(state: ReviewState, id: string | undefined): BundleEntity | undefined {
  return id === undefined ? undefined : state.bundle.entities.find((e) => e.id === id);
}

/** "Financial Times", or the bare id when the bundle no longer has the entity. */
export function entityName(state: ReviewState, id: string): string {
  return entityById(state, id)?.name ?? id;
}

/** True when the entity is already in the graph (drafted as existing, or looked up after a relink). */
export function isInGraph(state: ReviewState, id: string): boolean {
  return state.inGraph.get(id) ?? false;
}
