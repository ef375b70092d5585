import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../src/config/projectRoot.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embeddedNeo4j.js';
import { loadCypher } from '../src/graph/cypherStatements.js';
import { Executor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/setupSchema.js';
import { buildCluster, clustersFor, globalEntities } from './corpus/clusterModel.js';
import { ingestClusters, type IngestReport } from './corpus/ingestCorpus.js';
import { emptySamples, runLoad, summarise, type LoadSamples, type LoadSummary } from './lib/load.js';
import { runPaced } from './lib/paced.js';
import { machine, packageVersions } from './lib/machine.js';
import { cpuSecondsOf, folderSizeMb, jvmHeapOf, memoryOf, startNodeProcess, type JvmHeap, type ManagedProcess } from './lib/processes.js';
import { measureStartup, type StartupTiming } from './lib/startup.js';
import { ratio, round } from './lib/stats.js';
import { queryKinds } from './mix/documents.js';
import { buildMix, systems, type MixRequest, type System } from './mix/mix.js';
import { answerProblems, ask, compareWithOurs, sameData } from './mix/verify.js';

/**
 * `npm run bench` and `npm run bench:smoke`: one throw-away embedded Neo4j, the synthetic corpus
 * loaded scale by scale through the product's ingest path, and at each scale the same query
 * mix against our server, an @neo4j/graphql server and a raw-Cypher endpoint (three processes
 * over the same Neo4j and the same data), measured with autocannon. Prints the tables, writes
 * the results file (bench/results/<date>.json for a full run) and exits non-zero when any
 * system answered with an error. BENCHMARKS.md explains the setup and the figures.
 */

interface Settings {
  mode: 'full' | 'smoke';
  scales: number[];
  seed: string;
  connections: number;
  warmupSeconds: number;
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
    warmupSeconds: int('warmup', smoke ? 2 : 5),
    roundSeconds: int('seconds', smoke ? 4 : 10),
    rounds: int('rounds', smoke ? 1 : 2),
    pacedShare: 0.5,
    pacedSeconds: int('paced-seconds', smoke ? 4 : 10),
    perKind: int('per-kind', 16),
    heapMb: int('heap-mb', smoke ? 1024 : 3072),
    pageCacheMb: int('pagecache-mb', smoke ? 512 : 3072),
    ingestConcurrency: int('ingest-concurrency', 2),
    bundlesPerTransaction: int('bundles-per-tx', 10),
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

interface SystemResult {
  /** Closed loop: `connections` clients, each sending its next request when the last is answered. */
  saturated: LoadSummary;
  /** Open loop at `pacedRate` req/s for every system: latency under the same offered load. */
  paced: Omit<LoadSummary, 'throughput'>;
  memory: { rssMb: number; peakRssMb: number } | null;
  /** CPU time per request during the saturated rounds: the system's own process and Neo4j's. */
  cpuMsPerRequest: { server: number | null; neo4j: number | null };
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
  verification: { problems: string[]; rawDiffers: string[]; neo4jGraphqlDiffers: string[]; roundTrips: Record<string, number> };
  /** Requests per second of the paced phase, the same for every system. */
  pacedRate: number;
  systems: Partial<Record<System, SystemResult>>;
  neo4jHeap: JvmHeap | null;
  neo4jRssMb: number | null;
  ratios: {
    throughputOursVsNeo4jGraphql: number | null;
    throughputOursVsRaw: number | null;
    /** Paced phase (same offered load). */
    p50OursVsRaw: number | null;
    p50OursVsNeo4jGraphql: number | null;
    /** Saturated phase, for reference: at saturation p50 mostly mirrors throughput. */
    saturatedP50OursVsRaw: number | null;
  };
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
      const nodes = await countNodes(ingestDriver);
      const relationships = await countRelationships(ingestDriver);
      log(`  loaded ${ingest.bundles} bundles, ${ingest.figures} figures in ${ingest.seconds} s: ${ingest.figuresPerSecond} figures/s, ${ingest.nodesPerSecond} nodes/s`);
      log(`  graph: ${nodes.entities + nodes.figures + nodes.sources} domain nodes (${nodes.entities} entities, ${nodes.figures} figures, ${nodes.sources} sources) + ${nodes.nameKeys} name keys; ${relationships} relationships`);

      const catalogs = Array.from({ length: clusters }, (_, c) => buildCluster(settings.seed, c).catalog);
      const mix = buildMix(catalogs, settings.perKind);
      const verification = await verify(mix, servers as Record<System, ManagedProcess>);
      log(`  verification: ${verification.problems.length} problem(s); raw differs from ours on ${verification.rawDiffers.length}, @neo4j/graphql on ${verification.neo4jGraphqlDiffers.length} of ${mix.length} requests; our round trips: ${queryKinds.map((k) => `${k} ${verification.roundTrips[k]}`).join(', ')}`);
      for (const line of [...verification.problems, ...verification.rawDiffers, ...verification.neo4jGraphqlDiffers].slice(0, 10)) log(`    ${line}`);
      if (verification.problems.length > 0) failed = true;

      const saturated = Object.fromEntries(systems.map((s) => [s, emptySamples()])) as Record<System, LoadSamples>;
      const paced = Object.fromEntries(systems.map((s) => [s, emptySamples()])) as Record<System, LoadSamples>;
      const cpu = Object.fromEntries(systems.map((s) => [s, { server: 0, neo4j: 0 }])) as Record<System, { server: number; neo4j: number }>;
      for (const system of systems) {
        await runLoad(system, servers[system]!.url, mix, { connections: settings.connections, seconds: settings.warmupSeconds }, emptySamples());
      }
      // Alternate the order between rounds so drift in the machine's other load favours no system.
      const orderOf = (round: number) => (round % 2 === 0 ? systems : [...systems].reverse());
      for (let r = 0; r < settings.rounds; r++) {
        for (const system of orderOf(r)) {
          const before = { server: cpuSecondsOf(servers[system]!.pid) ?? 0, neo4j: cpuSecondsOf(database.pid) ?? 0 };
          await runLoad(system, servers[system]!.url, mix, { connections: settings.connections, seconds: settings.roundSeconds }, saturated[system]);
          cpu[system].server += (cpuSecondsOf(servers[system]!.pid) ?? 0) - before.server;
          cpu[system].neo4j += (cpuSecondsOf(database.pid) ?? 0) - before.neo4j;
        }
      }
      const slowest = Math.min(...systems.map((s) => summarise(saturated[s]).throughput));
      const pacedRate = Math.max(1, Math.round(slowest * settings.pacedShare));
      log(`  saturated rounds done; paced rounds at ${pacedRate} req/s (${settings.pacedShare} of the slowest system's throughput)`);
      for (let r = 0; r < settings.rounds; r++) {
        for (const system of orderOf(r + 1)) {
          await runPaced(system, servers[system]!.url, mix, { rate: pacedRate, seconds: settings.pacedSeconds }, paced[system]);
        }
      }
      const results: Partial<Record<System, SystemResult>> = {};
      for (const system of systems) {
        const summary = summarise(saturated[system]);
        const { throughput: _offered, ...pacedSummary } = summarise(paced[system]);
        const perRequest = (seconds: number) => (summary.requests > 0 ? round((seconds * 1000) / summary.requests, 2) : null);
        results[system] = {
          saturated: summary,
          paced: pacedSummary,
          memory: memoryOf(servers[system]!.pid),
          cpuMsPerRequest: { server: perRequest(cpu[system].server), neo4j: perRequest(cpu[system].neo4j) },
        };
        const errors = summary.errors + pacedSummary.errors;
        if (errors > 0) {
          failed = true;
          log(`  ${system}: ${errors} failed request(s): ${[...saturated[system].failures, ...paced[system].failures].slice(0, 2).join(' | ')}`);
        }
      }
      const neo4jHeap = jvmHeapOf(database.pid);
      const ours = results.ours!;
      const theirs = results['neo4j-graphql']!;
      const raw = results.raw!;
      const scaleResult: ScaleResult = {
        scale,
        clusters,
        nodes,
        relationships,
        storeMb: folderSizeMb(dataDir),
        ingest,
        cumulativeLoadSeconds: round(cumulativeLoadSeconds, 1),
        verification,
        pacedRate,
        systems: results,
        neo4jHeap,
        neo4jRssMb: memoryOf(database.pid)?.rssMb ?? null,
        ratios: {
          throughputOursVsNeo4jGraphql: ratio(ours.saturated.throughput, theirs.saturated.throughput),
          throughputOursVsRaw: ratio(ours.saturated.throughput, raw.saturated.throughput),
          p50OursVsRaw: ratio(ours.paced.p50, raw.paced.p50),
          p50OursVsNeo4jGraphql: ratio(ours.paced.p50, theirs.paced.p50),
          saturatedP50OursVsRaw: ratio(ours.saturated.p50, raw.saturated.p50),
        },
      };
      scales.push(scaleResult);
      printScale(scaleResult);
    }
  } catch (error) {
    failed = true;
    log(`\nbenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    for (const server of Object.values(servers)) log(`--- ${server.name} output (last lines):\n${server.output().slice(-1500)}`);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await ingestDriver?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const targets = evaluateTargets(scales, startup);
  printSummary(scales, targets, startup);
  const finishedAt = new Date();
  const result = {
    kind: settings.mode,
    startedAt: startedAt.toISOString(),
    minutes: round((finishedAt.getTime() - startedAt.getTime()) / 60_000, 1),
    machine: { ...info.machine, loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)) },
    versions: { ...info.versions, neo4j: neo4jVersion },
    settings: { ...settings, out: undefined, globalEntities: globalEntities.length },
    startup,
    scales,
    targets,
    ok: !failed,
  };
  if (settings.out !== null) {
    mkdirSync(join(settings.out, '..'), { recursive: true });
    writeFileSync(settings.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`\nresults written to ${settings.out}`);
  }
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

/** Asks every request of the mix once of each system and checks the answers against ours. */
async function verify(mix: readonly MixRequest[], servers: Record<System, ManagedProcess>): Promise<ScaleResult['verification']> {
  const problems: string[] = [];
  const rawDiffers: string[] = [];
  const neo4jGraphqlDiffers: string[] = [];
  const roundTrips: Record<string, number> = {};
  for (const item of mix) {
    const [ours, theirs, raw] = await Promise.all(systems.map((system) => ask(servers[system].url, system, item)));
    for (const [system, answer] of [['ours', ours], ['neo4j-graphql', theirs], ['raw', raw]] as const) {
      for (const problem of answerProblems(answer!)) problems.push(`${system} ${item.kind} (${item.label}): ${problem}`);
    }
    roundTrips[item.kind] = Math.max(roundTrips[item.kind] ?? 0, ours!.roundTrips ?? -1);
    if (!sameData(ours!.body, raw!.body)) rawDiffers.push(`raw ≠ ours: ${item.kind} (${item.label})`);
    const differences = compareWithOurs(item.kind, ours!.body, theirs!.body);
    if (differences.length > 0) neo4jGraphqlDiffers.push(`@neo4j/graphql ≠ ours: ${item.kind} (${item.label}): ${differences.join('; ')}`);
  }
  return { problems, rawDiffers, neo4jGraphqlDiffers, roundTrips };
}

const names: Record<System, string> = { ours: 'ours', 'neo4j-graphql': '@neo4j/graphql', raw: 'raw Cypher' };

function table(header: string[], rows: Array<Array<string | number | null>>): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

function printScale(result: ScaleResult): void {
  log(`\n${scaleName(result.scale)} nodes: the mix (${queryKinds.length} kinds), same Neo4j, same data`);
  log(
    table(
      ['system', 'req/s (saturated)', 'p50 ms', 'p99 ms', `p50 ms @ ${result.pacedRate}/s`, `p99 ms @ ${result.pacedRate}/s`, 'errors', 'RSS MiB', 'server CPU ms/req', 'Neo4j CPU ms/req'],
      systems.map((s) => {
        const r = result.systems[s]!;
        return [names[s], r.saturated.throughput, r.saturated.p50, r.saturated.p99, r.paced.p50, r.paced.p99, r.saturated.errors + r.paced.errors, r.memory?.rssMb ?? null, r.cpuMsPerRequest.server, r.cpuMsPerRequest.neo4j];
      }),
    ),
  );
  log(
    `ours/@neo4j/graphql throughput ${result.ratios.throughputOursVsNeo4jGraphql}×; ours/raw throughput ${result.ratios.throughputOursVsRaw}×; ` +
      `ours/raw p50 at ${result.pacedRate} req/s ${result.ratios.p50OursVsRaw}× (saturated ${result.ratios.saturatedP50OursVsRaw}×)`,
  );
  log(`\np50 / p99 ms by query kind at ${result.pacedRate} req/s`);
  log(
    table(
      ['kind', ...systems.map((s) => names[s]), 'our round trips'],
      queryKinds.map((kind) => [
        kind,
        ...systems.map((s) => `${result.systems[s]!.paced.byKind[kind]!.p50} / ${result.systems[s]!.paced.byKind[kind]!.p99}`),
        result.verification.roundTrips[kind] ?? null,
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
  targets.push({
    name: 'throughput ours / @neo4j/graphql',
    goal: '≥ 1.5×',
    measured: perScale((s) => s.ratios.throughputOursVsNeo4jGraphql),
    met: all((s) => (s.ratios.throughputOursVsNeo4jGraphql ?? 0) >= 1.5),
  });
  targets.push({
    name: 'p50 ours / raw Cypher (same offered load)',
    goal: '≤ 1.3×',
    measured: perScale((s) => `${s.ratios.p50OursVsRaw} @ ${s.pacedRate}/s`),
    met: all((s) => (s.ratios.p50OursVsRaw ?? Infinity) <= 1.3),
  });
  const first = scales[0];
  const last = scales.at(-1);
  if (first !== undefined && last !== undefined && last.scale > first.scale) {
    const growth = ratio(last.systems.ours!.paced.p50, first.systems.ours!.paced.p50);
    targets.push({
      name: `p50 ours at ${scaleName(last.scale)} / at ${scaleName(first.scale)}`,
      goal: '≤ 2×',
      measured: `${growth}× (${first.systems.ours!.paced.p50} → ${last.systems.ours!.paced.p50} ms; saturated ${ratio(last.systems.ours!.saturated.p50, first.systems.ours!.saturated.p50)}×)`,
      met: growth !== null && growth <= 2,
    });
  }
  targets.push({
    name: 'bulk ingest',
    goal: '≥ 5,000 figures/s',
    measured: perScale((s) => s.ingest.figuresPerSecond),
    met: all((s) => s.ingest.figuresPerSecond >= 5000),
  });
  if (startup !== null) {
    targets.push({ name: '`npm start` to ready, once built', goal: '≤ 20 s', measured: `${startup.firstStart.seconds} s (first start, seeding)`, met: startup.firstStart.seconds <= 20 });
  }
  return targets;
}

function printSummary(scales: ScaleResult[], targets: Target[], startup: { firstStart: StartupTiming; restart: StartupTiming } | null): void {
  if (scales.length === 0) return;
  log('\n=== Summary');
  log('\nThe mix against each system: saturated throughput, and p50 / p99 at the same offered load (ratios within one run are what count)');
  log(
    table(
      ['nodes', ...systems.flatMap((s) => [`${names[s]} req/s`, 'p50', 'p99']), 'paced req/s', 'ours/@neo4j/graphql req/s', 'ours/raw p50'],
      scales.map((s) => [
        scaleName(s.scale),
        ...systems.flatMap((sys) => [s.systems[sys]!.saturated.throughput, s.systems[sys]!.paced.p50, s.systems[sys]!.paced.p99]),
        s.pacedRate,
        s.ratios.throughputOursVsNeo4jGraphql,
        s.ratios.p50OursVsRaw,
      ]),
    ),
  );
  log('\nScaling curve (ours)');
  log(
    table(
      ['nodes', 'domain nodes', 'name keys', 'rels', 'p50 ms (paced)', 'p99 ms (paced)', 'req/s (saturated)', 'server RSS MiB', 'Neo4j heap used / live MiB', 'load s (step)', 'figures/s', 'load s (total)'],
      scales.map((s) => [
        scaleName(s.scale),
        s.nodes.entities + s.nodes.figures + s.nodes.sources,
        s.nodes.nameKeys,
        s.relationships,
        s.systems.ours!.paced.p50,
        s.systems.ours!.paced.p99,
        s.systems.ours!.saturated.throughput,
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
