import type { BundleEntityType, BundleProblem, DraftBundle } from './bundle';

/**
 * The problems of a corrected draft the page can see without the server: the cross-item rules
 * of the server's bundle validation (src/ingest/validateBundle.ts) and the id shapes of its
 * schema, with the same JSON paths. The server checks again on ingest; this is for the reviewer
 * to see each problem as soon as a correction makes it. Pure; never throws.
 */

const entityIdPattern = /^(person|org|place|event):[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idPrefix: Record<BundleEntityType, string> = { PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', EVENT: 'event' };

/** Null when `id` can name an entity of `type`; otherwise what is wrong, in words. */
export function entityIdProblem(id: string, type: BundleEntityType): string | null {
  if (!entityIdPattern.test(id)) return `expected an entity id such as "${idPrefix[type]}:a-name", got "${id}"`;
  if (!id.startsWith(`${idPrefix[type]}:`)) return `expected an id starting with "${idPrefix[type]}:" for this ${type.toLowerCase()}, got "${id}"`;
  return null;
}

export function checkDraft(bundle: DraftBundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const types = new Map<string, BundleEntityType>();
  bundle.entities.forEach((entity, index) => {
    const idProblem = entityIdProblem(entity.id, entity.type);
    if (idProblem !== null) problems.push({ path: `entities[${index}].id`, message: idProblem });
    if (types.has(entity.id)) problems.push({ path: `entities[${index}].id`, message: `duplicate id "${entity.id}"` });
    types.set(entity.id, entity.type);
  });
  const requireEntity = (path: string, ref: string) => {
    if (!types.has(ref)) problems.push({ path, message: `"${ref}" is not an entity of this bundle` });
  };
  bundle.entities.forEach((entity, index) => {
    if (entity.place !== undefined) requireEntity(`entities[${index}].place`, entity.place);
  });
  (bundle.relationships ?? []).forEach((relationship, index) => {
    requireEntity(`relationships[${index}].from`, relationship.from);
    requireEntity(`relationships[${index}].to`, relationship.to);
    if (relationship.from === relationship.to) problems.push({ path: `relationships[${index}]`, message: 'an entity cannot be related to itself' });
  });
  const figureIds = new Set<string>();
  (bundle.figures ?? []).forEach((figure, index) => {
    const at = `figures[${index}]`;
    if (figureIds.has(figure.id)) problems.push({ path: `${at}.id`, message: `duplicate id "${figure.id}"` });
    figureIds.add(figure.id);
    if (figure.about.length === 0) problems.push({ path: `${at}.about`, message: 'a figure must be about at least one entity' });
    figure.about.forEach((ref, i) => requireEntity(`${at}.about[${i}]`, ref));
    const { kind, reportedBy, reporterLabel, via } = figure.attribution;
    if (reportedBy !== undefined) requireEntity(`${at}.attribution.reportedBy`, reportedBy);
    if (via !== undefined) requireEntity(`${at}.attribution.via`, via);
    if (kind !== 'ASSERTED' && kind !== 'REPORTED' && reportedBy === undefined && reporterLabel === undefined) {
      problems.push({ path: `${at}.attribution`, message: `a ${kind} figure needs reportedBy (an entity id) or reporterLabel (who, unnamed)` });
    }
    if (figure.lowerBound !== undefined && figure.lowerBound > figure.value) {
      problems.push({ path: `${at}.lowerBound`, message: `expected at most the value ${figure.value}, got ${figure.lowerBound}` });
    }
    if (figure.upperBound !== undefined && figure.upperBound < figure.value) {
      problems.push({ path: `${at}.upperBound`, message: `expected at least the value ${figure.value}, got ${figure.upperBound}` });
    }
  });
  return problems;
}

/** The id of the item a problem path points into ("figures[1].about" → that figure's id), for the page to name it. */
export function problemSubject(bundle: DraftBundle, path: string): string | null {
  const match = /^(entities|figures)\[(\d+)\]/.exec(path);
  if (match === null) return null;
  const list = match[1] === 'entities' ? bundle.entities : (bundle.figures ?? []);
  return list[Number(match[2])]?.id ?? null;
}
