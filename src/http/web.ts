import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../config/projectRoot.js';

/**
 * The explorer page (/explore) and the offline GraphiQL console (/graphiql), served from the
 * static build in web/dist (`npm run build`). Only mounted when the build exists.
 */
export function webRoutes(): Router {
  const router = Router();
  const dist = join(projectRoot(), 'web', 'dist');
  if (existsSync(dist)) {
    router.use(express.static(dist, { index: false, maxAge: '1h' }));
  }
  return router;
}
