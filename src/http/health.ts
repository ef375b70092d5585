import { Router } from 'express';
import type { Executor } from '../db/executor.js';

/**
 * /healthz: the process is up (200 while it runs).
 * /readyz: Neo4j answers a query through the driver (200), else 503 with a JSON reason; load
 * balancers take the instance out of rotation on 503.
 */
export function healthRoutes(executor: Executor, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    try {
      await executor.ping();
      res.status(200).json({ status: 'ready', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  return router;
}
