// Process bookkeeping: every process and temp folder the harness starts is registered here and
// stopped by stopAll() (process groups, last started first), on exit, and on SIGINT/SIGTERM/SIGHUP.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_TEMP } from './paths';
import { pollUntil } from './wait';

export type Cleanup = { name: string; run: () => Promise<void>; sync: () => void };
const cleanups: Cleanup[] = [];

export function register(c: Cleanup): Cleanup {
  cleanups.push(c);
  return c;
}

export function unregister(c: Cleanup): void {
  const i = cleanups.indexOf(c);
  if (i >= 0) cleanups.splice(i, 1);
}

/** Stops everything this harness started (last started first). Safe to call twice. */
export async function stopAll(): Promise<void> {
  while (cleanups.length > 0) {
    const c = cleanups.pop()!;
    try {
      await c.run();
    } catch (e) {
      console.error(`[e2e] stopping ${c.name} failed:`, e);
    }
  }
}

function stopAllSync(): void {
  while (cleanups.length > 0) {
    const c = cleanups.pop()!;
    try {
      c.sync();
    } catch {
      // best effort
    }
  }
}

let handlersInstalled = false;
export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' runs synchronously: kill the process groups outright.
  process.on('exit', stopAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      console.error(`[e2e] ${sig}: stopping everything`);
      const hardStop = setTimeout(() => {
        stopAllSync();
        process.exit(sig === 'SIGINT' ? 130 : 143);
      }, 5000);
      hardStop.unref();
      void stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
    });
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the process group, wait up to `graceMs` for it to go, then SIGKILL. */
export async function stopGroup(pid: number, graceMs = 5000): Promise<void> {
  killGroup(pid, 'SIGTERM');
  const gone = await pollUntil(() => !groupAlive(pid), { timeoutMs: graceMs, intervalMs: 100 }).then(() => true, () => false);
  if (!gone) {
    killGroup(pid, 'SIGKILL');
    await pollUntil(() => !groupAlive(pid), { timeoutMs: 5000, intervalMs: 100 }).catch(() => {
      console.error(`[e2e] process group ${pid} survived SIGKILL`);
    });
  }
}

/** Runs a command to completion with a deadline; its process group is killed on timeout. */
export function runToEnd(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<{ code: number; output: string }> {
  installSignalHandlers();
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const pid = child.pid!;
    const entry = register({ name: `${cmd} ${args[0] ?? ''}`, run: () => stopGroup(pid, 2000), sync: () => killGroup(pid, 'SIGKILL') });
    const timer = setTimeout(() => {
      killGroup(pid, 'SIGKILL');
      rej(new Error(`${cmd} ${args.join(' ')} did not finish in ${opts.timeoutMs} ms:\n${output}`));
    }, opts.timeoutMs ?? 120_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      unregister(entry);
      rej(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      unregister(entry);
      // Anything it left behind in its group goes too.
      killGroup(pid, 'SIGKILL');
      res({ code: code ?? 1, output });
    });
  });
}

/** A fresh temp folder that stopAll() removes (unless E2E_KEEP=1). */
export function tempFolder(prefix = 'wsis-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  register({
    name: `temp dir ${dir}`,
    run: () => { if (!KEEP_TEMP) rmSync(dir, { recursive: true, force: true }); return Promise.resolve(); },
    sync: () => { if (!KEEP_TEMP) rmSync(dir, { recursive: true, force: true }); },
  });
  return dir;
}
