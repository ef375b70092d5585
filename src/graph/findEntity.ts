import { GraphQLError } from 'graphql';
import { ErrorCode, badUserInput } from '../errors/codes.js';
import type { Loaders } from './loaders.js';
import type { EntityRecord } from './records.js';

/**
 * Resolves an id, name or alias to one entity, or null when nothing matches. An exact id wins,
 * then an exact name, then an exact alias, then a transliteration match. When several entities
 * share the best match, throws BAD_USER_INPUT with `reason: AMBIGUOUS_NAME` and the candidates.
 * `argument` names the argument in error messages ("name", "filter.reportedBy").
 */
export async function findEntity(loaders: Loaders, text: string, argument: string): Promise<EntityRecord | null> {
  const trimmed = text.trim();
  if (trimmed === '') throw badUserInput(`${argument}: expected a non-empty id, name or alias`);
  if (trimmed.length > 300) throw badUserInput(`${argument}: expected at most 300 characters, got ${trimmed.length}`);
  const resolution = await loaders.names.load(trimmed);
  if (resolution.byId !== null) return resolution.byId;
  const first = resolution.matches[0];
  if (first === undefined) return null;
  const best = resolution.matches.filter((match) => match.rank === first.rank).map((match) => match.entity.id);
  if (best.length > 1) {
    throw new GraphQLError(
      `${argument}: "${trimmed}" is ambiguous: it names ${best.length} entities (${best.join(', ')}); ask with an id`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'AMBIGUOUS_NAME', candidates: best } },
    );
  }
  return first.entity;
}

/** Like findEntity, but an unknown name is an error (for filters and path ends). */
export async function requireEntity(loaders: Loaders, text: string, argument: string): Promise<EntityRecord> {
  const found = await findEntity(loaders, text, argument);
  if (found === null) {
    throw new GraphQLError(`${argument}: no entity has the id, name or alias "${text.trim().slice(0, 100)}"`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_ENTITY' },
    });
  }
  return found;
}
