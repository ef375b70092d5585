import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import getRawBody from 'raw-body';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

export interface GraphqlHandlerOptions<TContext extends BaseContext> {
  /** Request bodies above this many bytes are refused with 413. */
  maxBodyBytes: number;
  context: ContextFunction<[{ req: IncomingMessage }], TContext>;
  /** Told of what answered 500 (an Apollo or socket failure, not a client's mistake). */
  onInternalError: (error: unknown) => void;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A JSON body: `application/json` or a `+json` type (what GraphQL-over-HTTP clients send). */
const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const charsetParam = /;\s*charset\s*=\s*"?([\w-]+)"?/i;

/**
 * The GraphQL endpoint on Node's own request and response, handed to Apollo Server through its
 * integration interface (`executeHTTPGraphQLRequest`). It does what Express with `express.json()`
 * and `@as-integrations/express5` did, minus the router, the request and response prototypes,
 * and the ETag hash of every answer: about a twentieth of our process's CPU per request in a
 * profile of the benchmark mix. The body is read by `raw-body` (the reader under body-parser),
 * with the same size limit. Errors of the body answer as JSON with a stable code, never HTML.
 */
export function graphqlHandler<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: GraphqlHandlerOptions<TContext>): NodeHandler {
  return (req, res) => {
    void handle(apollo, options, req, res).catch((error: unknown) => {
      // What is left of the body is read and dropped, so the connection can serve the next request.
      req.resume();
      sendFailure(res, error, options.maxBodyBytes, options.onInternalError);
    });
  };
}

async function handle<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphqlHandlerOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req, options.maxBodyBytes);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body },
    context: () => options.context({ req }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** How a body may be compressed, and the stream that inflates it (as Express's JSON parser did). */
const inflaters: Readonly<Record<string, () => Transform>> = {
  gzip: () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The parsed JSON body, or undefined for a request without a JSON body (Apollo then answers
 * 400 itself). Read as Express's JSON parser read it: any `utf-` charset, gzip, deflate or
 * Brotli inflated (the size limit applies to the inflated text), and only an object or an
 * array taken as JSON.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'];
  if (type === undefined || !jsonType.test(type)) {
    req.resume();
    return undefined;
  }
  const charset = charsetParam.exec(type)?.[1]?.toLowerCase() ?? 'utf-8';
  if (!charset.startsWith('utf-') && charset !== 'utf8') throw requestError(415);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  let stream: Readable = req;
  if (encoding !== 'identity') {
    const inflater = inflaters[encoding];
    if (inflater === undefined) throw requestError(415);
    stream = req.pipe(inflater());
  }
  let text: string;
  try {
    // raw-body decodes through iconv-lite and refuses a charset it does not know with 415.
    text = await getRawBody(stream, { length: encoding === 'identity' ? req.headers['content-length'] : undefined, limit, encoding: charset });
  } catch (error) {
    // A body that does not inflate is the client's mistake, not ours.
    if (error instanceof Error && 'errno' in error) throw requestError(400, 'The request body does not inflate as its content-encoding says.');
    throw error;
  }
  if (text.trim() === '') return undefined;
  if (!/^\s*[{[]/.test(text)) throw requestError(400, NOT_JSON);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw requestError(400, NOT_JSON);
  }
}

const NOT_JSON = 'The request body is not valid JSON.';

/** A failure the client caused: its HTTP status, and what to tell the client (else the status's own words). */
function requestError(status: number, message?: string): Error & { status: number; publicMessage?: string } {
  return Object.assign(new Error(message ?? `HTTP ${status}`), { status, ...(message !== undefined && { publicMessage: message }) });
}

/** What a status tells the client when the failure brings no words of its own. */
function messageOf(status: number, maxBodyBytes: number): string {
  if (status === 413) return `The request body is larger than the limit of ${maxBodyBytes} bytes.`;
  if (status === 415) return 'The request body must be JSON in a UTF charset, uncompressed or compressed with gzip, deflate or br.';
  if (status === 404) return 'Not found.';
  return status < 500 ? 'The request could not be read.' : 'Internal server error.';
}

/**
 * Answers a request that did not reach GraphQL, on the GraphQL endpoint or any route of the
 * Express edge: a JSON error with a stable code, never an HTML page or a stack trace. A 4xx
 * (an error with `status`, as raw-body's and Express's carry) is the client's; anything else
 * is a 500, told to `onInternal`.
 */
export function sendFailure(res: ServerResponse, error: unknown, maxBodyBytes: number, onInternal: (error: unknown) => void): void {
  const given = (error as { status?: unknown; publicMessage?: unknown } | null) ?? {};
  const status = typeof given.status === 'number' && given.status >= 400 && given.status < 500 ? given.status : 500;
  if (status >= 500) onInternal(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message = typeof given.publicMessage === 'string' ? given.publicMessage : messageOf(status, maxBodyBytes);
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
