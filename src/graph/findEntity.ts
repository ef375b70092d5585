import { GraphQLError } from 'graphql';
import { ErrorCode, badUserInput } from '../errors/codes.js';
import type { Loaders } from './loaders.js';
import { nameKeys } from './nameKeys.js';
import type { EntityRecord } from './records.js';

/**
 * Resolves an id, name or alias to one entity, or null when nothing matches. An exact id wins,
 * then an exact name, then an exact alias, then a transliteration match. When several entities
 * share the best match, throws BAD_USER_INPUT with `reason: AMBIGUOUS_NAME` and the candidates.
 * `argument` names the argument in error messages ("name", "filter.reportedBy").
 */
export async function findEntity(loaders: Loaders, text: string, argument: string): Promise<EntityRecord | null> {
  const trimmed = checkedName(text, argument);
  const resolution = await loaders.names.load(trimmed);
  if (resolution.byId !== null) return resolution.byId;
  const first = resolution.matches[0];
  if (first === undefined) return null;
  const best = resolution.matches.filter((match) => match.rank === first.rank).map((match) => match.entity.id);
  if (best.length > 1) throw ambiguous(argument, trimmed, best);
  return first.entity;
}

/** The trimmed name, or BAD_USER_INPUT when it is empty or too long. */
function checkedName(text: string, argument: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw badUserInput(`${argument}: expected a non-empty id, name or alias`);
  if (trimmed.length > 300) throw badUserInput(`${argument}: expected at most 300 characters, got ${trimmed.length}`);
  return trimmed;
}

function ambiguous(argument: string, text: string, candidates: string[]): GraphQLError {
  return new GraphQLError(
    `${argument}: "${text}" is ambiguous: it names ${candidates.length} entities (${candidates.join(', ')}); ask with an id`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'AMBIGUOUS_NAME', candidates } },
  );
}

function unknown(argument: string, text: string): GraphQLError {
  return new GraphQLError(`${argument}: no entity has the id, name or alias "${text.trim().slice(0, 100)}"`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_ENTITY' },
  });
}

/** A name as a statement resolves it itself (cypher/fragments/resolve-name): text and name keys. */
export interface NameLookup {
  text: string;
  strict: string;
  loose: string;
}

/** The lookup for a name argument; BAD_USER_INPUT when it is empty or too long. */
export function nameLookup(text: string, argument: string): NameLookup {
  const trimmed = checkedName(text, argument);
  return { text: trimmed, ...nameKeys(trimmed) };
}

/** How cypher/fragments/resolve-name resolved a name: the id, or the best candidates (none, or several). */
export interface Resolution {
  id: string | null;
  candidates: string[];
}

/** Like resolvedId, but a name that matches nothing gives null (for `entity(name:)`). */
export function resolvedOrNull(resolved: Resolution, lookup: NameLookup, argument: string): string | null {
  if (resolved.id === null && resolved.candidates.length <= 1) return null;
  return resolvedId(resolved, lookup, argument);
}

/**
 * The id a statement resolved a name to (the `resolved` map of fragments/resolve-name), or the
 * same errors as requireEntity: UNKNOWN_ENTITY when nothing matched, AMBIGUOUS_NAME when
 * several did.
 */
export function resolvedId(resolved: Resolution, lookup: NameLookup, argument: string): string {
  if (resolved.id !== null) return resolved.id;
  if (resolved.candidates.length > 1) throw ambiguous(argument, lookup.text, resolved.candidates);
  throw unknown(argument, lookup.text);
}

/** Like findEntity, but an unknown name is an error (for filters and path ends). */
export async function requireEntity(loaders: Loaders, text: string, argument: string): Promise<EntityRecord> {
  const found = await findEntity(loaders, text, argument);
  if (found === null) throw unknown(argument, text);
  return found;
}
