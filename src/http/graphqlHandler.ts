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

/** A JSON body: `application/json` or a `+json` type, in UTF-8 (what GraphQL-over-HTTP clients send). */
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
      const status = statusOf(error);
      if (status >= 500) options.onInternalError(error);
      // What is left of the body is read and dropped, so the connection can serve the next request.
      req.resume();
      sendError(res, status, options.maxBodyBytes);
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
  if (!charset.startsWith('utf-') && charset !== 'utf8') throw Object.assign(new Error('unsupported charset'), { status: 415 });
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  let stream: Readable = req;
  if (encoding !== 'identity') {
    const inflater = inflaters[encoding];
    if (inflater === undefined) throw Object.assign(new Error('unsupported content encoding'), { status: 415 });
    stream = req.pipe(inflater());
  }
  let text: string;
  try {
    // raw-body decodes through iconv-lite and refuses a charset it does not know with 415.
    text = await getRawBody(stream, { length: encoding === 'identity' ? req.headers['content-length'] : undefined, limit, encoding: charset });
  } catch (error) {
    // A body that does not inflate is the client's mistake, not ours.
    if (error instanceof Error && 'errno' in error) throw Object.assign(new Error('body does not inflate'), { status: 400 });
    throw error;
  }
  if (text.trim() === '') return undefined;
  if (!/^\s*[{[]/.test(text)) throw Object.assign(new Error('JSON body is not an object or a list'), { status: 400 });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw Object.assign(new Error('invalid JSON'), { status: 400 });
  }
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/**
 * The JSON error of a request that did not reach GraphQL (also the Express edge's, for bad
 * JSON and bodies too large on its other routes).
 */
export function sendError(res: ServerResponse, status: number, maxBodyBytes: number): void {
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413
      ? `The request body is larger than the limit of ${maxBodyBytes} bytes.`
      : status === 415
        ? 'The request body must be JSON in a UTF charset, uncompressed or compressed with gzip, deflate or br.'
        : status === 400
          ? 'The request body is not valid JSON.'
          : status === 404
            ? 'Not found.'
            : status < 500
              ? 'The request could not be served.'
              : 'Internal server error.';
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
