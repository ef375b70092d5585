import type { AttributionKind, Direction, EntityType, RelationType } from './types';

/** Words and colours shared by every view. All wording is the explorer's own. */

export const entityTypes: EntityType[] = ['Person', 'Organization', 'Place', 'Event'];

export const typeLabel: Record<EntityType, string> = {
  Person: 'Person',
  Organization: 'Organisation',
  Place: 'Place',
  Event: 'Event',
};

/** Okabe–Ito colours (distinguishable with colour-blindness); the graph adds shapes too. */
export const typeColour: Record<EntityType, string> = {
  Person: '#0072B2',
  Organization: '#D55E00',
  Place: '#009E73',
  Event: '#9B4F96',
};

export const typeShape: Record<EntityType, string> = {
  Person: 'ellipse',
  Organization: 'round-rectangle',
  Place: 'diamond',
  Event: 'hexagon',
};

/** The relation read from the entity it is listed on: OUT is "this → other", IN is "other → this". */
const relationWords: Record<RelationType, { out: string; in: string }> = {
  MEMBER_OF: { out: 'is a member of', in: 'has as a member' },
  LEADS: { out: 'leads', in: 'is led by' },
  PART_OF: { out: 'is part of', in: 'has as a part' },
  OPERATED_BY: { out: 'is run by', in: 'runs' },
  LOCATED_IN: { out: 'lies in', in: 'contains' },
  PARTICIPATED_IN: { out: 'took part in', in: 'involved' },
  OCCURRED_IN: { out: 'happened in', in: 'saw' },
  PART_OF_EVENT: { out: 'was one step of', in: 'included the step' },
  CITIZEN_OF: { out: 'is a citizen of', in: 'has as a citizen' },
  ESTABLISHED: { out: 'set up', in: 'was set up by' },
};

export function relationPhrase(type: RelationType, direction: Direction): string {
  const words = relationWords[type];
  return direction === 'OUT' ? words.out : words.in;
}

export function relationTypeLabel(type: RelationType): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export const attributionKinds: AttributionKind[] = ['ASSERTED', 'SAID', 'CLAIMED', 'ESTIMATED', 'REPORTED', 'CONFIRMED'];

export const attributionLabel: Record<AttributionKind, string> = {
  ASSERTED: 'stated by the outlet',
  SAID: 'said',
  CLAIMED: 'claimed',
  ESTIMATED: 'estimated',
  REPORTED: 'reportedly (no named source)',
  CONFIRMED: 'confirmed',
};

export const attributionHelp: Record<AttributionKind, string> = {
  ASSERTED: 'The outlet gives the number in its own voice.',
  SAID: 'A named speaker said it; the outlet reports it neutrally.',
  CLAIMED: 'A named speaker claimed it; the outlet keeps its distance.',
  ESTIMATED: 'An estimate, often from an unnamed group.',
  REPORTED: 'Hedged and unattributed, as in "reportedly".',
  CONFIRMED: 'Confirmed by the reporter or by a third party.',
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022" → "2022", "2022-12" → "December 2022", "2022-12-05" → "5 December 2022". */
export function partialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month !== undefined ? months[Number(month) - 1] : undefined;
  if (monthName === undefined) return value;
  return day !== undefined ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Whole months from `a` to `b` when both have at least month precision; otherwise null. */
export function monthsBetween(a: string, b: string): number | null {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  if (pa.length < 2 || pb.length < 2) return null;
  return (pb[0]! - pa[0]!) * 12 + (pb[1]! - pa[1]!);
}

export function number(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value))}`;
}

/** A path segment for an entity id: encoded, but the readable `type:slug` colon kept. */
export function idSegment(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}
