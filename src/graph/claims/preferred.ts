/**
 * The preference rule: which of the values that sources give for one property of one entity
 * the plain field shows, and which values contradict each other. Pure; never throws.
 *
 * Values are compared within a slot: one property of one subject (for a relationship's role,
 * one relationship). Two values of a slot
 *  - for `date` (and `since`/`until`) disagree when neither partial date contains the other
 *    ("2022-09" contains "2022-09-15"; "2022-09-15" and "2022-09-18" disagree);
 *  - for `place` disagree when neither place lies in the other (through LOCATED_IN);
 *  - for text properties (name, description, kind, role, dateLabel) never disagree: they are
 *    alternatives, shown side by side.
 *
 * The preferred value is, in order:
 *  1. one that no other value of the slot contradicts, when there is one;
 *  2. the most precise (the longer partial date; the place that lies in the others);
 *  3. the one the most sources give, counting for a date or place every source whose value
 *     contains it (a source saying "September" supports "15 September");
 *  4. for a name the one in the oldest source (a name, once established, stays); for anything
 *     else the one in the newest source (by publication date; undated sources count as oldest);
 *  5. the first in alphabetical order, so that the choice never depends on load order.
 */

export interface ClaimInput {
  id: string;
  property: string;
  /** '' for entity properties; `TYPE>otherId` for a relationship's role, since and until. */
  qualifier: string;
  value: string;
  /** The entity the value names (a place), when it is one. */
  valueId: string | null;
  /** For a place value: the ids of the places it lies in, nearest first. */
  valueWithin: string[];
  sourceCount: number;
  /** Newest publication date among its sources (a partial date), null when none is dated. */
  newest: string | null;
  /** Oldest publication date among its sources, null when one of them is undated. */
  oldest: string | null;
}

export interface SlotVerdict {
  preferredId: string;
  /** Claim ids that at least one other value of the slot contradicts. */
  disputed: Set<string>;
}

const dateProperties = new Set(['date', 'since', 'until']);

export function isDateProperty(property: string): boolean {
  return dateProperties.has(property);
}

/** True when partial date `outer` contains `inner` ("2022-09" contains "2022-09-15" and itself). */
export function dateContains(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}-`);
}

function contains(a: ClaimInput, b: ClaimInput): boolean {
  if (isDateProperty(a.property)) return dateContains(a.value, b.value);
  if (a.property === 'place') return a.valueId === b.valueId || (a.valueId !== null && b.valueWithin.includes(a.valueId));
  return a.value === b.value;
}

/** Two values of one slot contradict each other (see the module comment). */
export function contradicts(a: ClaimInput, b: ClaimInput): boolean {
  if (!isDateProperty(a.property) && a.property !== 'place') return false;
  return !contains(a, b) && !contains(b, a);
}

function precision(claim: ClaimInput): number {
  if (isDateProperty(claim.property)) return claim.value.length;
  if (claim.property === 'place') return claim.valueWithin.length;
  return 0;
}

/** Sort key of a partial date where later is larger and undated is smallest. */
const dateKey = (value: string | null) => value ?? '';

/**
 * The verdict for the claims of one slot (at least one claim). The rule is in the module
 * comment; the result does not depend on the order of `claims`.
 */
export function judgeSlot(claims: readonly ClaimInput[]): SlotVerdict {
  const disputed = new Set<string>();
  for (const a of claims) for (const b of claims) if (a !== b && contradicts(a, b)) disputed.add(a.id);
  const support = (claim: ClaimInput) =>
    claims.reduce((sum, other) => sum + (other === claim || (!contradicts(other, claim) && contains(other, claim)) ? other.sourceCount : 0), 0);
  const isName = claims[0]?.property === 'name';
  const ranked = [...claims].sort((a, b) => {
    const undisputed = Number(disputed.has(a.id)) - Number(disputed.has(b.id));
    if (undisputed !== 0) return undisputed;
    const precise = precision(b) - precision(a);
    if (precise !== 0) return precise;
    const sources = support(b) - support(a);
    if (sources !== 0) return sources;
    if (isName) {
      // Oldest first; an undated source counts as the oldest of all.
      const oa = a.oldest ?? '';
      const ob = b.oldest ?? '';
      if (oa !== ob) return oa < ob ? -1 : 1;
    } else {
      const na = dateKey(a.newest);
      const nb = dateKey(b.newest);
      if (na !== nb) return na > nb ? -1 : 1;
    }
    return a.value < b.value ? -1 : a.value > b.value ? 1 : a.id < b.id ? -1 : 1;
  });
  return { preferredId: ranked[0]!.id, disputed };
}

/** Claims grouped by slot (property and qualifier), in a stable order. */
export function slotsOf<T extends Pick<ClaimInput, 'property' | 'qualifier'>>(claims: readonly T[]): Map<string, T[]> {
  const slots = new Map<string, T[]>();
  for (const claim of claims) {
    const key = `${claim.property}\u0000${claim.qualifier}`;
    const list = slots.get(key) ?? [];
    list.push(claim);
    slots.set(key, list);
  }
  return slots;
}
