import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port; the real one is in the returned boltUri. */
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  /** Milliseconds to wait for the ready line. */
  startTimeoutMs?: number;
  /** Receives every line the JVM writes to stderr (warnings during start-up). */
  onLog?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  boltUri: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after the grace period). Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the process ends, for whatever reason. */
  exited: Promise<number | null>;
}

export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
}

export function launcherPaths(root = projectRoot()): { jar: string; lib: string } {
  const target = join(root, 'neo4j-launcher', 'target');
  return { jar: join(target, 'neo4j-launcher.jar'), lib: join(target, 'lib') };
}

/**
 * Starts the Java launcher (neo4j-launcher/) and resolves once Bolt accepts connections.
 * The JVM watches our stdin pipe and our pid, so it shuts down when this process dies,
 * even by SIGKILL.
 */
export function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { jar, lib } = launcherPaths();
  if (!existsSync(jar)) {
    return Promise.reject(
      new EmbeddedNeo4jError(`the Neo4j launcher is not built (${jar} missing): run "npm run build"`),
    );
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(256, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // Neo4j reads these internals for speed and warns without them (as its own neo4j.conf sets).
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
      '--enable-native-access=ALL-UNNAMED',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${jar}:${lib}/*`,
      'newsgraph.launcher.EmbeddedNeo4j',
    ],
    {
      env: {
        ...process.env,
        EMBEDDED_NEO4J_DIR: dataDir,
        EMBEDDED_NEO4J_BOLT_PORT: String(options.boltPort),
        EMBEDDED_NEO4J_PAGECACHE_MB: String(options.pageCacheMb),
        EMBEDDED_NEO4J_WATCH_STDIN: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );

  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
  });

  return new Promise<EmbeddedNeo4j>((resolveStart, rejectStart) => {
    let settled = false;
    let stdoutBuffer = '';
    const stderrTail: string[] = [];
    const timer = setTimeout(() => {
      fail(`Neo4j did not report ready within ${options.startTimeoutMs ?? 120_000} ms`);
      child.kill('SIGKILL');
    }, options.startTimeoutMs ?? 120_000);

    function fail(reason: string) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const tail = stderrTail.length > 0 ? ` (stderr: ${stderrTail.slice(-3).join(' | ')})` : '';
      rejectStart(new EmbeddedNeo4jError(`embedded Neo4j failed to start: ${reason}${tail}`));
    }

    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`the launcher exited with code ${String(code)}`));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.trim() === '') continue;
        stderrTail.push(line.trim());
        if (stderrTail.length > 20) stderrTail.shift();
        options.onLog?.(line);
      }
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdoutBuffer += chunk;
      let newline: number;
      while ((newline = stdoutBuffer.indexOf('\n')) >= 0) {
        const line = stdoutBuffer.slice(0, newline).trim();
        stdoutBuffer = stdoutBuffer.slice(newline + 1);
        if (line.startsWith('NEO4J_FAILED ')) {
          fail(line.slice('NEO4J_FAILED '.length));
        } else if (line.startsWith('NEO4J_READY ') && !settled) {
          settled = true;
          clearTimeout(timer);
          const boltUri = line.slice('NEO4J_READY '.length);
          resolveStart({ boltUri, pid: child.pid ?? -1, exited, stop: (graceMs) => stop(child, exited, graceMs) });
        }
      }
    });
  });
}

async function stop(child: ChildProcess, exited: Promise<number | null>, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
