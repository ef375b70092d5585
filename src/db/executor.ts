import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session, type Transaction } from 'neo4j-driver';
import { translateError } from './translateError.js';
import { projectedStatement, statement, type CypherStatements } from './cypherStatements.js';
import type { Projection } from './projections.js';
import { toNativeInPlace } from './toNative.js';
import { toParams } from './toParams.js';

export type Row = Record<string, unknown>;

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** What the statements of one writeTransaction changed so far. */
export interface TxCounters extends WriteCounters {
  relationshipsDeleted: number;
  nodesDeleted: number;
}

export interface ExecutorOptions {
  driver: Driver;
  statements: CypherStatements;
  /** Named database; undefined uses the server's default (a home database on Aura). */
  database?: string;
  /** Per-transaction timeout in milliseconds, enforced by Neo4j. */
  queryTimeoutMs?: number;
}

/**
 * The one module that talks to neo4j-driver. Runs named statements from cypher/ with
 * parameters only, reads through executeRead (routed to readers in a cluster) and writes
 * through executeWrite, and translates driver errors (./translateError.ts) into client error codes. Nothing else
 * in the code base looks at a Neo4jError.
 */
export class Executor {
  /** Statements run through this executor (a request's own executor counts its own). */
  queryCount = 0;
  /** Transactions begun through this executor. */
  transactionCount = 0;
  /** Of those, the ones run as auto-commit transactions (readAutoCommit). */
  autoCommitCount = 0;
  /**
   * A request's reads share one read transaction, begun at its first read and ended by
   * `finish()` once the response is on its way: one transaction per request whatever the
   * selection, and the same snapshot for every field of it.
   */
  private shared: Promise<{ session: Session; tx: Transaction }> | null = null;

  constructor(
    private readonly options: ExecutorOptions,
    private readonly requestScoped = false,
  ) {}

  /** A fresh executor sharing the driver, with its own counters and read transaction: one per GraphQL request. */
  forRequest(): Executor {
    return new Executor(this.options, true);
  }

  /** The statements it runs by name: shared by every request's executor, a key for texts built from them. */
  get statements(): CypherStatements {
    return this.options.statements;
  }

  /** A named statement's text; with a projection, its records cut to the fields a request can ask. */
  cypher(name: string, projection?: Projection): string {
    return projection === undefined ? statement(this.options.statements, name) : projectedStatement(this.options.statements, name, projection);
  }

  async read(name: string, params: Row = {}): Promise<Row[]> {
    return this.readText(this.cypher(name), params);
  }

  /**
   * Runs a statement built from named ones (src/graph/plan/requestStatement.ts composes a
   * request's reads into one); its values are parameters like every other's.
   */
  async readText(query: string, params: Row = {}, alone = false): Promise<Row[]> {
    if (!this.requestScoped) return this.run('READ', (tx) => runAll(tx, query, params));
    if (alone && this.shared === null && this.transactionCount === 0) return this.readAutoCommit(query, params);
    this.queryCount += 1;
    try {
      const { tx } = await this.sharedTransaction();
      return await runAll(tx, query, params);
    } catch (error) {
      // A failed statement ends the transaction: later reads of the request begin a new one.
      this.finish();
      throw translateError(error);
    }
  }

  /**
   * The request's one statement as an auto-commit transaction: RUN and PULL in one Bolt
   * message, where an explicit transaction writes BEGIN, RUN and COMMIT apart (each a socket
   * write and a round trip; on this machine the three writes were a sixth of our process's
   * CPU samples under load). Only for a
   * statement the request reader knows to be the request's only one; should a resolver still
   * read, that read begins a transaction of its own (counted as a second).
   */
  private async readAutoCommit(query: string, params: Row): Promise<Row[]> {
    this.queryCount += 1;
    this.transactionCount += 1;
    this.autoCommitCount += 1;
    const session = this.session('READ');
    try {
      const config = this.txConfig();
      return await runAll({ run: (text, values) => session.run(text, values, config) }, query, params);
    } catch (error) {
      throw translateError(error);
    } finally {
      void session.close().catch(() => undefined);
    }
  }

  private sharedTransaction(): Promise<{ session: Session; tx: Transaction }> {
    if (this.shared === null) {
      this.transactionCount += 1;
      this.shared = (async () => {
        const session = this.session('READ');
        try {
          return { session, tx: session.beginTransaction(this.txConfig()) };
        } catch (error) {
          await session.close();
          throw error;
        }
      })();
    }
    return this.shared;
  }

  /**
   * Ends the request's read transaction, if one was begun, and gives its connection back.
   * Never throws and never delays the caller: a read-only transaction has nothing to lose.
   */
  finish(): void {
    const shared = this.shared;
    this.shared = null;
    if (shared === null) return;
    void shared
      .then(async ({ session, tx }) => {
        try {
          if (tx.isOpen()) await withoutDriverStack(() => tx.commit());
        } finally {
          await session.close();
        }
      })
      .catch(() => undefined);
  }

  async write(name: string, params: Row = {}): Promise<Row[]> {
    const query = this.cypher(name);
    return this.run('WRITE', (tx) => runAll(tx, query, params));
  }

