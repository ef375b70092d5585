import { bundleSchema, type Bundle } from './bundleSchema.js';

/** One problem found in a bundle, located by JSON path ("figures[3].attribution.reportedBy"). */
export interface BundleProblem {
  path: string;
  message: string;
}

export type BundleValidation = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path === '' ? '(root)' : path;
}

/**
 * Validates a parsed JSON value as an article bundle: shape first (zod), then the rules that
 * span items (unique ids, every reference defined in the bundle, bounds around the value).
 * Never throws; lists every problem it finds, each with its JSON path.
 */
export function validateBundle(input: unknown): BundleValidation {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    };
  }
  const bundle = parsed.data;
  const problems: BundleProblem[] = [];
  const entityTypes = new Map<string, string>();

  bundle.entities.forEach((entity, index) => {
    if (entityTypes.has(entity.id)) {
      problems.push({ path: `entities[${index}].id`, message: `duplicate id "${entity.id}"` });
    }
    entityTypes.set(entity.id, entity.type);
  });

  const requireEntity = (path: string, ref: string, expected?: string) => {
    const type = entityTypes.get(ref);
    if (type === undefined) {
      problems.push({ path, message: `"${ref}" is not an entity of this bundle` });
    } else if (expected !== undefined && type !== expected) {
      problems.push({ path, message: `expected a ${expected}, got the ${type} "${ref}"` });
    }
  };

  bundle.entities.forEach((entity, index) => {
    if (entity.type === 'Event' && entity.place !== undefined) {
      requireEntity(`entities[${index}].place`, entity.place, 'Place');
    }
  });

  bundle.relationships.forEach((relationship, index) => {
    requireEntity(`relationships[${index}].from`, relationship.from);
    requireEntity(`relationships[${index}].to`, relationship.to);
    if (relationship.from === relationship.to) {
      problems.push({ path: `relationships[${index}]`, message: 'an entity cannot be related to itself' });
    }
  });

  const figureIds = new Set<string>();
  bundle.figures.forEach((figure, index) => {
    const at = `figures[${index}]`;
    if (figureIds.has(figure.id)) problems.push({ path: `${at}.id`, message: `duplicate id "${figure.id}"` });
    figureIds.add(figure.id);
    figure.about.forEach((ref, i) => requireEntity(`${at}.about[${i}]`, ref));
    const { reportedBy, reporterLabel, via, kind } = {
      ...figure.attribution,
    };
    if (reportedBy !== undefined) requireEntity(`${at}.attribution.reportedBy`, reportedBy);
    if (via !== undefined) requireEntity(`${at}.attribution.via`, via);
    if (kind !== 'ASSERTED' && kind !== 'REPORTED' && reportedBy === undefined && reporterLabel === undefined) {
      problems.push({
        path: `${at}.attribution`,
        message: `a ${kind} figure needs reportedBy (an entity id) or reporterLabel (who, unnamed)`,
      });
    }
    if (figure.lowerBound !== undefined && figure.lowerBound > figure.value) {
      problems.push({ path: `${at}.lowerBound`, message: `expected at most the value ${figure.value}, got ${figure.lowerBound}` });
    }
    if (figure.upperBound !== undefined && figure.upperBound < figure.value) {
      problems.push({ path: `${at}.upperBound`, message: `expected at least the value ${figure.value}, got ${figure.upperBound}` });
    }
    if (figure.refersTo !== undefined && figure.refersToEnd !== undefined && figure.refersToEnd < figure.refersTo) {
      problems.push({ path: `${at}.refersToEnd`, message: `expected a date not before refersTo ${figure.refersTo}` });
    }
  });

  return problems.length === 0 ? { ok: true, bundle } : { ok: false, problems };
}
