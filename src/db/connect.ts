import type { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/env.js';
import type { Logger } from '../log.js';
import { createDriver } from './driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embeddedNeo4j.js';

export interface Neo4jConnection {
  driver: Driver;
  database?: string;
  /** Set when this process started the database itself. */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver and stops the embedded database, if any. */
  close(): Promise<void>;
}

/**
 * Reaches Neo4j: starts the embedded launcher when no NEO4J_URI is given, then creates the
 * driver and checks it can talk to the server. After this, both paths are the same.
 */
export async function connectNeo4j(target: Neo4jTarget, logger: Logger): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  let user: string | undefined;
  let password: string | undefined;
  if (target.kind === 'embedded') {
    const started = Date.now();
    embedded = await startEmbeddedNeo4j({
      dataDir: target.dataDir,
      boltPort: target.boltPort,
      heapMb: target.heapMb,
      pageCacheMb: target.pageCacheMb,
      onLog: (line) => logger.debug({ neo4j: line }, 'embedded Neo4j stderr'),
    });
    uri = embedded.boltUri;
    logger.info({ boltUri: uri, launcherPid: embedded.pid, dataDir: target.dataDir, ms: Date.now() - started }, 'embedded Neo4j is up');
  } else {
    ({ uri, user, password } = target);
  }
  const driver = createDriver({
    uri,
    ...(user !== undefined && { user }),
    ...(password !== undefined && { password }),
  });
  try {
    await driver.getServerInfo(target.database !== undefined ? { database: target.database } : {});
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver,
    ...(target.database !== undefined && { database: target.database }),
    ...(embedded !== undefined && { embedded }),
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
