import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { RateLimit } from '../config/env.js';
import { ErrorCode } from '../errors/codes.js';
import type { Logger } from '../log.js';

/**
 * Per-client limit on GraphQL requests (RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_MS), counted
 * per client address in this process's memory: behind a load balancer, set TRUST_PROXY so the
 * address is the client's, not the balancer's; with several server processes, each counts
 * its own. Every counted response carries RateLimit-Limit, -Remaining, -Reset and -Policy
 * (IETF draft 6); one over the limit answers 429 with Retry-After and a GraphQL-shaped body
 * whose code is RATE_LIMITED, before the body is even parsed.
 */
export function graphqlRateLimit(limit: RateLimit, logger: Logger): RequestHandler {
  const windowSeconds = Math.ceil(limit.windowMs / 1000);
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.requests,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    // Misconfiguration warnings (X-Forwarded-For without TRUST_PROXY) go to our log.
    logger: {
      error: (error, message) => logger.warn({ err: error }, message ?? 'rate limiter'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'rate limiter'),
    },
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${limit.requests} per ${windowSeconds} s from one client. Retry after the number of seconds in the Retry-After header.`,
            extensions: { code: ErrorCode.RATE_LIMITED },
          },
        ],
      });
    },
  });
}
