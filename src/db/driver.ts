import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * Creates the one driver of the process. The same code path serves the embedded launcher
 * (bolt://127.0.0.1, no auth) and any external Neo4j 5 (neo4j:// routing for clusters and Aura).
 * Retries are kept short so a query fails with SERVICE_UNAVAILABLE within seconds when
 * Neo4j is away, instead of the driver's default 30 s.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth =
    options.user !== undefined && options.password !== undefined
      ? neo4j.auth.basic(options.user, options.password)
      : undefined;
  return neo4j.driver(options.uri, auth, {
    maxTransactionRetryTime: 1_500,
    // A few connections busy at a time, the rest of the requests waiting their turn in the
    // driver (first come, first served): with hundreds of transactions at once on a small
    // machine Neo4j only shares its cores worse, and the slowest requests time out. A request
    // that cannot get a connection within 30 s fails with SERVICE_UNAVAILABLE.
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 32,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph/0.1',
  });
}
