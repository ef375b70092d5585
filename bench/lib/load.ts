import { autocannon, type AutocannonRequest } from './autocannon.js';
import { queryKinds, type QueryKind } from '../mix/documents.js';
import { httpRequest, type MixRequest, type System } from '../mix/mix.js';
import { percentile, round } from './stats.js';

/** Raw samples of one or more load runs against one system. */
export interface LoadSamples {
  seconds: number;
  /** Response times in ms, all requests. */
  latencies: number[];
  byKind: Map<QueryKind, number[]>;
  /** Non-200 answers and answers with GraphQL errors, by kind. */
  failedByKind: Map<QueryKind, number>;
  /** Connection errors and time-outs (autocannon's errors). */
  socketErrors: number;
  /** The first few failed answers, for the report. */
  failures: string[];
}

export function emptySamples(): LoadSamples {
  return { seconds: 0, latencies: [], byKind: new Map(), failedByKind: new Map(), socketErrors: 0, failures: [] };
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * Runs autocannon against one system for `seconds` with `connections` concurrent connections,
 * cycling through the mix in order across all connections (request i of the run is mix item
 * i mod n), and adds every response time to `into` under its query kind.
 */
export function runLoad(system: System, baseUrl: string, mix: readonly MixRequest[], options: LoadOptions, into: LoadSamples): Promise<void> {
  const prepared = mix.map((item) => ({ kind: item.kind, ...httpRequest(system, item) }));
  const headers = { 'content-type': 'application/json' };
  let next = 0;
  let answered: { kind: QueryKind; failed: boolean } | undefined;
  const request: AutocannonRequest = {
    method: 'POST',
    setupRequest: (req, context) => {
      const item = prepared[next++ % prepared.length]!;
      context.kind = item.kind;
      return { ...req, method: 'POST', path: item.path, headers, body: item.body };
    },
    // Runs just before the tracker's 'response' event of the same answer (autocannon calls both
    // synchronously), which therefore knows the kind and outcome.
    onResponse: (status, body, context) => {
      const failed = status !== 200 || body.includes('"errors":');
      answered = { kind: context.kind as QueryKind, failed };
      if (failed && into.failures.length < 5) into.failures.push(`${String(context.kind)}: HTTP ${status} ${body.slice(0, 300)}`);
    },
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tracker = autocannon(
      { url: baseUrl, connections: options.connections, duration: options.seconds, pipelining: 1, timeout: 30, requests: [request] },
      (error) => {
        if (error) reject(error);
        else {
          into.seconds += (performance.now() - started) / 1000;
          resolve();
        }
      },
    );
    tracker.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (answered === undefined) return;
      into.latencies.push(ms);
      const list = into.byKind.get(answered.kind) ?? [];
      list.push(ms);
      into.byKind.set(answered.kind, list);
      if (answered.failed) into.failedByKind.set(answered.kind, (into.failedByKind.get(answered.kind) ?? 0) + 1);
      answered = undefined;
    });
    tracker.on('reqError', () => {
      into.socketErrors++;
    });
  });
}

export interface LoadSummary {
  requests: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  byKind: Record<string, { requests: number; p50: number; p99: number; errors: number }>;
}

export function summarise(samples: LoadSamples): LoadSummary {
  const errors = [...samples.failedByKind.values()].reduce((a, b) => a + b, 0) + samples.socketErrors;
  const byKind: LoadSummary['byKind'] = {};
  for (const kind of queryKinds) {
    const list = samples.byKind.get(kind) ?? [];
    byKind[kind] = { requests: list.length, p50: round(percentile(list, 50), 2), p99: round(percentile(list, 99), 2), errors: samples.failedByKind.get(kind) ?? 0 };
  }
  const total = samples.latencies.reduce((a, b) => a + b, 0);
  return {
    requests: samples.latencies.length,
    seconds: round(samples.seconds, 1),
    throughput: round(samples.latencies.length / Math.max(samples.seconds, 1e-9), 1),
    p50: round(percentile(samples.latencies, 50), 2),
    p99: round(percentile(samples.latencies, 99), 2),
    mean: round(samples.latencies.length > 0 ? total / samples.latencies.length : Number.NaN, 2),
    errors,
    byKind,
  };
}
