import type { Executor } from '../../db/executor.js';
import type { Loaders } from '../loaders.js';
import type { ClaimRecord, DisagreementRecord, FigureRecord } from '../records.js';
import { figureClaims } from './figureClaims.js';
import { figureVerdict } from './figureVerdict.js';

export interface DisagreementFilter {
  /** Entity id (already resolved from a name). */
  about: string | null;
  property: string | null;
}

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

/**
 * Every disagreement: disputed property claims (stored by the ingest, see preferred.ts) and
 * figures of one measure whose values cannot both hold (judged now, see figureVerdict.ts).
 * Ordered by subject name, then property.
 */
export async function listDisagreements(executor: Executor, loaders: Loaders, filter: DisagreementFilter): Promise<DisagreementRecord[]> {
  const [slots, groups] = await Promise.all([
    executor.read('claims/disputed', { about: filter.about, property: filter.property }),
    executor.read('claims/figure-groups', { about: filter.about, property: filter.property }),
  ]);
  const names = new Map<string, string>();
  const found: DisagreementRecord[] = slots.map((row) => {
    names.set(row.subjectId as string, row.subjectName as string);
    return { subjectId: row.subjectId as string, property: row.property as string, claims: row.claims as ClaimRecord[] };
  });
  const ids = groups.flatMap((group) => group.ids as string[]);
  const loaded = await loaders.figure.loadMany(ids);
  const byId = new Map(loaded.filter((f): f is FigureRecord => f !== null && !(f instanceof Error)).map((f) => [f.id, f]));
  for (const group of groups) {
    const figures = (group.ids as string[]).flatMap((id) => byId.get(id) ?? []);
    const disagreement = figureDisagreement(group.measure as string, figures, filter.about);
    if (disagreement === null) continue;
    const subject = figures.flatMap((f) => f.about).find((e) => e.id === disagreement.subjectId);
    if (subject !== undefined) {
      names.set(subject.id, subject.name);
      loaders.primeEntity(subject);
    }
    found.push(disagreement);
  }
  const name = (id: string) => (names.get(id) ?? id).toLowerCase();
  return found.sort((a, b) => (name(a.subjectId) < name(b.subjectId) ? -1 : name(a.subjectId) > name(b.subjectId) ? 1 : a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
}
