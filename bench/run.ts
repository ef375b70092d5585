import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../src/config/projectRoot.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embeddedNeo4j.js';
import { loadCypher } from '../src/db/cypherStatements.js';
import { Executor } from '../src/db/executor.js';
import { setupSchema } from '../src/graph/setupSchema.js';
import { buildCluster, clustersFor, globalEntities } from './corpus/clusterModel.js';
import { ingestClusters, type IngestReport } from './corpus/ingestCorpus.js';
import { emptySamples, runLoad, summarise, type LoadSamples, type LoadSummary } from './lib/load.js';
import { runPaced } from './lib/paced.js';
import { loadAverage, machine, packageVersions } from './lib/machine.js';
import { cpuSecondsOf, folderSizeMb, jvmHeapOf, machineCpuSeconds, memoryOf, startNodeProcess, type JvmHeap, type ManagedProcess } from './lib/processes.js';
import { measureStartup, type StartupTiming } from './lib/startup.js';
import { ratio, round, showSpread, spread, type Spread } from './lib/stats.js';
import { queryKinds } from './mix/documents.js';
import { buildMix, systems, type MixRequest, type System } from './mix/mix.js';
import { answerProblems, ask, canonicalOurs, compareWithOurs, isEmptyAnswer } from './mix/verify.js';
import { runScript } from './lib/script.js';

/**
 * `npm run bench` and `npm run bench:smoke`: one throw-away embedded Neo4j, the synthetic corpus
 * loaded scale by scale through the product's ingest path, and at each scale the same query
 * mix against our server, an @neo4j/graphql server and a raw-Cypher endpoint (three processes
 * over the same Neo4j and the same data). Before measuring, every request of the mix is asked of
 * all three and the answers are compared exactly (bench/mix/verify.ts). Then `rounds` saturated
 * rounds (autocannon) and `rounds` paced rounds (the same fixed rate for every system) per
 * system, reported as the median and min–max across rounds, with CPU per request of each
 * process and of Neo4j. Prints the tables, writes the results file (bench/results/<date>.json
 * for a full run) and exits non-zero when any system answered with an error or any answer
 * differs from ours. BENCHMARKS.md explains the setup and the figures.
 */

interface Settings {
  mode: 'full' | 'smoke';
  scales: number[];
  seed: string;
  connections: number;
  /** The least warm-up per system and scale; it goes on while the system still speeds up (warmUp). */
  warmupSeconds: number;
  /** The most warm-up per system and scale. */
  warmupMaxSeconds: number;
  roundSeconds: number;
  rounds: number;
  /** The paced (fixed-rate) latency phase runs at this share of the slowest system's throughput. */
  pacedShare: number;
  pacedSeconds: number;
  perKind: number;
  heapMb: number;
  pageCacheMb: number;
  ingestConcurrency: number;
  bundlesPerTransaction: number;
  measureStartup: boolean;
  out: string | null;
}

