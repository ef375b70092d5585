import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';

/** The caller's right to write, decided once per request from its Authorization header. */
export type WriteAccess = { kind: 'granted' } | { kind: 'denied'; reason: 'writes-disabled' | 'no-token' | 'bad-token' };

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Parses GRAPH_WRITE_TOKENS (comma-separated) into a checker. Tokens are compared as SHA-256
 * digests with timingSafeEqual, against every configured token, so the time taken does not
 * reveal how much of a token matched or which one.
 */
export function writeAccessChecker(tokens: readonly string[]): (authorization: string | undefined) => WriteAccess {
  const digests = tokens.map(digest);
  return (authorization) => {
    if (digests.length === 0) return { kind: 'denied', reason: 'writes-disabled' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (match === null) return { kind: 'denied', reason: 'no-token' };
    const given = digest(match[1]!);
    let ok = false;
    for (const candidate of digests) ok = timingSafeEqual(candidate, given) || ok;
    return ok ? { kind: 'granted' } : { kind: 'denied', reason: 'bad-token' };
  };
}

/** Throws UNAUTHENTICATED unless the request may write. */
export function requireWrite(access: WriteAccess): void {
  if (access.kind === 'granted') return;
  const message =
    access.reason === 'writes-disabled'
      ? 'Writes are turned off on this server (no GRAPH_WRITE_TOKENS configured).'
      : access.reason === 'no-token'
        ? 'This mutation needs credentials: send "Authorization: Bearer <token>".'
        : 'The bearer token is not valid for writes.';
  throw new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason: access.reason.toUpperCase().replace('-', '_') } });
}
