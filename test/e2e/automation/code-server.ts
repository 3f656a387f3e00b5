// VS Code for the Web: installs .vsix files into, starts and stops a code-server on 127.0.0.1
// (a free port, fresh user data, under a supervisor that stops it if the test process dies),
// and hands files to the window connected to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { saveCoverageSources, withCoverage } from './coverage';
import { CODE_SERVER_ENTRY, KEEP_TEMP } from './paths';
import { type Cleanup, installSignalHandlers, killGroup, register, runToEnd, stopGroup, unregister } from './processes';
import { pollUntil } from './wait';

/** Asks the OS for a free loopback port: listen on port 0, read it, close. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? res(port) : rej(new Error('no port from the OS'))));
    });
  });
}

export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  // VS Code turns word wrap on for Markdown (drafts are Markdown documents); tests read the
  // editor line by line, so one source line must be one screen line (a language-specific
  // setting beats a general one).
  '[markdown]': { 'editor.wordWrap': 'off' },
  // VS Code for the Web saves after 1 s by default (afterDelay); tests save on purpose.
  'files.autoSave': 'off',
  // Hover and quick fix helpers drive them from the keyboard; no mouse-hover surprises.
  'editor.hover.delay': 300,
};

/** The user settings a code-server started with `opts` gets. */
export function userSettings(opts: Pick<CodeServerOptions, 'settings' | 'baseSettings'>): Record<string, unknown> {
  return { ...(opts.baseSettings ?? DEFAULT_SETTINGS), ...opts.settings };
}

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  workspace: string;
  /** .vsix files to install with --install-extension before the server starts. */
  vsix?: string[];
  /** User settings, merged over `baseSettings`. */
  settings?: Record<string, unknown>;
  /** The settings under `settings`: DEFAULT_SETTINGS (the tests' own) unless given (`npm run try` shows the product's defaults). */
  baseSettings?: Record<string, unknown>;
  /** Deadline for the HTTP server to answer. */
  startTimeoutMs?: number;
  /** Listen on this port (127.0.0.1) instead of a free one from the OS; taken: an error. */
  port?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  workspace: string;
  /** Temp folder holding user data, extensions, config and logs. */
  tempDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  pid: number;
  stop(): Promise<void>;
  /** Settles with code-server's exit code when it exits, whoever stopped it. */
  exited: Promise<number | null>;
  /** The extension host log, where activation errors show (empty if none yet). */
  extensionHostLog(): string;
  /** The tail of code-server's own stdout/stderr. */
  serverLog(): string;
}

function assertInstalled(): void {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_ENTRY}: run scripts/e2e/setup.sh first`);
  }
}

/** Environment for code-server: its config and data dirs inside the temp folder, not $HOME. */
function serverEnv(tempDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.XDG_CONFIG_HOME = join(tempDir, 'xdg-config');
  env.XDG_DATA_HOME = join(tempDir, 'xdg-data');
  env.XDG_CACHE_HOME = join(tempDir, 'xdg-cache');
  // Never hand the test runner's own flags (--import tsx, --test) to code-server's node.
  delete env.NODE_OPTIONS;
  delete env.NODE_TEST_CONTEXT;
  delete env.VSCODE_IPC_HOOK_CLI;
  return withCoverage(env);
}

function commonArgs(s: { userDataDir: string; extensionsDir: string; configFile: string }): string[] {
  return [
    '--config', s.configFile,
    '--user-data-dir', s.userDataDir,
    '--extensions-dir', s.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

/**
 * Runs `node ARGS...` as its child in the same process group, and stops the whole group
 * when its stdin (a pipe from the test process) closes: the test process has gone.
 */
const SUPERVISOR = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
const stopGroup = () => {
  try { process.kill(-process.pid, 'SIGTERM'); } catch {}
  setTimeout(() => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} }, 5000).unref();
};
process.stdin.on('end', stopGroup);
process.stdin.on('error', stopGroup);
process.stdin.resume();
process.on('SIGTERM', () => child.kill('SIGTERM'));
process.on('SIGINT', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
`;