function parseSettings(argv: string[]): Settings {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const int = (name: string, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive integer, got "${raw}"`);
    return n;
  };
  const smoke = flag('smoke');
  const scales = (value('scales') ?? (smoke ? '10k' : '10k,100k,1m')).split(',').map(parseScale);
  const date = new Date().toISOString().slice(0, 10);
  return {
    mode: smoke ? 'smoke' : 'full',
    scales,
    seed: value('seed') ?? 'newsgraph-bench-1',
    connections: int('connections', 8),
    // 5 s left the first measured round the slowest for all three systems (the JVM's and V8's
    // compilers still at work): runs h and i at 10k, 0.5-0.7x the next rounds' throughput.
    warmupSeconds: int('warmup', smoke ? 2 : 15),
    // 15 s was not enough for fresh processes either: in run m, ours at 10k (the first scale)
    // went from 1.9 to 1.1 ms of CPU per request and from 316 to 566 req/s over its first four
    // rounds; the other two systems showed no such trend.
    warmupMaxSeconds: int('warmup-max', smoke ? 2 : 120),
    roundSeconds: int('seconds', smoke ? 4 : 10),
    // Five: with the machine's drift (one system's rounds spread by ±20%), a median of three
    // moved with a single slow round.
    rounds: int('rounds', smoke ? 1 : 5),
    pacedShare: 0.5,
    pacedSeconds: int('paced-seconds', smoke ? 4 : 10),
    perKind: int('per-kind', 16),
    heapMb: int('heap-mb', smoke ? 1024 : 3072),
    pageCacheMb: int('pagecache-mb', smoke ? 512 : 3072),
    ingestConcurrency: int('ingest-concurrency', 1),
    bundlesPerTransaction: int('bundles-per-tx', 25),
    measureStartup: smoke ? flag('startup') : !flag('no-startup'),
    out: value('out') ?? (smoke ? null : join(projectRoot(), 'bench', 'results', `${date}.json`)),
  };
}

function parseScale(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (match === null) throw new Error(`--scales: expected sizes such as 10k,100k,1m, got "${text}"`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

const scaleName = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n));
const log = (line: string) => process.stdout.write(`${line}\n`);

/** One round of one phase against one system. */
interface RoundFigures {
  round: number;
  requests: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  byKind: LoadSummary['byKind'];
  /**
   * CPU milliseconds per answered request during the round: the system's own process, Neo4j's
   * (only this system was asking it), and the load generator's (this process: autocannon or the
   * paced client, which shares the machine's cores with the servers).
   */
  cpuMsPerRequest: { server: number | null; neo4j: number | null; loadGenerator: number | null };
  /** Cores kept busy on average by processes other than the three servers, Neo4j and this runner, and stolen by the hypervisor. */
  otherCores: number | null;
  stealCores: number | null;
}

/** All rounds of one phase against one system: median and min–max across rounds, and every round. */
interface PhaseResult {
  rounds: RoundFigures[];
  /** For the paced phase, the rate achieved (it should equal the offered rate). */
  throughput: Spread | null;
  p50: Spread | null;
  p99: Spread | null;
  cpuMsPerRequest: { server: Spread | null; neo4j: Spread | null; serverPlusNeo4j: Spread | null; loadGenerator: Spread | null };
  errors: number;
  /** Every round's samples pooled, by query kind; p50Rounds is the median and range of each round's p50. */
  byKind: Record<string, { requests: number; p50: number; p99: number; errors: number; p50Rounds: Spread | null }>;
}

interface SystemResult {
  /** Closed loop: `connections` clients, each sending its next request when the last is answered. */
  saturated: PhaseResult;
  /** Open loop at `pacedRate` req/s for every system: latency under the same offered load. */
  paced: PhaseResult;
  memory: { rssMb: number; peakRssMb: number } | null;
}

interface KindRatios {
  p50OursVsNeo4jGraphql: number | null;
  p50OursVsRaw: number | null;
  p99OursVsNeo4jGraphql: number | null;
  p99OursVsRaw: number | null;
}

interface ScaleResult {
  scale: number;
  clusters: number;
  nodes: { total: number; entities: number; figures: number; sources: number; nameKeys: number };
  relationships: number;
  storeMb: number;
  ingest: IngestReport;
  /** Seconds of loading from empty to this scale (sum of the increments). */
  cumulativeLoadSeconds: number;
  verification: Verification;
  /** How Neo4j was let finish the loading's work before the rounds (settleNeo4j). */
  settled: Settled;
  /** Each system's warm-up: the throughput of each of its windows (warmUp). */
  warmup: Partial<Record<System, number[]>>;
  /** Requests per second of the paced phase, the same for every system. */
  pacedRate: number;
  /** Load averages (1, 5, 15 min) just before the first measured round and after the last. */
  loadAverage: { before: number[]; after: number[] };
  systems: Partial<Record<System, SystemResult>>;
  neo4jHeap: JvmHeap | null;
  neo4jRssMb: number | null;
  /** Ratios of the medians across rounds; `...Rounds` is the range of the round-by-round ratios. */
  ratios: {
    throughputOursVsNeo4jGraphql: number | null;
    throughputOursVsNeo4jGraphqlRounds: Spread | null;
    throughputOursVsRaw: number | null;
    /** Paced phase (same offered load). */
    p50OursVsRaw: number | null;
    p50OursVsNeo4jGraphql: number | null;
    p99OursVsNeo4jGraphql: number | null;
    p99OursVsRaw: number | null;
    /** Saturated phase, for reference: at saturation p50 mostly mirrors throughput. */
    saturatedP50OursVsRaw: number | null;
    /** Paced phase, every round's samples pooled by kind. */
    byKind: Record<string, KindRatios>;
  };
}

interface Verification {
  /** Requests compared: every request of the mix, asked once of each system. */
  requests: number;
  /** HTTP errors, GraphQL errors, answers without data. */
  problems: string[];
  /** Where the raw floor's answer differs from ours (exact comparison, bench/mix/verify.ts). */
  rawDiffers: string[];
  /** Where @neo4j/graphql's answer differs from ours (exact comparison, bench/mix/verify.ts). */
  neo4jGraphqlDiffers: string[];
  /** Requests whose (equal) answer is empty, by kind: the comparison proves less for those. */
  emptyAnswers: Record<string, number>;
  /** The most statements (x-db-round-trips) and transactions (x-db-transactions) our server used for one request of the kind. */
  roundTrips: Record<string, number>;
  transactions: Record<string, number>;
}

async function main(): Promise<number> {
  const settings = parseSettings(process.argv.slice(2));
  const startedAt = new Date();
  const info = { machine: machine(), versions: packageVersions() };
  log(`newsgraph benchmark (${settings.mode}): scales ${settings.scales.map(scaleName).join(', ')}; ${info.machine.cpus} CPUs (${info.machine.cpuModel}), ${info.machine.memoryGiB} GiB, load average ${info.machine.loadAverage.join(' ')}`);

  let startup: { firstStart: StartupTiming; restart: StartupTiming } | null = null;
  if (settings.measureStartup) {
    log('\nTiming `node dist/src/main.js` (what `npm start` runs once built) to ready...');
    startup = await measureStartup();
    log(`  first start (empty store, seeding): ${startup.firstStart.seconds} s (Neo4j ${startup.firstStart.neo4jSeconds} s); restart: ${startup.restart.seconds} s`);
  }

  const dataDir = mkdtempSync(join(os.tmpdir(), 'newsgraph-bench-neo4j-'));
  let database: EmbeddedNeo4j | undefined;
  let ingestDriver: Driver | undefined;
  const servers: Partial<Record<System, ManagedProcess>> = {};
  const scales: ScaleResult[] = [];
  let neo4jVersion = 'unknown';
  let failed = false;
  // SIGINT/SIGTERM stop the run cleanly: the scale under way is dropped, Neo4j and the servers
  // are stopped, and the results of the finished scales are written (with `interrupted`).
  let interrupted: string | null = null;
  let abort: (error: Error) => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    abort = reject;
  });
  aborted.catch(() => {});
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = signal;
      log(`\n${signal}: stopping after the finished scales`);
      abort(new Error(`interrupted by ${signal}`));
    });
  }
  // Written after every scale (so a run stopped later keeps what it measured) and at the end.
  const writeResults = (finished: boolean) => {
    if (settings.out === null) return;
    const now = new Date();
    const result = {
      kind: settings.mode,
      startedAt: startedAt.toISOString(),
      minutes: round((now.getTime() - startedAt.getTime()) / 60_000, 1),
      finished,
      interrupted,
      machine: { ...info.machine, loadAverageAtEnd: loadAverage() },
      versions: { ...info.versions, neo4j: neo4jVersion },
      settings: { ...settings, out: undefined, globalEntities: globalEntities.length },
      startup,
      scales,
      targets: evaluateTargets(scales, startup),
      ok: finished && !failed && interrupted === null,
    };
    mkdirSync(join(settings.out, '..'), { recursive: true });
    writeFileSync(settings.out, `${JSON.stringify(result, null, 2)}\n`);
    if (finished) log(`\nresults written to ${settings.out}`);
  };
  try {
    database = await startEmbeddedNeo4j({ dataDir, boltPort: 0, heapMb: settings.heapMb, pageCacheMb: settings.pageCacheMb });
    log(`\nNeo4j up at ${database.boltUri} (pid ${database.pid}, heap ${settings.heapMb} MiB, page cache ${settings.pageCacheMb} MiB, data ${dataDir})`);
    // The ingest's own driver: bulk transactions may wait on locks of the shared global hubs, so
    // it retries for longer than the server's driver does.
    ingestDriver = neo4j.driver(database.boltUri, undefined, { maxTransactionRetryTime: 120_000, maxConnectionPoolSize: 8 });
    const statements = loadCypher();
    const executor = new Executor({ driver: ingestDriver, statements });
    await setupSchema(executor, statements.keys());
    const components = await ingestDriver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    neo4jVersion = components.records.map((r) => `${String(r.get('name'))} ${String(r.get('version'))} ${String(r.get('edition'))}`).join(', ');

    const env = { BOLT_URI: database.boltUri };
    const dist = join(projectRoot(), 'dist');
    const [oursServer, theirServer, rawServer] = await Promise.all([
      startNodeProcess('ours', join(dist, 'src', 'main.js'), { NEO4J_URI: database.boltUri, PORT: '0', HOST: '127.0.0.1', SEED: 'off', LOG_LEVEL: 'warn' }, /newsgraph is ready: (http:\/\/[\d.:]+)/),
      startNodeProcess('neo4j-graphql', join(dist, 'bench', 'neo4j-graphql', 'server.js'), env, /LISTENING (http:\/\/[\d.:]+)/),
      startNodeProcess('raw', join(dist, 'bench', 'raw', 'server.js'), env, /LISTENING (http:\/\/[\d.:]+)/),
    ]);
    servers.ours = oursServer;
    servers['neo4j-graphql'] = theirServer;
    servers.raw = rawServer;
    log(`servers: ours ${oursServer.url} (pid ${oursServer.pid}), @neo4j/graphql ${theirServer.url} (pid ${theirServer.pid}), raw ${rawServer.url} (pid ${rawServer.pid})`);

    let loadedClusters = 0;
    let cumulativeLoadSeconds = 0;
    for (const scale of settings.scales) {
      await Promise.race([aborted, runScale(scale)]);
    }
    async function runScale(scale: number): Promise<void> {
      const db = database!;
      const driver = ingestDriver!;
      const clusters = clustersFor(scale);
      log(`\n=== ${scaleName(scale)} nodes: loading clusters ${loadedClusters}..${clusters - 1} (${settings.ingestConcurrency} at a time, ${settings.bundlesPerTransaction} bundle(s) per transaction)`);
      let lastProgress = 0;
      const ingest = await ingestClusters(executor, settings.seed, loadedClusters, clusters, {
        concurrency: settings.ingestConcurrency,
        bundlesPerTransaction: settings.bundlesPerTransaction,
        onProgress: (p) => {
          if (p.seconds - lastProgress >= 30) {
            lastProgress = p.seconds;
            log(`  ... ${p.clusters} clusters, ${p.bundles} bundles, ${p.figures} figures in ${Math.round(p.seconds)} s`);
          }
        },
      });
      loadedClusters = clusters;
      cumulativeLoadSeconds += ingest.seconds;
      const nodes = await countNodes(driver);
      const relationships = await countRelationships(driver);
      log(`  loaded ${ingest.bundles} bundles, ${ingest.figures} figures in ${ingest.seconds} s: ${ingest.figuresPerSecond} figures/s, ${ingest.nodesPerSecond} nodes/s`);
      log(`  graph: ${nodes.entities + nodes.figures + nodes.sources} domain nodes (${nodes.entities} entities, ${nodes.figures} figures, ${nodes.sources} sources) + ${nodes.nameKeys} name keys; ${relationships} relationships`);

      const catalogs = Array.from({ length: clusters }, (_, c) => buildCluster(settings.seed, c).catalog);
      const mix = buildMix(catalogs, settings.perKind);
      const verification = await verify(mix, servers as Record<System, ManagedProcess>);
      log(
        `  verification (exact): ${verification.problems.length} problem(s); raw differs from ours on ${verification.rawDiffers.length}, @neo4j/graphql on ${verification.neo4jGraphqlDiffers.length} of ${verification.requests} requests; ` +
          `empty answers: ${queryKinds.map((k) => `${k} ${verification.emptyAnswers[k] ?? 0}`).join(', ')}`,
      );
      log(`  our statements / transactions per request: ${queryKinds.map((k) => `${k} ${verification.roundTrips[k]}/${verification.transactions[k]}`).join(', ')}`);
      for (const line of [...verification.problems, ...verification.rawDiffers, ...verification.neo4jGraphqlDiffers].slice(0, 12)) log(`    ${line}`);
      if (verification.problems.length + verification.rawDiffers.length + verification.neo4jGraphqlDiffers.length > 0) {
        failed = true;
        log('  VERIFICATION FAILED: the systems do not give the same answers; the figures below are measured but the run fails');
      }

      const pids = { servers: systems.map((s) => servers[s]!.pid), neo4j: db.pid };
      const measure = async (system: System, round: number, run: (into: LoadSamples) => Promise<void>, pooled: LoadSamples): Promise<RoundFigures> => {
        const samples = emptySamples();
        const before = cpuSnapshot(servers[system]!.pid, pids);
        const startedAt = performance.now();
        await run(samples);
        const wallSeconds = (performance.now() - startedAt) / 1000;
        const after = cpuSnapshot(servers[system]!.pid, pids);
        merge(pooled, samples);
        return roundFigures(round, summarise(samples), before, after, wallSeconds);
      };

      const settled = await settleNeo4j(db.pid);
      log(`  Neo4j ${settled.quiet ? 'quiet' : 'still busy'} after ${settled.quietSeconds} s of waiting`);
      const warmup: Partial<Record<System, number[]>> = {};
      for (const system of systems) {
        warmup[system] = await warmUp(system, servers[system]!.url, mix, settings);
        log(`  warm-up ${names[system]}: ${warmup[system]!.length * warmupWindow(settings)} s, req/s by window ${warmup[system]!.join(' ')}`);
      }
      const loadBefore = loadAverage();
      const saturatedPooled = Object.fromEntries(systems.map((s) => [s, emptySamples()])) as Record<System, LoadSamples>;
      const pacedPooled = Object.fromEntries(systems.map((s) => [s, emptySamples()])) as Record<System, LoadSamples>;
      const saturatedRounds = Object.fromEntries(systems.map((s) => [s, [] as RoundFigures[]])) as Record<System, RoundFigures[]>;
      const pacedRounds = Object.fromEntries(systems.map((s) => [s, [] as RoundFigures[]])) as Record<System, RoundFigures[]>;
      // Rotate the order between rounds so drift in the machine's other load favours no system.
      const orderOf = (round: number) => systems.map((_, i) => systems[(i + round) % systems.length]!);
      for (let r = 0; r < settings.rounds; r++) {
        for (const system of orderOf(r)) {
          const figures = await measure(system, r + 1, (into) => runLoad(system, servers[system]!.url, mix, { connections: settings.connections, seconds: settings.roundSeconds }, into), saturatedPooled[system]);
          saturatedRounds[system].push(figures);
          log(`  saturated round ${r + 1}/${settings.rounds} ${names[system]}: ${figures.throughput} req/s, p50 ${figures.p50} ms, CPU ms/req server ${figures.cpuMsPerRequest.server} + Neo4j ${figures.cpuMsPerRequest.neo4j}; others ${figures.otherCores} cores`);
        }
      }
      const slowest = Math.min(...systems.map((s) => spread(saturatedRounds[s].map((f) => f.throughput))?.median ?? Infinity));
      const pacedRate = Math.max(1, Math.round((Number.isFinite(slowest) ? slowest : 2) * settings.pacedShare));
      log(`  paced rounds at ${pacedRate} req/s (${settings.pacedShare} of the slowest system's median throughput)`);
      for (let r = 0; r < settings.rounds; r++) {
        for (const system of orderOf(r + 1)) {
          const figures = await measure(system, r + 1, (into) => runPaced(system, servers[system]!.url, mix, { rate: pacedRate, seconds: settings.pacedSeconds }, into), pacedPooled[system]);
          pacedRounds[system].push(figures);
          log(`  paced round ${r + 1}/${settings.rounds} ${names[system]}: p50 ${figures.p50} ms, p99 ${figures.p99} ms, CPU ms/req server ${figures.cpuMsPerRequest.server} + Neo4j ${figures.cpuMsPerRequest.neo4j}; others ${figures.otherCores} cores`);
        }
      }
      const loadAfter = loadAverage();
      const results: Partial<Record<System, SystemResult>> = {};
      for (const system of systems) {
        results[system] = {
          saturated: phaseResult(saturatedRounds[system], saturatedPooled[system]),
          paced: phaseResult(pacedRounds[system], pacedPooled[system]),
          memory: memoryOf(servers[system]!.pid),
        };
        const errors = results[system].saturated.errors + results[system].paced.errors;
        if (errors > 0) {
          failed = true;
          log(`  ${system}: ${errors} failed request(s): ${[...saturatedPooled[system].failures, ...pacedPooled[system].failures].slice(0, 2).join(' | ')}`);
        }
      }
      const neo4jHeap = jvmHeapOf(db.pid);
      const ours = results.ours!;
      const theirs = results['neo4j-graphql']!;
      const raw = results.raw!;
      const med = (value: Spread | null) => value?.median ?? Number.NaN;
      const byKind: Record<string, KindRatios> = {};
      for (const kind of queryKinds) {
        const [o, t, f] = [ours.paced.byKind[kind]!, theirs.paced.byKind[kind]!, raw.paced.byKind[kind]!];
        byKind[kind] = { p50OursVsNeo4jGraphql: ratio(o.p50, t.p50), p50OursVsRaw: ratio(o.p50, f.p50), p99OursVsNeo4jGraphql: ratio(o.p99, t.p99), p99OursVsRaw: ratio(o.p99, f.p99) };
      }
      const scaleResult: ScaleResult = {
        scale,
        clusters,
        nodes,
        relationships,
        storeMb: folderSizeMb(dataDir),
        ingest,
        cumulativeLoadSeconds: round(cumulativeLoadSeconds, 1),
        verification,
        settled,
        warmup,
        pacedRate,
        loadAverage: { before: loadBefore, after: loadAfter },
        systems: results,
        neo4jHeap,
        neo4jRssMb: memoryOf(db.pid)?.rssMb ?? null,
        ratios: {
          throughputOursVsNeo4jGraphql: ratio(med(ours.saturated.throughput), med(theirs.saturated.throughput)),
          throughputOursVsNeo4jGraphqlRounds: spread(ours.saturated.rounds.map((o, i) => ratio(o.throughput, theirs.saturated.rounds[i]?.throughput ?? Number.NaN))),
          throughputOursVsRaw: ratio(med(ours.saturated.throughput), med(raw.saturated.throughput)),
          p50OursVsRaw: ratio(med(ours.paced.p50), med(raw.paced.p50)),
          p50OursVsNeo4jGraphql: ratio(med(ours.paced.p50), med(theirs.paced.p50)),
          p99OursVsNeo4jGraphql: ratio(med(ours.paced.p99), med(theirs.paced.p99)),
          p99OursVsRaw: ratio(med(ours.paced.p99), med(raw.paced.p99)),
          saturatedP50OursVsRaw: ratio(med(ours.saturated.p50), med(raw.saturated.p50)),
          byKind,
        },
      };
      // A run stopped meanwhile has stopped the servers: what this scale measured is not kept.
      if (interrupted !== null) return;
      scales.push(scaleResult);
      printScale(scaleResult);
      writeResults(false);
    }
  } catch (error) {
    failed = true;
    if (interrupted === null) log(`\nbenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (interrupted === null) for (const server of Object.values(servers)) log(`--- ${server.name} output (last lines):\n${server.output().slice(-1500)}`);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await ingestDriver?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (interrupted !== null) {
    failed = true;
    log(`\nstopped by ${interrupted}: results for ${scales.length > 0 ? scales.map((s) => scaleName(s.scale)).join(', ') : 'no scale'} only`);
  }
  printSummary(scales, evaluateTargets(scales, startup), startup);
  writeResults(true);
  return failed ? 1 : 0;
}

async function countNodes(driver: Driver): Promise<ScaleResult['nodes']> {
  const count = async (label: string | null) => {
    const query = label === null ? 'MATCH (n) RETURN count(n) AS n' : `MATCH (n:${label}) RETURN count(n) AS n`;
    const result = await driver.executeQuery(query, {}, { routing: neo4j.routing.READ });
    return (result.records[0]!.get('n') as { toNumber(): number }).toNumber();
  };
  return {
    total: await count(null),
    entities: await count('Entity'),
    figures: await count('Figure'),
    sources: await count('Source'),
    nameKeys: await count('NameKey'),
  };
}

async function countRelationships(driver: Driver): Promise<number> {
  const result = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { routing: neo4j.routing.READ });
  return (result.records[0]!.get('n') as { toNumber(): number }).toNumber();
}

/**
 * Asks every request of the mix once of each system and compares the answers with ours exactly
 * (bench/mix/verify.ts): any difference, error or missing data fails the run.
 */
async function verify(mix: readonly MixRequest[], servers: Record<System, ManagedProcess>): Promise<Verification> {
  const problems: string[] = [];
  const rawDiffers: string[] = [];
  const neo4jGraphqlDiffers: string[] = [];
  const emptyAnswers: Record<string, number> = {};
  const roundTrips: Record<string, number> = {};
  const transactions: Record<string, number> = {};
  for (const item of mix) {
    const [ours, theirs, raw] = await Promise.all(systems.map((system) => ask(servers[system].url, system, item)));
    for (const [system, answer] of [['ours', ours], ['neo4j-graphql', theirs], ['raw', raw]] as const) {
      for (const problem of answerProblems(answer!)) problems.push(`${system} ${item.kind} (${item.label}): ${problem}`);
    }
    roundTrips[item.kind] = Math.max(roundTrips[item.kind] ?? 0, ours!.roundTrips ?? -1);
    transactions[item.kind] = Math.max(transactions[item.kind] ?? 0, ours!.transactions ?? -1);
    if (isEmptyAnswer(item.kind, canonicalOurs(item.kind, ours!.body))) emptyAnswers[item.kind] = (emptyAnswers[item.kind] ?? 0) + 1;
    for (const difference of compareWithOurs(item.kind, ours!.body, raw!.body, 'raw')) rawDiffers.push(`raw ≠ ours: ${item.kind} (${item.label}): ${difference}`);
    for (const difference of compareWithOurs(item.kind, ours!.body, theirs!.body, 'neo4j-graphql')) neo4jGraphqlDiffers.push(`@neo4j/graphql ≠ ours: ${item.kind} (${item.label}): ${difference}`);
  }
  return { requests: mix.length, problems, rawDiffers, neo4jGraphqlDiffers, emptyAnswers, roundTrips, transactions };
}

interface CpuSnapshot {
  server: number | null;
  neo4j: number | null;
  /** The three servers together. */
  allServers: number;
  runner: number;
  machine: { busy: number; steal: number } | null;
}

/** The warm-up's windows, in seconds: 5, or the whole warm-up when that is shorter (the smoke's). */
const warmupWindow = (settings: Settings) => Math.min(5, settings.warmupSeconds);

/**
 * Loads a system with the mix until it no longer speeds up: windows of 5 s, for at least
 * `warmupSeconds` and at most `warmupMaxSeconds`, ending after two windows in a row that are
 * not 3% faster than the fastest before them. Fresh processes (the first scale) take longest:
 * the JVM's and V8's compilers are still at work. Returns each window's requests per second.
 */
async function warmUp(system: System, url: string, mix: readonly MixRequest[], settings: Settings): Promise<number[]> {
  const window = warmupWindow(settings);
  const windows: number[] = [];
  let notFaster = 0;
  const most = Math.max(settings.warmupMaxSeconds, settings.warmupSeconds);
  while (windows.length * window < most) {
    const samples = emptySamples();
    await runLoad(system, url, mix, { connections: settings.connections, seconds: window }, samples);
    const throughput = summarise(samples).throughput;
    notFaster = windows.length > 0 && throughput <= Math.max(...windows) * 1.03 ? notFaster + 1 : 0;
    windows.push(throughput);
    if (windows.length * window >= settings.warmupSeconds && notFaster >= 2) break;
  }
  return windows;
}

interface Settled {
  /** Seconds until Neo4j used less than a tenth of a core over a second (at most 60: then `quiet` is false). */
  quietSeconds: number;
  quiet: boolean;
}

/**
 * Lets Neo4j finish what the loading left it (flushing, index sampling, garbage collection of
 * the load) before any system is warmed up and measured: waits until its process is nearly
 * idle, so that no round is charged with the loading's leftovers. (Neo4j Community has no
 * db.checkpoint() to force a checkpoint first.)
 */
async function settleNeo4j(pid: number): Promise<Settled> {
  const started = performance.now();
  let quiet = false;
  while (!quiet && performance.now() - started < 60_000) {
    const before = cpuSecondsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuSecondsOf(pid);
    quiet = before === null || after === null || after - before < 0.1;
  }
  return { quietSeconds: round((performance.now() - started) / 1000, 1), quiet };
}

function cpuSnapshot(serverPid: number, pids: { servers: number[]; neo4j: number }): CpuSnapshot {
  const usage = process.cpuUsage();
  return {
    server: cpuSecondsOf(serverPid),
    neo4j: cpuSecondsOf(pids.neo4j),
    allServers: pids.servers.reduce((sum, pid) => sum + (cpuSecondsOf(pid) ?? 0), 0),
    runner: (usage.user + usage.system) / 1e6,
    machine: machineCpuSeconds(),
  };
}

function roundFigures(roundNumber: number, summary: LoadSummary, before: CpuSnapshot, after: CpuSnapshot, wallSeconds: number): RoundFigures {
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null || summary.requests === 0 ? null : round(((b - a) * 1000) / summary.requests, 2));
  const known = after.allServers - before.allServers + ((after.neo4j ?? 0) - (before.neo4j ?? 0)) + (after.runner - before.runner);
  const machineBusy = after.machine !== null && before.machine !== null ? after.machine.busy - before.machine.busy : null;
  return {
    round: roundNumber,
    requests: summary.requests,
    seconds: summary.seconds,
    throughput: summary.throughput,
    p50: summary.p50,
    p99: summary.p99,
    errors: summary.errors,
    byKind: summary.byKind,
    cpuMsPerRequest: { server: perRequest(before.server, after.server), neo4j: perRequest(before.neo4j, after.neo4j), loadGenerator: perRequest(before.runner, after.runner) },
    otherCores: machineBusy === null ? null : round(Math.max(0, machineBusy - known) / wallSeconds, 2),
    stealCores: after.machine !== null && before.machine !== null ? round((after.machine.steal - before.machine.steal) / wallSeconds, 2) : null,
  };
}

function phaseResult(rounds: RoundFigures[], pooled: LoadSamples): PhaseResult {
  const summary = summarise(pooled);
  const cpu = (pick: (f: RoundFigures) => number | null) => spread(rounds.map(pick));
  const byKind: PhaseResult['byKind'] = {};
  for (const kind of queryKinds) {
    const all = summary.byKind[kind]!;
    byKind[kind] = { ...all, p50Rounds: spread(rounds.map((f) => f.byKind[kind]?.p50 ?? null)) };
  }
  return {
    rounds,
    throughput: spread(rounds.map((f) => f.throughput), 1),
    p50: spread(rounds.map((f) => f.p50)),
    p99: spread(rounds.map((f) => f.p99)),
    cpuMsPerRequest: {
      server: cpu((f) => f.cpuMsPerRequest.server),
      neo4j: cpu((f) => f.cpuMsPerRequest.neo4j),
      serverPlusNeo4j: cpu((f) => (f.cpuMsPerRequest.server === null || f.cpuMsPerRequest.neo4j === null ? null : f.cpuMsPerRequest.server + f.cpuMsPerRequest.neo4j)),
      loadGenerator: cpu((f) => f.cpuMsPerRequest.loadGenerator),
    },
    errors: summary.errors,
    byKind,
  };
}

/** Adds one round's samples to the pooled samples of all rounds. */
function merge(into: LoadSamples, from: LoadSamples): void {
  into.seconds += from.seconds;
  into.latencies.push(...from.latencies);
  for (const [kind, list] of from.byKind) into.byKind.set(kind, [...(into.byKind.get(kind) ?? []), ...list]);
  for (const [kind, n] of from.failedByKind) into.failedByKind.set(kind, (into.failedByKind.get(kind) ?? 0) + n);
  into.socketErrors += from.socketErrors;
  for (const failure of from.failures) if (into.failures.length < 5) into.failures.push(failure);
}

const names: Record<System, string> = { ours: 'ours', 'neo4j-graphql': '@neo4j/graphql', raw: 'raw Cypher' };

function table(header: string[], rows: Array<Array<string | number | null>>): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const cpuCell = (value: Spread | null) => showSpread(value);

function printScale(result: ScaleResult): void {
  const rate = result.pacedRate;
  log(`\n${scaleName(result.scale)} nodes: the mix (${queryKinds.length} kinds), same Neo4j, same data; median (min–max) over ${result.systems.ours!.saturated.rounds.length} round(s)`);
  log(
    table(
      ['system', 'req/s (saturated)', 'p50 ms (saturated)', `p50 ms @ ${rate}/s`, `p99 ms @ ${rate}/s`, 'errors', 'RSS MiB'],
      systems.map((s) => {
        const r = result.systems[s]!;
        return [names[s], showSpread(r.saturated.throughput), showSpread(r.saturated.p50), showSpread(r.paced.p50), showSpread(r.paced.p99), r.saturated.errors + r.paced.errors, r.memory?.rssMb ?? null];
      }),
    ),
  );
  log('\nCPU ms per request: each system\'s own process and Neo4j\'s share (only that system was asking it), and the load generator\'s');
  log(
    table(
      ['system', 'process (saturated)', 'Neo4j (saturated)', `process @ ${rate}/s`, `Neo4j @ ${rate}/s`, 'load generator (saturated)'],
      systems.map((s) => {
        const r = result.systems[s]!;
        return [names[s], cpuCell(r.saturated.cpuMsPerRequest.server), cpuCell(r.saturated.cpuMsPerRequest.neo4j), cpuCell(r.paced.cpuMsPerRequest.server), cpuCell(r.paced.cpuMsPerRequest.neo4j), cpuCell(r.saturated.cpuMsPerRequest.loadGenerator)];
      }),
    ),
  );
  const others = spread(systems.flatMap((s) => [...result.systems[s]!.saturated.rounds, ...result.systems[s]!.paced.rounds].map((f) => f.otherCores)));
  log(`other processes kept ${showSpread(others)} cores busy during the rounds; load average ${result.loadAverage.before.join(' ')} before, ${result.loadAverage.after.join(' ')} after`);
  const r = result.ratios;
  log(
    `ours/@neo4j/graphql throughput ${r.throughputOursVsNeo4jGraphql}× (rounds ${showSpread(r.throughputOursVsNeo4jGraphqlRounds)}); ours/raw throughput ${r.throughputOursVsRaw}×; ` +
      `at ${rate} req/s: p50 ours/@neo4j/graphql ${r.p50OursVsNeo4jGraphql}×, ours/raw ${r.p50OursVsRaw}×; p99 ours/@neo4j/graphql ${r.p99OursVsNeo4jGraphql}×`,
  );
  log(`\np50 / p99 ms by query kind at ${rate} req/s (all paced rounds pooled)`);
  log(
    table(
      ['kind', ...systems.map((s) => names[s]), 'p50 ours/@neo4j/graphql', 'p50 ours/raw', 'p99 ours/@neo4j/graphql', 'our statements / transactions'],
      queryKinds.map((kind) => [
        kind,
        ...systems.map((s) => `${result.systems[s]!.paced.byKind[kind]!.p50} / ${result.systems[s]!.paced.byKind[kind]!.p99}`),
        r.byKind[kind]!.p50OursVsNeo4jGraphql,
        r.byKind[kind]!.p50OursVsRaw,
        r.byKind[kind]!.p99OursVsNeo4jGraphql,
        `${result.verification.roundTrips[kind] ?? '–'} / ${result.verification.transactions[kind] ?? '–'}`,
      ]),
    ),
  );
  log(`Neo4j heap: ${result.neo4jHeap ? `${result.neo4jHeap.usedMb} MiB used, ${result.neo4jHeap.liveMb} MiB live after GC, ${result.neo4jHeap.committedMb} MiB committed` : 'unknown'}; Neo4j RSS ${result.neo4jRssMb} MiB; store ${result.storeMb} MiB`);
}

interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

function evaluateTargets(scales: ScaleResult[], startup: { firstStart: StartupTiming } | null): Target[] {
  const targets: Target[] = [];
  const perScale = (pick: (s: ScaleResult) => number | string | null) => scales.map((s) => `${scaleName(s.scale)}: ${pick(s) ?? '–'}`).join(', ');
  const all = (test: (s: ScaleResult) => boolean) => (scales.length === 0 ? null : scales.every(test));
  const atScale = (n: number) => scales.find((s) => s.scale === n);
  targets.push({
    name: 'throughput ours / @neo4j/graphql (median of rounds)',
    goal: '≥ 1.5× at every scale',
    measured: perScale((s) => `${s.ratios.throughputOursVsNeo4jGraphql}× (rounds ${showSpread(s.ratios.throughputOursVsNeo4jGraphqlRounds)})`),
    met: all((s) => (s.ratios.throughputOursVsNeo4jGraphql ?? 0) >= 1.5),
  });
  const kindsOver = (s: ScaleResult, pick: (k: KindRatios) => number | null, limit: number) =>
    queryKinds.filter((kind) => (pick(s.ratios.byKind[kind]!) ?? Infinity) > limit);
  const worst = (s: ScaleResult, pick: (k: KindRatios) => number | null) => Math.max(...queryKinds.map((kind) => pick(s.ratios.byKind[kind]!) ?? Infinity));
  targets.push({
    name: 'every kind: p50 ours / @neo4j/graphql (same offered load)',
    goal: '≤ 1×',
    measured: perScale((s) => `worst ${worst(s, (k) => k.p50OursVsNeo4jGraphql)}×${kindsOver(s, (k) => k.p50OursVsNeo4jGraphql, 1).length > 0 ? ` (over: ${kindsOver(s, (k) => k.p50OursVsNeo4jGraphql, 1).join(', ')})` : ''} @ ${s.pacedRate}/s`),
    met: all((s) => kindsOver(s, (k) => k.p50OursVsNeo4jGraphql, 1).length === 0),
  });
  targets.push({
    name: 'every kind: p50 ours / raw Cypher (same offered load)',
    goal: '≤ 1.3×',
    measured: perScale((s) => `worst ${worst(s, (k) => k.p50OursVsRaw)}×${kindsOver(s, (k) => k.p50OursVsRaw, 1.3).length > 0 ? ` (over: ${kindsOver(s, (k) => k.p50OursVsRaw, 1.3).join(', ')})` : ''} @ ${s.pacedRate}/s`),
    met: all((s) => kindsOver(s, (k) => k.p50OursVsRaw, 1.3).length === 0),
  });
  const largest = scales.at(-1);
  const at1m = atScale(1_000_000);
  if (at1m !== undefined) {
    const o = at1m.systems.ours!.paced.p99;
    const t = at1m.systems['neo4j-graphql']!.paced.p99;
    targets.push({
      name: 'p99 at 1M, ours / @neo4j/graphql (same offered load, median of rounds)',
      goal: '≤ 1×',
      measured: `${at1m.ratios.p99OursVsNeo4jGraphql}× (${showSpread(o)} vs ${showSpread(t)} ms @ ${at1m.pacedRate}/s)`,
      met: at1m.ratios.p99OursVsNeo4jGraphql === null ? null : at1m.ratios.p99OursVsNeo4jGraphql <= 1,
    });
  } else {
    targets.push({
      name: 'p99 at 1M, ours / @neo4j/graphql (same offered load, median of rounds)',
      goal: '≤ 1×',
      measured: `not measured (1M not run); ${perScale((s) => `${s.ratios.p99OursVsNeo4jGraphql}×`)}`,
      met: null,
    });
  }
  const at10k = atScale(10_000);
  if (at10k !== undefined) {
    const cpu = at10k.systems.ours!.saturated.cpuMsPerRequest.server;
    targets.push({
      name: 'our Node CPU per request at 10k (saturated, median of rounds)',
      goal: '≤ 1.5 ms',
      measured: `${showSpread(cpu)} ms (paced: ${showSpread(at10k.systems.ours!.paced.cpuMsPerRequest.server)} ms)`,
      met: cpu === null ? null : cpu.median <= 1.5,
    });
  }
  const at100k = atScale(100_000);
  targets.push({
    name: 'bulk ingest at 100k',
    goal: '≥ 5,000 figures/s',
    measured: perScale((s) => s.ingest.figuresPerSecond),
    met: at100k === undefined ? null : at100k.ingest.figuresPerSecond >= 5000,
  });
  const first = scales[0];
  if (first !== undefined && largest !== undefined && largest.scale > first.scale) {
    const growth = ratio(largest.systems.ours!.paced.p50?.median ?? Number.NaN, first.systems.ours!.paced.p50?.median ?? Number.NaN);
    targets.push({
      name: `p50 ours at ${scaleName(largest.scale)} / at ${scaleName(first.scale)} (paced)`,
      goal: '≤ 2×',
      measured: `${growth}× (${first.systems.ours!.paced.p50?.median} → ${largest.systems.ours!.paced.p50?.median} ms)`,
      met: growth !== null && growth <= 2,
    });
  }
  if (startup !== null) {
    targets.push({ name: '`npm start` to ready, once built', goal: '≤ 20 s', measured: `${startup.firstStart.seconds} s (first start, seeding)`, met: startup.firstStart.seconds <= 20 });
  }
  return targets;
}

function printSummary(scales: ScaleResult[], targets: Target[], startup: { firstStart: StartupTiming; restart: StartupTiming } | null): void {
  if (scales.length === 0) return;
  log('\n=== Summary');
  log('\nSaturated throughput, median (min–max) over rounds (ratios within one run are what count)');
  log(
    table(
      ['nodes', ...systems.map((s) => `${names[s]} req/s`), 'ours/@neo4j/graphql', 'ours/raw'],
      scales.map((s) => [scaleName(s.scale), ...systems.map((sys) => showSpread(s.systems[sys]!.saturated.throughput)), s.ratios.throughputOursVsNeo4jGraphql, s.ratios.throughputOursVsRaw]),
    ),
  );
  log('\np50 / p99 ms at the same offered load (paced), median over rounds');
  log(
    table(
      ['nodes', 'paced req/s', ...systems.map((s) => `${names[s]} p50 / p99`), 'p50 ours/@neo4j/graphql', 'p50 ours/raw', 'p99 ours/@neo4j/graphql'],
      scales.map((s) => [
        scaleName(s.scale),
        s.pacedRate,
        ...systems.map((sys) => `${s.systems[sys]!.paced.p50?.median} / ${s.systems[sys]!.paced.p99?.median}`),
        s.ratios.p50OursVsNeo4jGraphql,
        s.ratios.p50OursVsRaw,
        s.ratios.p99OursVsNeo4jGraphql,
      ]),
    ),
  );
  log('\nCPU ms per request (saturated, median over rounds): process + Neo4j');
  log(
    table(
      ['nodes', ...systems.map((s) => names[s])],
      scales.map((s) => [scaleName(s.scale), ...systems.map((sys) => `${s.systems[sys]!.saturated.cpuMsPerRequest.server?.median} + ${s.systems[sys]!.saturated.cpuMsPerRequest.neo4j?.median}`)]),
    ),
  );
  log('\nScaling curve (ours) and ingest');
  log(
    table(
      ['nodes', 'domain nodes', 'name keys', 'rels', 'p50 ms (paced)', 'p99 ms (paced)', 'req/s (saturated)', 'server RSS MiB', 'Neo4j heap used / live MiB', 'load s (step)', 'figures/s', 'load s (total)'],
      scales.map((s) => [
        scaleName(s.scale),
        s.nodes.entities + s.nodes.figures + s.nodes.sources,
        s.nodes.nameKeys,
        s.relationships,
        s.systems.ours!.paced.p50?.median ?? null,
        s.systems.ours!.paced.p99?.median ?? null,
        s.systems.ours!.saturated.throughput?.median ?? null,
        s.systems.ours!.memory?.rssMb ?? null,
        s.neo4jHeap ? `${s.neo4jHeap.usedMb} / ${s.neo4jHeap.liveMb}` : null,
        s.ingest.seconds,
        s.ingest.figuresPerSecond,
        s.cumulativeLoadSeconds,
      ]),
    ),
  );
  if (startup !== null) log(`\nStart-up: first start ${startup.firstStart.seconds} s, restart ${startup.restart.seconds} s`);
  log('\nTargets');
  log(table(['target', 'goal', 'measured', 'met'], targets.map((t) => [t.name, t.goal, t.measured, t.met === null ? '–' : t.met ? 'yes' : 'NO'])));
}

runScript(main);
