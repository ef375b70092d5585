import { badUserInput } from '../../errors/codes.js';
import { disagreementsOf, type DisputedSlot, type FigureGroup } from '../claims/disagreements.js';
import { nameLookup, resolvedId, type Resolution } from '../findEntity.js';
import { pageWindow, toConnection, type Connection } from '../pagination.js';
import type { DisagreementRecord } from '../records.js';
import type { RequestGraph } from '../requestGraph.js';

export interface DisagreementsArgs {
  about?: string | null;
  property?: string | null;
  first?: number | null;
  after?: string | null;
}

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
    params: { about: lookup, property },
    columns: ['resolved', 'slots', 'groups'],
  });
  const about = lookup === null ? null : resolvedId(row!.resolved as Resolution, lookup, 'about');
  const all = disagreementsOf(row!.slots as DisputedSlot[], row!.groups as FigureGroup[], about, graph.loaders);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}