  /**
   * Runs several named statements in one write transaction: all of them commit, or none does.
   * Counts as one round trip per statement.
   */
  async writeAll(steps: ReadonlyArray<{ name: string; params: Row }>): Promise<Row[][]> {
    const queries = steps.map((step) => ({ query: this.cypher(step.name), params: step.params }));
    return this.run('WRITE', async (tx) => {
      const results: Row[][] = [];
      for (const { query, params } of queries) results.push(await runAll(tx, query, params));
      return results;
    }, queries.length);
  }

  /**
   * Like writeAll, and also returns what the transaction changed (nodes and relationships
   * created), for the ingest summary.
   */
  async writeAllWithCounters(
    steps: ReadonlyArray<{ name: string; params: Row }>,
  ): Promise<{ results: Row[][]; counters: WriteCounters }> {
    const queries = steps.map((step) => ({ query: this.cypher(step.name), params: step.params }));
    return this.run('WRITE', async (tx) => {
      const results: Row[][] = [];
      const counters: WriteCounters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
      for (const { query, params } of queries) {
        const result = await tx.run(query, toParams(params) as Row);
        const updates = result.summary.counters.updates();
        counters.nodesCreated += updates.nodesCreated;
        counters.relationshipsCreated += updates.relationshipsCreated;
        counters.propertiesSet += updates.propertiesSet;
        results.push(rowsOf(result.records));
      }
      return { results, counters };
    }, queries.length);
  }

  /**
   * Runs `work` in one write transaction; `run` executes named statements inside it. Everything
   * commits together or nothing does (a throw inside `work` rolls back). Each `run` counts as a
   * round trip, and adds what it changed to `counters`. The driver may retry `work` on transient
   * errors, so it must not have side effects outside the transaction (counters start again at 0).
   */
  async writeTransaction<T>(
    work: (run: (name: string, params?: Row) => Promise<Row[]>, counters: TxCounters) => Promise<T>,
  ): Promise<T> {
    return this.run(
      'WRITE',
      (tx) => {
        const counters: TxCounters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
        return work(async (name, params = {}) => {
          this.queryCount += 1;
          const result = await tx.run(this.cypher(name), toParams(params) as Row);
          const updates = result.summary.counters.updates();
          counters.nodesCreated += updates.nodesCreated;
          counters.relationshipsCreated += updates.relationshipsCreated;
          counters.propertiesSet += updates.propertiesSet;
          counters.relationshipsDeleted += updates.relationshipsDeleted;
          counters.nodesDeleted += updates.nodesDeleted;
          return rowsOf(result.records);
        }, counters);
      },
      0,
    );
  }

  /** Cheap liveness probe for /readyz: one trivial read. Throws a GraphQLError when down. */
  async ping(): Promise<void> {
    await this.run('READ', (tx) => runAll(tx, 'RETURN 1 AS ok', {}), 0);
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.options.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database !== undefined && { database: this.options.database }),
    });
  }

  /** Every transaction's time limit (the `queryTimeoutMs` option). */
  private txConfig(): { timeout?: number } {
    return this.options.queryTimeoutMs !== undefined ? { timeout: this.options.queryTimeoutMs } : {};
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, trips = 1): Promise<T> {
    const session = this.session(mode);
    this.queryCount += trips;
    this.transactionCount += 1;
    const config = this.txConfig();
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }
}

/** Where a statement runs: a transaction, or a session with its auto-commit transaction's config bound. */
type Runner = Pick<ManagedTransaction, 'run'>;

async function runAll(tx: Runner, query: string, params: Row): Promise<Row[]> {
  const driverParams = toParams(params) as Row;
  let records: Neo4jRecord[];
  try {
    records = (await withoutDriverStack(() => tx.run(query, driverParams))).records;
  } catch (error) {
    throw withStatement(error, query);
  }
  return rowsOf(records);
}

/**
 * Starts a driver call that creates a Result (tx.run, tx.commit) without the stack trace the
 * driver formats for every Result at once (`new Error().stack` in its constructor, about a
 * tenth of this process's CPU per request, kept only to be pasted into a failure's stack).
 * The trace is cut to nothing for the synchronous start of the call only; a failure's stack
 * names the statement instead (withStatement).
 */
function withoutDriverStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A driver error whose stack the driver left empty (withoutDriverStack) names the statement's
 * first lines instead: in a log that says more than our call site would, and costs nothing
 * on the way there (capturing a call site for every statement was about a thirtieth of
 * this process's CPU under load).
 */
function withStatement(error: unknown, query: string): unknown {
  if (error instanceof Error && typeof error.stack === 'string') {
    const head = `${error.toString()}\n`;
    if (error.stack === head) error.stack = `${head}    in statement: ${query.slice(0, 160).replace(/\s+/g, ' ')}`;
  }
  return error;
}

/**
 * Records as plain rows. The records' values were just decoded for this result and nothing
 * else holds them, so they are converted where they are (toNativeInPlace), and read by index
 * rather than through Record.toObject (an iterator per record).
 */
function rowsOf(records: readonly Neo4jRecord[]): Row[] {
  const rows = new Array<Row>(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const keys = record.keys;
    const row: Row = {};
    for (let i = 0; i < keys.length; i++) row[keys[i] as string] = toNativeInPlace(record.get(i));
    rows[r] = row;
  }
  return rows;
}
