import http from 'node:http';
import type { QueryKind } from '../mix/documents.js';
import { httpRequest, type MixRequest, type System } from '../mix/mix.js';
import type { LoadSamples } from './load.js';

export interface PacedOptions {
  /** Requests per second, evenly spaced, whatever the answers take (an open loop). */
  rate: number;
  seconds: number;
}

/**
 * Sends the mix at a fixed rate for `seconds` (request i at start + i / rate, on its own
 * keep-alive connection when the earlier ones are still busy) and adds each response time,
 * counted from when the request was due, to `into`. This is the latency comparison "under the
 * same load": every system gets the same offered load, below what any of them saturates at, so
 * the percentiles show service time, not the length of a queue (which at saturation only
 * mirrors throughput). Resolves when every request has been answered or has failed.
 */
export async function runPaced(system: System, baseUrl: string, mix: readonly MixRequest[], options: PacedOptions, into: LoadSamples): Promise<void> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const prepared = mix.map((item) => ({ kind: item.kind, ...httpRequest(system, item) }));
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const started = performance.now();
  const pending: Array<Promise<void>> = [];

  const send = (index: number, due: number) =>
    new Promise<void>((resolve) => {
      const item = prepared[index % prepared.length]!;
      const record = (kind: QueryKind, failed: boolean, detail: string) => {
        const ms = performance.now() - due;
        into.latencies.push(ms);
        const list = into.byKind.get(kind) ?? [];
        list.push(ms);
        into.byKind.set(kind, list);
        if (failed) {
          into.failedByKind.set(kind, (into.failedByKind.get(kind) ?? 0) + 1);
          if (into.failures.length < 5) into.failures.push(`${kind}: ${detail.slice(0, 300)}`);
        }
        resolve();
      };
      const request = http.request(
        { host: url.hostname, port: url.port, path: item.path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(item.body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const failed = response.statusCode !== 200 || body.includes('"errors":');
            record(item.kind, failed, `HTTP ${response.statusCode} ${body}`);
          });
          response.on('error', (error) => record(item.kind, true, error.message));
        },
      );
      request.setTimeout(30_000, () => request.destroy(new Error('timed out after 30 s')));
      request.on('error', (error) => {
        into.socketErrors++;
        record(item.kind, true, error.message);
      });
      request.end(item.body);
    });

  for (let index = 0; index < total; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(index, due));
  }
  await Promise.all(pending);
  into.seconds += (performance.now() - started) / 1000;
  agent.destroy();
}
