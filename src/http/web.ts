import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import { projectRoot } from '../config/projectRoot.js';

/**
 * The explorer page (/explore, and every /explore/... path so deep links such as
 * /explore/entity/person:maxim-kuzminov load directly) and the offline GraphiQL console
 * (/graphiql), served from the static build in web/dist (`npm run build:web`, part of
 * `npm run build`). Both pages load only bundled files from /assets: no CDN.
 */
export function webRoutes(dist = join(projectRoot(), 'web', 'dist')): Router {
  const router = Router();

  // Built files carry a content hash in their names, so they never change: cache for a year.
  router.use(
    '/assets',
    express.static(join(dist, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.get(['/explore', '/explore/*path'], page(dist, 'explore.html'));
  router.get(['/graphiql', '/graphiql/'], page(dist, 'graphiql.html'));
  return router;
}

/**
 * Answers with one HTML page of the build, revalidated on every load so a rebuild shows at
 * once. Without a build, says how to make one instead of answering 404.
 */
function page(dist: string, file: string) {
  const path = join(dist, file);
  return (_req: Request, res: Response) => {
    if (!existsSync(path)) {
      res
        .status(503)
        .type('text/plain')
        .send(`The web pages are not built yet: run "npm run build:web" (or "npm run build") and reload.\n`);
      return;
    }
    res.set({
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      // Everything is served from this origin; the API is /graphql on the same server.
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
      ].join('; '),
    });
    res.sendFile(path);
  };
}
