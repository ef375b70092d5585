import type { TypedDocumentString } from './generated/graphql';

/**
 * The explorer's only way to the data: POST /graphql on this server (the public API).
 * Never throws: every outcome is an ApiResult, so each view can show a plain message.
 */

export type ApiErrorKind =
  /** The server could not be reached at all (down, offline, wrong address). */
  | 'network'
  /** The server answered but its database is not available (SERVICE_UNAVAILABLE). */
  | 'unavailable'
  /** The question itself was refused (BAD_USER_INPUT): the message says why. */
  | 'bad-input'
  /** A write was refused: no write token, or one the server does not accept (UNAUTHENTICATED, FORBIDDEN). */
  | 'auth'
  /** Anything else the server reported. */
  | 'server'
  /** A newer request replaced this one; callers ignore it. */
  | 'aborted';

export interface ApiError {
  kind: ApiErrorKind;
  message: string;
  code?: string;
  /** extensions of the first GraphQL error, e.g. `candidates` for an ambiguous name. */
  extensions?: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export const graphqlEndpoint = '/graphql';

/**
 * Sends one document of queries.ts: its generated type gives the variables it takes and the
 * data it answers with, so a view cannot ask for one shape and read another.
 * `token` is a write token, sent as `Authorization: Bearer` (only the mutations of the
 * "Add an article" page need one); reads send none.
 */
export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal, token?: string): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token !== undefined && token !== '' && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal !== undefined && { signal }),
    });
  } catch (error) {
    if (isAbort(error)) return { ok: false, error: { kind: 'aborted', message: 'Replaced by a newer request.' } };
    return {
      ok: false,
      error: {
        kind: 'network',
        message: 'The explorer cannot reach the server. Check that it is running and that you are online, then try again.',
      },
    };
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    if (isAbort(error)) return { ok: false, error: { kind: 'aborted', message: 'Replaced by a newer request.' } };
    return {
      ok: false,
      error: { kind: 'server', message: `The server answered with HTTP ${response.status} and no readable data.` },
    };
  }

  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    return { ok: false, error: describe(first.message, code, first.extensions) };
  }
  if (body.data === undefined || body.data === null) {
    return { ok: false, error: { kind: 'server', message: `The server answered with HTTP ${response.status} but sent no data.` } };
  }
  return { ok: true, data: body.data };
}

function describe(message: string, code: string | undefined, extensions: Record<string, unknown> | undefined): ApiError {
  const base = { ...(code !== undefined && { code }), ...(extensions !== undefined && { extensions }) };
  switch (code) {
    case 'SERVICE_UNAVAILABLE':
      return {
        ...base,
        kind: 'unavailable',
        message: 'The server is up, but its graph database is not answering right now. Try again in a moment.',
      };
    case 'TIMEOUT':
      return { ...base, kind: 'unavailable', message: 'The graph database took too long to answer. Try again, or ask a narrower question.' };
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return { ...base, kind: 'bad-input', message };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return { ...base, kind: 'auth', message };
    default: {
      const requestId = typeof extensions?.requestId === 'string' ? ` (request id ${extensions.requestId})` : '';
      return { ...base, kind: 'server', message: `The server could not answer: ${message}${requestId}` };
    }
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
