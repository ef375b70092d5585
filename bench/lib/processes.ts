import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ManagedProcess {
  name: string;
  pid: number;
  /** What the ready line captured (the URL the process listens on). */
  url: string;
  /** Everything the process wrote so far (stdout and stderr), for error reports. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node <script>` and resolves once a stdout/stderr line matches `ready` (its first
 * capture group is the URL). Rejects with the output if it exits or times out first.
 */
export function startNodeProcess(name: string, script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 60_000): Promise<ManagedProcess> {
  // BENCH_CPU_PROFILE_DIR=<folder>: each server writes a V8 CPU profile there when it stops
  // (open it in Chrome DevTools); the figures of such a run are not comparable with others.
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], {
    // Each server as it runs in production: graphql-js (used by all three) skips its
    // development-only checks there (src/config/production.ts).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const managed = (url: string): ManagedProcess => ({
    name,
    pid: child.pid ?? -1,
    url,
    output: () => output,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`${name} did not get ready within ${timeoutMs} ms; output:\n${output.slice(-2000)}`)));
      child.kill('SIGKILL');
    }, timeoutMs);
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const onData = (chunk: string) => {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = ready.exec(output);
      if (match) settle(() => resolve(managed(match[1] ?? '')));
    };
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.stderr?.setEncoding('utf8').on('data', onData);
    void exited.then(() => settle(() => reject(new Error(`${name} exited (code ${String(child.exitCode)}) before it was ready; output:\n${output.slice(-2000)}`))));
  });
}

/** Resident and peak resident memory of a process in MiB (Linux /proc); null when unreadable. */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

export interface JvmHeap {
  /** Heap in use when asked (includes garbage not yet collected). */
  usedMb: number;
  /** Heap the JVM has reserved from the OS. */
  committedMb: number;
  /** In use right after a full GC: the live data. */
  liveMb: number;
}

/** Heap use of a JVM by `jcmd <pid> GC.heap_info` (before and after `GC.run`); null without jcmd. */
export function jvmHeapOf(pid: number): JvmHeap | null {
  const heapInfo = () => {
    const text = execFileSync('jcmd', [String(pid), 'GC.heap_info'], { encoding: 'utf8', timeout: 30_000 });
    const match = /heap\s+total (\d+)K, used (\d+)K/.exec(text);
    if (match === null) throw new Error(`unexpected GC.heap_info output: ${text.slice(0, 200)}`);
    return { committedMb: Math.round(Number(match[1]) / 1024), usedMb: Math.round(Number(match[2]) / 1024) };
  };
  try {
    const before = heapInfo();
    execFileSync('jcmd', [String(pid), 'GC.run'], { encoding: 'utf8', timeout: 60_000 });
    const after = heapInfo();
    return { usedMb: before.usedMb, committedMb: before.committedMb, liveMb: after.usedMb };
  } catch {
    return null;
  }
}

/** Total size of the files under a folder, in MiB. */
export function folderSizeMb(dir: string): number {
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  walk(dir);
  return Math.round(bytes / 1024 / 1024);
}

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far (Linux /proc); null when unreadable. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return null;
  }
}

/**
 * The whole machine's CPU time so far, in seconds summed over all cores (Linux /proc/stat):
 * `busy` is user + nice + system + irq + softirq, `steal` is time the hypervisor gave to other
 * guests. Null when unreadable.
 */
export function machineCpuSeconds(): { busy: number; steal: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('cpu '));
    if (line === undefined) return null;
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return { busy: (user! + nice! + system! + irq! + softirq!) / clockTicks, steal: (steal ?? 0) / clockTicks };
  } catch {
    return null;
  }
}
