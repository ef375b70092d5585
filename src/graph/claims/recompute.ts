import type { Row } from '../../db/executor.js';
import { nameKeys, spellingVariants } from '../nameKeys.js';
import { endOf, startOf } from '../partialDate.js';
import { judgeSlot, slotsOf, type ClaimInput } from './preferred.js';

/** Runs a named statement inside the caller's write transaction. */
export type RunInTx = (name: string, params?: Row) => Promise<Row[]>;

type KeyKind = 'name' | 'alias' | 'loose';
const keyRank: Record<KeyKind, number> = { loose: 0, alias: 1, name: 2 };

export interface PreferredRow {
  id: string;
  name: string;
  description: string | null;
  kind: string | null;
  date: string | null;
  dateLabel: string | null;
  dateStartDay: string | null;
  dateEndDay: string | null;
  placeId: string | null;
  aliases: string[];
  keys: Array<{ key: string; kind: KeyKind }>;
  relationships: Array<{ type: string; to: string; role: string | null; since: string | null; until: string | null }>;
  flags: Array<{ id: string; preferred: boolean; disputed: boolean }>;
}

/** Case-insensitive order with a code-point tie-break: the same list whatever the load order. */
const byText = (a: string, b: string) => {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** Name keys of every spelling (see nameKeys.ts): the preferred name's strict key is `name`. */
export function keysOf(name: string, spellings: readonly string[]): PreferredRow['keys'] {
  const keys = new Map<string, KeyKind>();
  const add = (key: string, kind: KeyKind) => {
    if (key.length <= 2) return;
    const had = keys.get(key);
    if (had === undefined || keyRank[kind] > keyRank[had]) keys.set(key, kind);
  };
  for (const spelling of [name, ...spellings]) {
    spellingVariants(spelling).forEach((variant, index) => {
      const { strict, loose } = nameKeys(variant);
      add(strict, spelling === name && index === 0 ? 'name' : 'alias');
      add(loose, 'loose');
    });
  }
  return [...keys].map(([key, kind]) => ({ key, kind })).sort((a, b) => byText(a.key, b.key));
}

/**
 * What the plain fields of one entity become, from all its claims (null when it has none: the
 * entity is then left as it is). Pure; the rule is in preferred.ts.
 */
export function preferredRow(id: string, claims: readonly ClaimInput[]): PreferredRow | null {
  if (claims.length === 0) return null;
  const flags: PreferredRow['flags'] = [];
  const chosen = new Map<string, ClaimInput>();
  const relationships = new Map<string, PreferredRow['relationships'][number]>();
  for (const [, slot] of slotsOf(claims)) {
    const { property, qualifier } = slot[0]!;
    // Every spelling is kept: alias claims are all "preferred".
    if (property === 'alias') {
      for (const claim of slot) flags.push({ id: claim.id, preferred: true, disputed: false });
      continue;
    }
    const verdict = judgeSlot(slot);
    for (const claim of slot) flags.push({ id: claim.id, preferred: claim.id === verdict.preferredId, disputed: verdict.disputed.has(claim.id) });
    const winner = slot.find((claim) => claim.id === verdict.preferredId)!;
    if (qualifier === '') {
      chosen.set(property, winner);
      continue;
    }
    const [type, to] = qualifier.split('>') as [string, string];
    const rel = relationships.get(qualifier) ?? { type, to, role: null, since: null, until: null };
    if (property === 'role' || property === 'since' || property === 'until') rel[property] = winner.value;
    relationships.set(qualifier, rel);
  }
  const value = (property: string) => chosen.get(property)?.value ?? null;
  const spellings = claims.filter((c) => c.property === 'alias' || c.property === 'name').map((c) => c.value);
  const name = value('name') ?? [...spellings].sort(byText)[0] ?? id;
  const aliases = [...new Set(spellings)].filter((spelling) => spelling !== name).sort(byText);
  const date = value('date');
  return {
    id,
    name,
    description: value('description'),
    kind: value('kind'),
    date,
    dateLabel: value('dateLabel'),
    dateStartDay: date !== null ? startOf(date) : null,
    dateEndDay: date !== null ? endOf(date) : null,
    placeId: chosen.get('place')?.valueId ?? null,
    aliases,
    keys: keysOf(name, aliases),
    relationships: [...relationships.values()].sort((a, b) => byText(`${a.type}>${a.to}`, `${b.type}>${b.to}`)),
    flags: flags.sort((a, b) => byText(a.id, b.id)),
  };
}

interface CurrentState {
  current: Partial<Record<'name' | 'description' | 'kind' | 'date' | 'dateLabel' | 'placeId', string | null>> & { aliases?: string[] | null };
  currentKeys: PreferredRow['keys'];
  currentRelationships: PreferredRow['relationships'];
  claims: Array<ClaimInput & { preferred?: boolean | null; disputed?: boolean | null }>;
}

/**
 * True when writing `row` would change nothing: the same plain fields, aliases, name keys,
 * relationship roles and dates, and claim flags. Most entities of an article are already in
 * the graph with nothing new to say; they are not written again. Pure.
 */
export function unchanged(row: PreferredRow, state: CurrentState): boolean {
  const now = state.current;
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  if (!same(now.name, row.name) || !same(now.description, row.description) || !same(now.kind, row.kind)) return false;
  if (!same(now.date, row.date) || !same(now.dateLabel, row.dateLabel) || !same(now.placeId, row.placeId)) return false;
  if (JSON.stringify(now.aliases ?? []) !== JSON.stringify(row.aliases)) return false;
  const keyText = (keys: PreferredRow['keys']) => keys.map((k) => `${k.key}=${k.kind}`).sort().join('|');
  if (keyText(state.currentKeys) !== keyText(row.keys)) return false;
  for (const rel of state.currentRelationships) {
    const want = row.relationships.find((r) => r.type === rel.type && r.to === rel.to);
    if (!same(rel.role, want?.role) || !same(rel.since, want?.since) || !same(rel.until, want?.until)) return false;
  }
  const flags = new Map(state.claims.map((c) => [c.id, c]));
  return row.flags.every((flag) => {
    const claim = flags.get(flag.id);
    return claim !== undefined && (claim.preferred ?? false) === flag.preferred && (claim.disputed ?? false) === flag.disputed;
  });
}

/** What claims/write-preferred writes for one entity: only the parts that differ from the graph. */
export interface PreferredWrite {
  id: string;
  /** The plain fields and aliases, when one of them changes. */
  fields: Omit<PreferredRow, 'id' | 'keys' | 'relationships' | 'flags'> | null;
  /** Every name key, when the keys or their kinds change. */
  keys: PreferredRow['keys'] | null;
  /** Every relationship's role and dates, when one of them changes. */
  relationships: PreferredRow['relationships'] | null;
  /** The claims whose preferred or disputed flag changes. */
  flags: PreferredRow['flags'];
}

/**
 * The parts of `row` that differ from what the graph shows now (null when none does: the
 * entity is not written, see `unchanged`). Writing only those parts leaves the graph as
 * writing the whole row would. Pure.
 */
export function changesOf(row: PreferredRow, state: CurrentState): PreferredWrite | null {
  const now = state.current;
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  const fieldsSame =
    same(now.name, row.name) && same(now.description, row.description) && same(now.kind, row.kind) &&
    same(now.date, row.date) && same(now.dateLabel, row.dateLabel) && same(now.placeId, row.placeId) &&
    JSON.stringify(now.aliases ?? []) === JSON.stringify(row.aliases);
  const keyText = (keys: PreferredRow['keys']) => keys.map((k) => `${k.key}=${k.kind}`).sort().join('|');
  const keysSame = keyText(state.currentKeys) === keyText(row.keys);
  const relationshipsSame = state.currentRelationships.every((rel) => {
    const want = row.relationships.find((r) => r.type === rel.type && r.to === rel.to);
    return same(rel.role, want?.role) && same(rel.since, want?.since) && same(rel.until, want?.until);
  });
  const current = new Map(state.claims.map((c) => [c.id, c]));
  const flags = row.flags.filter((flag) => {
    const claim = current.get(flag.id);
    return claim === undefined || (claim.preferred ?? false) !== flag.preferred || (claim.disputed ?? false) !== flag.disputed;
  });
  if (fieldsSame && keysSame && relationshipsSame && flags.length === 0) return null;
  const { id, keys, relationships, flags: _all, ...fields } = row;
  return {
    id,
    fields: fieldsSame ? null : fields,
    keys: keysSame ? null : keys,
    relationships: relationshipsSame ? null : relationships,
    flags,
  };
}

/**
 * Chooses the plain fields of these entities again from their claims, inside the caller's
 * transaction: after an ingest, a retraction, a merge or an unmerge. Events whose place
 * claims name one of `placeIds` are included (a new LOCATED_IN can settle or start a dispute).
 */
export async function recomputePreferred(run: RunInTx, entityIds: readonly string[], placeIds: readonly string[] = []): Promise<number> {
  const ids = new Set(entityIds);
  if (placeIds.length > 0) {
    for (const row of await run('claims/affected-by-places', { placeIds: [...placeIds] })) ids.add(row.id as string);
  }
  if (ids.size === 0) return 0;
  const subjects = await run('claims/for-subjects', { ids: [...ids].sort() });
  const rows = subjects.flatMap((subject) => {
    const row = preferredRow(subject.id as string, subject.claims as ClaimInput[]);
    const write = row === null ? null : changesOf(row, subject as unknown as CurrentState);
    return write === null ? [] : [write];
  });
  if (rows.length > 0) await run('claims/write-preferred', { rows });
  return rows.length;
}
