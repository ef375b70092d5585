import { badUserInput } from '../../errors/codes.js';
import { disagreementsOf, judgedFigures, withFigureClaims, type DisputedSlot, type FigureGroup } from '../claims/disagreements.js';
import { nameLookup, resolvedId, type Resolution } from '../findEntity.js';
import { pageWindow, toConnection, type Connection } from '../pagination.js';
import type { DisagreementRecord, FigureRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';

export interface DisagreementsArgs {
  about?: string | null;
  property?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Candidate figures sent as whole records up to this many in all; past it, only what judging
 * needs, and the page's figures are read after (a second statement in the same transaction).
 */
const WHOLE_UP_TO = 2_000;

/**
 * `disagreements(about:, property:)`: one statement (cypher/claims/disagreements) reads the
 * disputed slots and the candidate figure groups, with the name of `about` resolved inside
 * it; the figure groups are judged here (src/graph/claims/disagreements.ts), then paged.
 */
export async function disagreementList(graph: RequestGraph, args: DisagreementsArgs): Promise<Connection<DisagreementRecord>> {
  const { offset, limit } = pageWindow(args.first, args.after);
  const lookup = args.about != null ? nameLookup(args.about, 'about') : null;
  const property = args.property?.trim() || null;
  if (property !== null && property.length > 200) throw badUserInput('property: expected at most 200 characters');
  const [row] = await graph.read({
    statement: 'claims/disagreements',
    params: { about: lookup, property, wholeUpTo: WHOLE_UP_TO },
    columns: ['resolved', 'slots', 'whole', 'groups', 'names'],
  });
  const about = lookup === null ? null : resolvedId(row!.resolved as Resolution, lookup, 'about');
  const whole = row!.whole === true;
  const names = new Map(row!.names as Array<[string, string]>);
  const groups = (row!.groups as FigureGroup[]).map((group) => {
    if (whole) for (const figure of group.figures as FigureRecord[]) graph.loaders.figure.prime(figure.id, figure);
    return { measure: group.measure, figures: judgedFigures(group, names) };
  });
  const all = disagreementsOf(row!.slots as DisputedSlot[], groups, about, graph.loaders, whole);
  return toConnection(await withFigureClaims(all.slice(offset, offset + limit), graph.loaders), offset, all.length);
}
