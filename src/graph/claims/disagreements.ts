import type { Loaders } from '../loaders.js';
import type { ClaimRecord, DisagreementRecord, EntityRecord, FigureRecord, SourceRecord } from '../records.js';
import { figureClaims } from './figureClaims.js';
import { figureVerdict, type ComparableFigure } from './figureVerdict.js';

/**
 * The entity most of the contradicting figures are about (the asked one when there is one),
 * ties by id: a disagreement over a hotline's call count is about the hotline.
 */
function subjectOf(figures: ReadonlyArray<{ about: ReadonlyArray<{ id: string }> }>, about: string | null): string {
  if (about !== null) return about;
  const counts = new Map<string, number>();
  for (const figure of figures) for (const entity of figure.about) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** What judging a figure needs (cypher/claims/disagreements): its value, wording, time, currency and subjects. */
export interface JudgedFigure extends ComparableFigure {
  id: string;
  /** Its subjects: whole records, or only their ids and names (then not primed). */
  about: ReadonlyArray<Pick<EntityRecord, 'id' | 'name'>>;
}

/**
 * Figures of one measure that contradict at least one other, as one disagreement: its subject
 * and the ids of the figures involved (their claims are built from whole records, for the page
 * asked only).
 */
export function figureDisagreement(measure: string, figures: readonly JudgedFigure[], about: string | null): FoundDisagreement | null {
  const involved = figures.filter((a) => figures.some((b) => a !== b && figureVerdict(a, b) === 'CONTRADICTS'));
  if (involved.length < 2) return null;
  return { subjectId: subjectOf(involved, about), property: measure, claims: null, figureIds: involved.map((figure) => figure.id) };
}

/** A disagreement as judging finds it: a disputed slot's claims, or the figures of a measure that contradict. */
export type FoundDisagreement = DisagreementRecord | { subjectId: string; property: string; claims: null; figureIds: string[] };

/** One disputed slot as cypher/claims/disagreements reads it. */
export interface DisputedSlot {
  subject: EntityRecord;
  property: string;
  claims: ClaimRecord[];
  /** The records of the sources the claims cite. */
  sources: SourceRecord[];
}

/**
 * The figures of one measure that has several (candidates for a figure disagreement), as
 * cypher/claims/disagreements sends them: whole records (`whole`), else lists of what judging
 * needs ([id, value, lowerBound, upperBound, qualifier, currency, refersTo, refersToEnd, about ids]).
 */
export interface FigureGroup {
  measure: string;
  figures: FigureRecord[] | LightFigure[];
}
export type LightFigure = [string, number, number | null, number | null, string, string | null, string | null, string | null, string[]];

/** A group's figures as judging takes them, naming subjects by `names` when they are ids only. */
export function judgedFigures(group: FigureGroup, names: ReadonlyMap<string, string>): JudgedFigure[] {
  return group.figures.map((figure) => {
    if (!Array.isArray(figure)) return figure;
    const [id, value, lowerBound, upperBound, qualifier, currency, refersTo, refersToEnd, about] = figure;
    return { id, value, lowerBound, upperBound, qualifier, currency, refersTo, refersToEnd, about: about.map((subject) => ({ id: subject, name: names.get(subject) ?? subject })) };
  });
}

/**
 * Every disagreement, from what cypher/claims/disagreements read: disputed property claims
 * (stored by the ingest, see preferred.ts) and figures of one measure whose values cannot both
 * hold (judged now, see figureVerdict.ts). Ordered by subject name, then property. The
 * subjects, the claims' entities and sources go into the loaders, so the resolvers below read
 * nothing more; a figure disagreement's claims are built by `withFigureClaims`.
 */
export function disagreementsOf(
  slots: readonly DisputedSlot[],
  groups: ReadonlyArray<{ measure: string; figures: readonly JudgedFigure[] }>,
  about: string | null,
  loaders: Loaders,
  /** Whether the figures' subjects are whole records, to prime (else `withFigureClaims` primes them). */
  wholeSubjects: boolean,
): FoundDisagreement[] {
  const names = new Map<string, string>();
  const found: FoundDisagreement[] = slots.map((slot) => {
    names.set(slot.subject.id, slot.subject.name);
    loaders.primeEntity(slot.subject);
    for (const claim of slot.claims) loaders.primeEntity(claim.valueEntity);
    for (const source of slot.sources) loaders.source.prime(source.id, source);
    return { subjectId: slot.subject.id, property: slot.property, claims: slot.claims };
  });
  for (const group of groups) {
    const disagreement = figureDisagreement(group.measure, group.figures, about);
    if (disagreement === null) continue;
    const subject = group.figures.flatMap((f) => f.about).find((e) => e.id === disagreement.subjectId);
    if (subject !== undefined) {
      names.set(subject.id, subject.name);
      if (wholeSubjects) loaders.primeEntity(subject as EntityRecord);
    }
    found.push(disagreement);
  }
  const name = (id: string) => (names.get(id) ?? id).toLowerCase();
  return found.sort((a, b) => (name(a.subjectId) < name(b.subjectId) ? -1 : name(a.subjectId) > name(b.subjectId) ? 1 : a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
}

/**
 * The claims of the figure disagreements among `page`, from their figures' whole records (read
 * through the figure loader: none when the statement sent whole records, which it primed, else
 * one statement for the whole page).
 */
export async function withFigureClaims(page: readonly FoundDisagreement[], loaders: Loaders): Promise<DisagreementRecord[]> {
  return Promise.all(
    page.map(async (found) => {
      if (found.claims !== null) return found;
      const figures = (await loaders.figure.loadMany(found.figureIds)).filter((figure): figure is FigureRecord => figure !== null && !(figure instanceof Error));
      loaders.primeEntity(figures.flatMap((figure) => figure.about).find((entity) => entity.id === found.subjectId));
      return { subjectId: found.subjectId, property: found.property, claims: figureClaims(found.subjectId, figures) };
    }),
  );
}
