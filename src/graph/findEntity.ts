import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import type { Executor } from './executor.js';
import { nameKeys } from './nameKeys.js';

const idLike = /^(person|org|place|event):[a-z0-9-]+$/;

/**
 * Resolves an id, name or alias to one entity id, or null when nothing matches.
 * Exact spellings win over transliteration matches; if several entities share the best match,
 * throws BAD_USER_INPUT with `extensions.reason = AMBIGUOUS_NAME` and the candidate ids.
 */
export async function findEntityId(executor: Executor, name: string): Promise<string | null> {
  const trimmed = name.trim();
  if (trimmed === '') throw badName('expected a non-empty name, alias or id');
  if (trimmed.length > 300) throw badName(`expected at most 300 characters, got ${trimmed.length}`);
  if (idLike.test(trimmed)) {
    const rows = await executor.read('entities/by-ids', { ids: [trimmed] });
    if (rows[0]?.entity != null) return trimmed;
  }
  const { strict, loose } = nameKeys(trimmed);
  const rows = await executor.read('entities/by-name-keys', { strict, loose });
  const first = rows[0];
  if (first === undefined) return null;
  const best = rows.filter((row) => row.rank === first.rank).map((row) => row.id as string);
  if (best.length > 1) {
    throw new GraphQLError(
      `"${trimmed}" is ambiguous: it names ${best.length} entities (${best.join(', ')}); ask with an id`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'AMBIGUOUS_NAME', candidates: best } },
    );
  }
  return first.id as string;
}

function badName(message: string): GraphQLError {
  return new GraphQLError(`name: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
