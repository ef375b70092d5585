import type { Bundle, BundleFigure } from '../ingest/bundleSchema.js';

/** How a draft compares with the hand-written bundle of the same article. */
export interface DraftScore {
  figures: { gold: number; draft: number; matched: number; precision: number; recall: number };
  attribution: { right: number; of: number; share: number };
  linking: { existing: number; linked: number; missing: string[] };
  /** Draft figures whose number lies outside the story (title, link boxes). Must be 0. */
  outsideStory: number;
  missed: string[];
  spurious: string[];
  wrongAttribution: string[];
}

const describe = (f: BundleFigure) =>
  `${f.value} ${f.qualifier}${f.unit !== undefined ? ` ${f.unit}` : ''} [${f.attribution.kind}${f.attribution.reportedBy !== undefined ? ` ${f.attribution.reportedBy}` : ''}${f.attribution.reporterLabel !== undefined ? ` "${f.attribution.reporterLabel}"` : ''}]`;

function sameReporter(a: BundleFigure['attribution'], b: BundleFigure['attribution']): boolean {
  if (a.reportedBy !== undefined || b.reportedBy !== undefined) return a.reportedBy === b.reportedBy;
  if (a.reporterLabel !== undefined && b.reporterLabel !== undefined) {
    const x = a.reporterLabel.toLowerCase();
    const y = b.reporterLabel.toLowerCase();
    return x.includes(y) || y.includes(x) || x.split(' ').some((word) => word.length > 3 && y.includes(word));
  }
  return a.reporterLabel === undefined && b.reporterLabel === undefined;
}

const attributionRight = (draft: BundleFigure, gold: BundleFigure) => draft.attribution.kind === gold.attribution.kind && sameReporter(draft.attribution, gold.attribution);

/**
 * Scores a draft against the hand-written bundle: figures match one to one on value and
 * qualifier (a draft figure with the right attribution, then the right unit, preferred);
 * attribution is right when kind and reporter (entity id, or both unnamed) agree; an existing
 * entity (a Person, Organisation or Place of the gold bundle that `existingIds` knows) counts
 * as linked when the draft holds its id. `outside` lists the offsets of text that is not the
 * story; a figure whose number lies there counts against the draft. Pure; never throws.
 */
export function scoreDraft(
  draft: Bundle,
  gold: Bundle,
  existingIds: Set<string>,
  numberSpans: Array<{ figureId: string; start: number; end: number }>,
  outside: Array<{ start: number; end: number }>,
): DraftScore {
  const unmatched = [...draft.figures];
  let matched = 0;
  let right = 0;
  const missed: string[] = [];
  const wrongAttribution: string[] = [];
  for (const goldFigure of gold.figures) {
    const same = unmatched.filter((f) => f.value === goldFigure.value && f.qualifier === goldFigure.qualifier);
    const pick = same.find((f) => attributionRight(f, goldFigure) && f.unit === goldFigure.unit) ?? same.find((f) => attributionRight(f, goldFigure)) ?? same.find((f) => f.unit === goldFigure.unit) ?? same[0];
    if (pick === undefined) {
      missed.push(describe(goldFigure));
      continue;
    }
    unmatched.splice(unmatched.indexOf(pick), 1);
    matched += 1;
    if (attributionRight(pick, goldFigure)) right += 1;
    else wrongAttribution.push(`${describe(pick)} expected ${describe(goldFigure)}`);
  }
  const draftIds = new Set(draft.entities.map((e) => e.id));
  const existing = gold.entities.filter((e) => e.type !== 'Event' && existingIds.has(e.id)).map((e) => e.id);
  const missing = existing.filter((id) => !draftIds.has(id));
  const outsideStory = numberSpans.filter((span) => outside.some((range) => span.start < range.end && span.end > range.start)).length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    figures: { gold: gold.figures.length, draft: draft.figures.length, matched, precision: ratio(matched, draft.figures.length), recall: ratio(matched, gold.figures.length) },
    attribution: { right, of: matched, share: ratio(right, matched) },
    linking: { existing: existing.length, linked: existing.length - missing.length, missing },
    outsideStory,
    missed,
    spurious: unmatched.map(describe),
    wrongAttribution,
  };
}
