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
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: false,
    userAgent: 'newsgraph/0.1',
  });
}