/** Installs a .vsix into the given user-data and extensions dirs (code-server not running). */
export async function installExtension(vsix: string, dirs: { tempDir: string; userDataDir: string; extensionsDir: string; configFile: string }): Promise<void> {
  assertInstalled();
  const { code, output } = await runToEnd(process.execPath, [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--install-extension', resolve(vsix)], {
    env: serverEnv(dirs.tempDir),
    timeoutMs: 120_000,
  });
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${code}):\n${output}`);
  }
}

/** Starts code-server on 127.0.0.1 with a free port and fresh user data; resolves when it answers. */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  assertInstalled();
  installSignalHandlers();
  const tempDir = mkdtempSync(join(tmpdir(), 'wsis-e2e-'));
  const userDataDir = join(tempDir, 'user-data');
  const extensionsDir = join(tempDir, 'extensions');
  const configFile = join(tempDir, 'config.yaml');
  const logFile = join(tempDir, 'code-server.log');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(opts), null, 2));
  const dirs = { tempDir, userDataDir, extensionsDir, configFile };
  const removeTemp = register({
    name: `temp dir ${tempDir}`,
    run: () => { if (!KEEP_TEMP) rmSync(tempDir, { recursive: true, force: true }); return Promise.resolve(); },
    sync: () => { if (!KEEP_TEMP) rmSync(tempDir, { recursive: true, force: true }); },
  });

  for (const vsix of opts.vsix ?? []) await installExtension(vsix, dirs);
  saveCoverageSources(extensionsDir, (opts.vsix ?? []).length === 0);

  const serverLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n') : '');
  // The port comes free from the OS and is handed on; should another process take it in
  // between (EADDRINUSE), try again with a new one.
  let started: { port: number; pid: number; entry: Cleanup; exited: Promise<number | null> } | undefined;
  for (let attempt = 1; !started; attempt++) {
    const port = opts.port ?? (await freePort());
    const logFd = openSync(logFile, 'a');
    const args = [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, resolve(opts.workspace)];
    // detached: its own process group, so stopping it takes the extension host, pty host
    // and file watcher with it. It runs under a small supervisor that holds a pipe from this
    // process: if this process dies without cleaning up (SIGKILL, a crash), the pipe closes
    // and the supervisor stops the group, so no code-server outlives its test.
    const child: ChildProcess = spawn(process.execPath, ['-e', SUPERVISOR, ...args], { env: serverEnv(tempDir), stdio: ['pipe', logFd, logFd], detached: true });
    closeSync(logFd);
    // The pipe must not keep this process alive, nor fail it when the group is gone.
    child.stdin!.on('error', () => undefined);
    (child.stdin as unknown as { unref?: () => void }).unref?.();
    const pid = child.pid!;
    let exited = false;
    const exitedWith = new Promise<number | null>((res) => child.on('exit', (code) => {
      exited = true;
      res(code);
    }));
    const entry = register({ name: `code-server :${port}`, run: () => stopGroup(pid), sync: () => killGroup(pid, 'SIGKILL') });
    try {
      await pollUntil(async () => {
        if (exited) throw new Error(`code-server exited during start:\n${serverLog()}`);
        const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
        return r.ok;
      }, { timeoutMs: opts.startTimeoutMs ?? 60_000, intervalMs: 150, what: `code-server on 127.0.0.1:${port}` });
      started = { port, pid, entry, exited: exitedWith };
    } catch (e) {
      unregister(entry);
      await stopGroup(pid);
      if (exited && attempt < 3 && opts.port === undefined && /EADDRINUSE/.test(serverLog())) continue;
      unregister(removeTemp);
      const log = serverLog();
      await removeTemp.run();
      throw new Error(`${(e as Error).message}\n--- code-server log ---\n${log}`);
    }
  }
  const { port, pid, entry, exited } = started;
  const url = `http://127.0.0.1:${port}`;

  return {
    url, port, workspace: resolve(opts.workspace), tempDir, userDataDir, extensionsDir, logFile, pid,
    serverLog, exited,
    extensionHostLog: () => {
      const logs = join(userDataDir, 'logs');
      if (!existsSync(logs)) return '';
      // One folder per server session, one exthostN per extension host (a reload starts a new one).
      const files: string[] = [];
      for (const session of readdirSync(logs).sort()) {
        for (const host of readdirSync(join(logs, session)).filter((d) => /^exthost\d+$/.test(d)).sort((x, y) => Number(x.slice(7)) - Number(y.slice(7)))) {
          const f = join(logs, session, host, 'remoteexthost.log');
          if (existsSync(f)) files.push(f);
        }
      }
      return files.map((f) => readFileSync(f, 'utf8')).join('\n');
    },
    stop: async () => {
      unregister(entry);
      await stopGroup(pid);
      unregister(removeTemp);
      await removeTemp.run();
    },
  };
}

/**
 * Opens files in the workbench window (any browser) connected to `server`, as
 * `code-server --reuse-window FILE...` does: the running server hands them to the window that
 * has the workspace open. The URL payload opens one file only; this opens any number. Fails
 * while no window is connected ("No opened code-server instances found"), so it retries
 * until one is, up to `timeoutMs`.
 */
export async function openInConnectedWindow(server: CodeServer, files: string[], opts: { timeoutMs?: number } = {}): Promise<void> {
  const dirs = { userDataDir: server.userDataDir, extensionsDir: server.extensionsDir, configFile: join(server.tempDir, 'config.yaml') };
  let last = '';
  await pollUntil(async () => {
    const { code, output } = await runToEnd(process.execPath, [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--reuse-window', ...files.map((f) => resolve(f))], {
      env: serverEnv(server.tempDir),
      timeoutMs: 30_000,
    });
    last = output.trim();
    return code === 0;
  }, { timeoutMs: opts.timeoutMs ?? 30_000, intervalMs: 1000, what: () => `a workbench window to open ${files.join(', ')} (last: ${last})` });
}
