import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  /** 1, 5 and 15 minute load averages when the run started: others' work on the machine shows here. */
  loadAverage: number[];
  node: string;
  java: string;
  /** Seconds since boot. */
  uptimeSeconds: number;
  /** The revision measured: HEAD, and the files of the product or the benchmark changed since. */
  git: { commit: string; changedFiles: string[] } | null;
}

/** 1, 5 and 15 minute load averages now, rounded. */
export function loadAverage(): number[] {
  return os.loadavg().map((l) => Math.round(l * 100) / 100);
}

export function machine(): Machine {
  let java = 'unknown';
  try {
    // `java -version` prints to stderr.
    java = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' }).split('\n')[0]?.trim() ?? java;
  } catch {
    // No java on PATH: the embedded Neo4j could not have started either; keep "unknown".
  }
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: loadAverage(),
    node: process.version,
    java,
    uptimeSeconds: Math.round(os.uptime()),
    git: gitState(),
  };
}

/** Installed versions of the packages the comparison depends on. */
export function packageVersions(): Record<string, string> {
  const names = ['@apollo/server', '@neo4j/graphql', 'neo4j-driver', 'graphql', 'express', 'autocannon', 'dataloader', 'typescript'];
  const out: Record<string, string> = {};
  for (const name of names) {
    try {
      const pkg = JSON.parse(readFileSync(join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      out[name] = pkg.version;
    } catch {
      out[name] = 'not installed';
    }
  }
  return out;
}

function gitState(): Machine['git'] {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', projectRoot(), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = git('status', '--porcelain', '--', 'src', 'cypher', 'schema', 'bench', 'package.json', 'package-lock.json');
    return { commit: git('rev-parse', 'HEAD'), changedFiles: changed === '' ? [] : changed.split('\n').map((l) => l.trim()) };
  } catch {
    return null;
  }
}
