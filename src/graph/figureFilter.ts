import { badUserInput } from '../errors/codes.js';
import { nameLookup, resolvedId, type NameLookup } from './findEntity.js';
import type { Row } from '../db/executor.js';
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
 * Turns a FigureFilter into the parameters of cypher/figures/page.cypher: names as lookups
 * the statement resolves itself (so the request is one statement), partial dates widened to
 * days, inconsistent ranges refused. Throws BAD_USER_INPUT; never reads the database.
 */
export function figureFilterParams(filter: FigureFilterInput | null | undefined): Record<string, unknown> {
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
  return {
    reporter: f.reportedBy != null ? nameLookup(f.reportedBy, 'filter.reportedBy') : null,
    includeMembers: f.includeMembers === true,
    about: f.about != null ? nameLookup(f.about, 'filter.about') : null,
    sourceId: f.source ?? null,
    measure: f.measure ?? null,
    kinds: f.attribution != null && f.attribution.length > 0 ? f.attribution : null,
    valueAtLeast: f.valueAtLeast ?? null,
    valueAtMost: f.valueAtMost ?? null,
    refersFrom: f.refersFrom != null ? startOf(f.refersFrom) : null,
    refersTo: f.refersTo != null ? endOf(f.refersTo) : null,
  };
}

/**
 * Refuses the page when the statement could not resolve a name of the filter (the same
 * errors as for `entity`); `row` is the statement's first row.
 */
export function checkFilterNames(params: Record<string, unknown>, row: Row | undefined): void {
  const check = (param: string, column: string, argument: string) => {
    const lookup = params[param] as NameLookup | null;
    if (lookup !== null && row !== undefined) resolvedId(row[column] as { id: string | null; candidates: string[] }, lookup, argument);
  };
  check('reporter', 'reporterResolution', 'filter.reportedBy');
  check('about', 'aboutResolution', 'filter.about');
}
