import { badUserInput } from '../errors/codes.js';
import { requireEntity } from './findEntity.js';
import type { Loaders } from './loaders.js';
import { endOf, startOf } from './partialDate.js';

export interface FigureFilterInput {
  reportedBy?: string | null;
  includeMembers?: boolean | null;
  about?: string | null;
  source?: string | null;
  measure?: string | null;
  attribution?: string[] | null;
  valueAtLeast?: number | null;
  valueAtMost?: number | null;
  refersFrom?: string | null;
  refersTo?: string | null;
}

/**
 * Turns a FigureFilter into the parameters of cypher/figures/page.cypher: names resolved to
 * ids (in one batched round trip), partial dates widened to days, inconsistent ranges refused.
 */
export async function figureFilterParams(loaders: Loaders, filter: FigureFilterInput | null | undefined): Promise<Record<string, unknown>> {
  const f = filter ?? {};
  if (f.valueAtLeast != null && f.valueAtMost != null && f.valueAtLeast > f.valueAtMost) {
    throw badUserInput(`filter: expected valueAtLeast <= valueAtMost, got ${f.valueAtLeast} > ${f.valueAtMost}`);
  }
  if (f.refersFrom != null && f.refersTo != null && startOf(f.refersFrom) > endOf(f.refersTo)) {
    throw badUserInput(`filter: expected refersFrom on or before refersTo, got ${f.refersFrom} after ${f.refersTo}`);
  }
  if (f.measure != null && f.measure.length > 200) {
    throw badUserInput(`filter.measure: expected at most 200 characters, got ${f.measure.length}`);
  }
  if (f.source != null && f.source.length > 300) {
    throw badUserInput(`filter.source: expected at most 300 characters, got ${f.source.length}`);
  }
  if (f.includeMembers === true && f.reportedBy == null) {
    throw badUserInput('filter.includeMembers: expected together with filter.reportedBy');
  }
  const [reporter, about] = await Promise.all([
    f.reportedBy != null ? requireEntity(loaders, f.reportedBy, 'filter.reportedBy') : null,
    f.about != null ? requireEntity(loaders, f.about, 'filter.about') : null,
  ]);
  return {
    reporterId: reporter?.id ?? null,
    includeMembers: f.includeMembers === true,
    aboutId: about?.id ?? null,
    sourceId: f.source ?? null,
    measure: f.measure ?? null,
    kinds: f.attribution != null && f.attribution.length > 0 ? f.attribution : null,
    valueAtLeast: f.valueAtLeast ?? null,
    valueAtMost: f.valueAtMost ?? null,
    refersFrom: f.refersFrom != null ? startOf(f.refersFrom) : null,
    refersTo: f.refersTo != null ? endOf(f.refersTo) : null,
  };
}
