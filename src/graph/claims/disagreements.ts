import type { Loaders } from '../loaders.js';
import type { ClaimRecord, DisagreementRecord, EntityRecord, FigureRecord, SourceRecord } from '../records.js';
import { figureClaims } from './figureClaims.js';
import { figureVerdict } from './figureVerdict.js';

/**
 * The entity most of the contradicting figures are about (the asked one when there is one),
 * ties by id: a disagreement over a hotline's call count is about the hotline.
 */
function subjectOf(figures: readonly FigureRecord[], about: string | null): string {
  if (about !== null) return about;
  const counts = new Map<string, number>();
  for (const figure of figures) for (const entity of figure.about) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Figures of one measure that contradict at least one other, as one disagreement. */
export function figureDisagreement(measure: string, figures: readonly FigureRecord[], about: string | null): DisagreementRecord | null {
  const involved = figures.filter((a) => figures.some((b) => a !== b && figureVerdict(a, b) === 'CONTRADICTS'));
  if (involved.length < 2) return null;
  const subjectId = subjectOf(involved, about);
  return { subjectId, property: measure, claims: figureClaims(subjectId, involved) };
}

/** One disputed slot as cypher/claims/disagreements reads it. */
export interface DisputedSlot {
  subject: EntityRecord;
  property: string;
  claims: ClaimRecord[];
  /** The records of the sources the claims cite. */
  sources: SourceRecord[];
}

/** The figures of one measure that has several (candidates for a figure disagreement). */
export interface FigureGroup {
  measure: string;
  figures: FigureRecord[];
}

/**
 * Every disagreement, from what cypher/claims/disagreements read: disputed property claims
 * (stored by the ingest, see preferred.ts) and figures of one measure whose values cannot both
 * hold (judged now, see figureVerdict.ts). Ordered by subject name, then property. The
 * subjects, the claims' entities and sources go into the loaders, so the resolvers below read
 * nothing more.
 */
export function disagreementsOf(slots: readonly DisputedSlot[], groups: readonly FigureGroup[], about: string | null, loaders: Loaders): DisagreementRecord[] {
  const names = new Map<string, string>();
  const found: DisagreementRecord[] = slots.map((slot) => {
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
      loaders.primeEntity(subject);
    }
    found.push(disagreement);
  }
  const name = (id: string) => (names.get(id) ?? id).toLowerCase();
  return found.sort((a, b) => (name(a.subjectId) < name(b.subjectId) ? -1 : name(a.subjectId) > name(b.subjectId) ? 1 : a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
}
