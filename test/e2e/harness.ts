// End-to-end harness: a real VS Code for the Web (code-server, installed by
// scripts/e2e/setup.sh into .e2e-cache/) driven in Debian's headless Chromium with
// playwright-core. Everything listens on 127.0.0.1 only; every process it starts is
// registered and stopped (process groups) by stopAll(), on exit, and on SIGINT/SIGTERM; a
// supervisor stops code-server even if the test process is killed outright.
//
// Typical use (see smoke.e2e.ts, which proves every helper here with a throwaway extension):
//   const server = await startCodeServer({ workspace, vsix: [file] });
//   const { page } = await openWorkbench(server, { file: join(workspace, 'a.wsis.md') });
//   const problem = await waitForProblem(page, 'text of the diagnostic');
//   await screenshot(page, 'name');          // -> test-results/e2e/name.png
//   await stopAll();                          // in after()
//
// Helpers: Problems panel (readProblems, waitForProblem, waitForNoProblem, problemCounts,
// filterProblems), Outline (readOutline, waitForOutline), hover (hoverAt), quick fix
// (quickFixTitles, applyQuickFix), TextMate scopes (inspectTokenAt), completion
// (triggerSuggest, acceptSuggestion), editor (openFile, gotoLine, typeText,
// visibleEditorLines, waitForEditorLines, activeEditorDirty, saveActiveEditor, waitForFile,
// languageMode), commands (runCommand), settings (updateWorkspaceSettings live,
// updateUserSettings + reloadWindow), waitForFileWatcher, screenshots; for a server used by
// hand (scripts/try.ts): a fixed `port`, `exited`, openInConnectedWindow (files into the
// browser window that connects).
//
// Learnt here (each one cost a failing run):
// - The file URI in the URL payload needs the remote authority (127.0.0.1:PORT): with
//   `vscode-remote:///path` the editor shows a model the extension host does not edit.
// - VS Code for the Web auto-saves after 1 s by default; DEFAULT_SETTINGS turns it off.
// - tsx compiles page.evaluate() callbacks with `__name(...)` wrappers; the page gets a
//   stub (addInitScript) or they throw "__name is not defined".
// - Changes on disk made before the server's file watcher is up are lost: waitForFileWatcher.
// - Changes to the user settings file are not picked up live: reload, or use workspace settings.
// - Monaco and the Problems/Outline trees render only the rows in view.
// - Focus the editor from the keyboard (Ctrl+1), not by a click or a DOM focus(): see focusEditor.
// - `extensionDevelopmentPath` and `extensionTestsPath` in the URL payload (remoteUri) make the
//   server's extension host load an extension from a folder and run a tests module's run();
//   the workbench then calls window.codeAutomationExit(code, logs) (see api.e2e.ts).
//
// The recipe behind it: shared/notes/vscode-web-e2e.md.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page, type Locator } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CACHE_DIR = process.env.E2E_CACHE ?? join(ROOT, '.e2e-cache');
export const CODE_SERVER_ENTRY = join(CACHE_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
/** Set E2E_KEEP=1 to keep the temp folders (logs, user data) after a run. */
const KEEP_TEMP = process.env.E2E_KEEP === '1';

// ---------------------------------------------------------------------------------------
// Process bookkeeping: everything started here is stopped by stopAll(), also on signals.
// ---------------------------------------------------------------------------------------

type Cleanup = { name: string; run: () => Promise<void>; sync: () => void };
const cleanups: Cleanup[] = [];

function register(c: Cleanup): Cleanup {
  cleanups.push(c);
  return c;
}

function unregister(c: Cleanup): void {
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
function installSignalHandlers(): void {
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

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the process group, wait up to `graceMs` for it to go, then SIGKILL. */
async function stopGroup(pid: number, graceMs = 5000): Promise<void> {
  killGroup(pid, 'SIGTERM');
  const gone = await pollUntil(() => !groupAlive(pid), { timeoutMs: graceMs, intervalMs: 100 }).then(() => true, () => false);
  if (!gone) {
    killGroup(pid, 'SIGKILL');
    await pollUntil(() => !groupAlive(pid), { timeoutMs: 5000, intervalMs: 100 }).catch(() => {
      console.error(`[e2e] process group ${pid} survived SIGKILL`);
    });
  }
}

// ---------------------------------------------------------------------------------------
// Waiting (bounded deadlines, never fixed sleeps)
// ---------------------------------------------------------------------------------------

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Said in the error when the deadline passes (a function is called then, to tell the last state). */
  what?: string | (() => string);
}

/** Polls `check` until it returns a truthy value (returned), or throws at the deadline. */
export async function pollUntil<T>(check: () => T | Promise<T>, opts: PollOptions = {}): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const intervalMs = opts.intervalMs ?? 200;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      const what = typeof opts.what === 'function' ? opts.what() : (opts.what ?? 'a condition');
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// ---------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------

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
  return env;
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

/** Runs a command to completion with a deadline; its process group is killed on timeout. */
export function runToEnd(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<{ code: number; output: string }> {
  installSignalHandlers();
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
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
    run: async () => { if (!KEEP_TEMP) rmSync(tempDir, { recursive: true, force: true }); },
    sync: () => { if (!KEEP_TEMP) rmSync(tempDir, { recursive: true, force: true }); },
  });

  for (const vsix of opts.vsix ?? []) await installExtension(vsix, dirs);

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

// ---------------------------------------------------------------------------------------
// Chromium and the workbench page
// ---------------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not on PATH: run scripts/e2e/setup.sh (apt-get install chromium)');
  }
}

/** Launches Debian's chromium, headless (E2E_HEADED=1 for a window under a display). */
export async function launchBrowser(): Promise<Browser> {
  installSignalHandlers();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const entry = register({
    name: 'chromium',
    run: async () => { await browser.close().catch(() => undefined); },
    // Playwright starts chromium in its own process group; 'exit' cannot await, so this is
    // left to Playwright's own exit handler, which kills the browser synchronously.
    sync: () => undefined,
  });
  browser.on('disconnected', () => unregister(entry));
  return browser;
}

/** A path on the server as the workbench's URIs name it: `vscode-remote://127.0.0.1:PORT/abs/path`. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
}

/**
 * The workbench URL that opens `folder` and, if given, `file` (absolute paths). `payload`
 * adds more of the workbench's URL payload entries, e.g. `['extensionDevelopmentPath', URI]`
 * and `['extensionTestsPath', URI]` (URIs from remoteUri()).
 */
export function workbenchUrl(server: CodeServer, opts: { folder?: string; file?: string; payload?: [string, string][] } = {}): string {
  const folder = resolve(opts.folder ?? server.workspace);
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  const entries: [string, string][] = [...(opts.payload ?? [])];
  // The remote authority (host:port of the page) must be in the URI. With an empty one
  // (`vscode-remote:///path`), the file opens and diagnostics show, but the editor's model
  // is not the one the extension host edits: quick fixes then change an invisible copy.
  if (opts.file) entries.push(['openFile', remoteUri(server, opts.file)]);
  if (entries.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  return url;
}

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Console errors the page logged (telemetry failures filtered out). */
  consoleErrors: string[];
}

/**
 * Launches chromium (or uses `browser`), opens the workbench on `folder` with `file` open,
 * and waits until the workbench is drawn (and the file's editor, if a file was given).
 * `payload` goes into the URL (see workbenchUrl); `beforeLoad` runs on the page before it
 * loads (e.g. page.exposeFunction).
 */
export async function openWorkbench(
  server: CodeServer,
  opts: { folder?: string; file?: string; payload?: [string, string][]; browser?: Browser; timeoutMs?: number; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<Workbench> {
  const browser = opts.browser ?? (await launchBrowser());
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`, also inside the
  // callbacks handed to page.evaluate(); give the page that helper so they run there.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    // Known noise here: no network (telemetry, marketplace), and 404s for vsda (Microsoft's
    // closed-source module, absent from code-server).
    if (m.type() !== 'error') return;
    const where = m.location()?.url ?? '';
    if (/telemetry|marketplace|gallery|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED/i.test(m.text()) || /vsda/.test(where)) return;
    consoleErrors.push(where ? `${m.text()} (${where})` : m.text());
  });
  const timeout = opts.timeoutMs ?? 60_000;
  await opts.beforeLoad?.(page);
  await page.goto(workbenchUrl(server, opts), { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
  if (opts.file) {
    const name = opts.file.split('/').pop()!;
    await page.locator(`.tabs-container .tab[data-resource-name="${name}"]`).first().waitFor({ state: 'visible', timeout });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
  }
  return { browser, page, consoleErrors };
}

// ---------------------------------------------------------------------------------------
// Screenshots
// ---------------------------------------------------------------------------------------

/** Saves a full-page PNG to test-results/e2e/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

/** Runs `fn`; on failure saves NAME-FAILED.png (when a page is there) and rethrows. */
export async function withFailureScreenshot<T>(page: Page | undefined, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (page && !page.isClosed()) {
      const file = await screenshot(page, `${name}-FAILED`).catch(() => undefined);
      if (file) console.error(`[e2e] screenshot of the failure: ${file}`);
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------------------
// Workbench helpers: commands, editor, Problems, Outline, hover, quick fix, token scopes
// ---------------------------------------------------------------------------------------

/**
 * The few DOM members the page callbacks below use: the project's tsconfig has no DOM lib
 * (and should not get one for the sake of these tests).
 */
interface DomNode {
  nodeType: number;
  textContent: string | null;
}
interface DomElement extends DomNode {
  className: string;
  classList: ArrayLike<string> & Iterable<string>;
  innerText: string;
  style: { top: string };
  childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

/** The workbench's keyboard modifier here (Linux): Control. */
const MOD = 'Control';

/** Runs a command from the command palette by its label (as shown, e.g. "View: Toggle Maximized Panel"). */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Focuses the active text editor without moving its cursor: Ctrl+1 ("View: Focus First
 * Editor Group"; the tests use one group), then waits for Monaco's `.monaco-editor.focused`.
 * Not a click: a click at a fixed point of `.view-lines` misses once the editor is scrolled
 * (that element then starts above the editor, under the tabs: "<html> intercepts pointer
 * events", seen here), and a mouse left over the text opens hovers of its own. Nor a DOM
 * focus() of the input area: with the Problems panel focused, the workbench then hands the
 * focus back to the panel after Go to Line, and Ctrl+. went to the panel (seen here).
 */
export async function focusEditor(page: Page): Promise<void> {
  const focused = page.locator('.editor-instance .monaco-editor.focused').first();
  if ((await focused.count()) > 0) return;
  // Right after a command palette command the first Ctrl+1 is sometimes ignored (seen here,
  // with the focus on <body>): press again until the editor has the focus.
  await pollUntil(async () => {
    await page.keyboard.press(`${MOD}+1`);
    return focused.waitFor({ state: 'attached', timeout: 1000 }).then(() => true, () => false);
  }, { timeoutMs: 10_000, intervalMs: 0, what: 'the editor to take the focus (Ctrl+1)' });
}

/** Moves the cursor to 1-based line and column with Go to Line (Ctrl+G). */
export async function gotoLine(page: Page, line: number, column = 1): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+g`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await pollUntil(async () => (await statusBarCursor(page))?.line === line, { timeoutMs: 5000, what: `cursor on line ${line}` });
}

/** Cursor position from the status bar ("Ln 3, Col 5"), or undefined. */
export async function statusBarCursor(page: Page): Promise<{ line: number; column: number } | undefined> {
  const text = await page.locator('#status\\.editor\\.selection').innerText({ timeout: 2000 }).catch(() => '');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** The language mode shown in the status bar, e.g. "WSIS Submission". */
export async function languageMode(page: Page): Promise<string> {
  return (await page.locator('#status\\.editor\\.mode').innerText()).trim();
}

/** The visible lines of the active editor, top to bottom (Monaco renders only what is in view). */
export async function visibleEditorLines(page: Page): Promise<string[]> {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((node) => {
    const el = node as unknown as DomElement;
    const lines = Array.from(el.querySelectorAll('.view-line'));
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
  });
}

/** Whether the active editor's tab shows unsaved changes (`.tab.active.dirty`). */
export async function activeEditorDirty(page: Page): Promise<boolean> {
  return (await page.locator('.tabs-container .tab.active.dirty').count()) > 0;
}

/**
 * Waits until the active editor's visible lines satisfy `predicate` (rendering follows
 * typing and edits a frame later); returns them.
 */
export async function waitForEditorLines(page: Page, predicate: (lines: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  let last: string[] = [];
  return pollUntil(async () => (predicate((last = await visibleEditorLines(page))) ? last : undefined), {
    timeoutMs, intervalMs: 100, what: () => `the editor lines to match (seen: ${JSON.stringify(last.slice(0, 20))})`,
  });
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function saveActiveEditor(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+s`);
  await pollUntil(async () => !(await activeEditorDirty(page)), { timeoutMs: 10_000, what: 'the active tab to be saved' });
}

/** Waits until the file on disk satisfies `predicate` (saves reach the disk through the server). */
export async function waitForFile(path: string, predicate: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  let last = '';
  return pollUntil(() => {
    last = existsSync(path) ? readFileSync(path, 'utf8') : '';
    return predicate(last) ? last : undefined;
  }, { timeoutMs, intervalMs: 100, what: () => `${path} to match (now: ${JSON.stringify(last.slice(0, 200))})` });
}

export interface Problem {
  /** 'error' | 'warning' | 'info' | 'hint', from the row's icon (`.marker-icon.warning`). */
  severity: string;
  /** `.marker-message` */
  message: string;
  /** `.marker-source`, e.g. "wsis" (shown as "source(code)"). */
  source: string;
  /** `.marker-code`, e.g. "missing-cover". */
  code: string;
  /** 1-based line and column from `.marker-line` ("[Ln 1, Col 1]"). */
  line: number;
  column: number;
  /** The row's aria-label: "Warning: MESSAGE at line 1 and character 1. generated by SOURCE". */
  ariaLabel: string;
  /** The file row above it (its `.label-name`), e.g. "draft.wsis.md". */
  file: string;
}

/** Opens the Problems panel (Ctrl+Shift+M) if it is not showing. */
export async function openProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press(`${MOD}+Shift+M`);
    await panel.waitFor({ state: 'visible' });
  }
  return panel;
}

/**
 * Reads the marker rows of the Problems panel. The panel is a tree: a file row
 * (aria-level 1, "N problems in file F of folder D") over its markers (aria-level 2, with
 * `.marker-icon`, `.marker-message`, `.marker-source`, `.marker-code`, `.marker-line`).
 * Only rows in view are in the DOM; with many problems, filter the panel or scroll.
 */
export async function readProblems(page: Page): Promise<Problem[]> {
  const panel = await openProblems(page);
  return panel.locator('.monaco-list-row').evaluateAll((nodes) => {
    const out: Problem[] = [];
    let file = '';
    for (const r of nodes as unknown as DomElement[]) {
      const icon = r.querySelector('.marker-icon');
      if (!icon) {
        file = (r.querySelector('.label-name')?.textContent ?? '').trim();
        continue;
      }
      const cls = icon.className;
      const severity = /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : /info/.test(cls) ? 'info' : 'hint';
      const pos = /Ln (\d+), Col (\d+)/.exec(r.querySelector('.marker-line')?.textContent ?? '');
      out.push({
        severity,
        message: (r.querySelector('.marker-message')?.textContent ?? '').trim(),
        source: (r.querySelector('.marker-source')?.textContent ?? '').trim(),
        code: (r.querySelector('.marker-code')?.textContent ?? '').trim(),
        line: pos ? Number(pos[1]) : 0,
        column: pos ? Number(pos[2]) : 0,
        ariaLabel: r.getAttribute('aria-label') ?? '',
        file,
      });
    }
    return out;
  });
}

function textMatcher(text: string | RegExp): (s: string) => boolean {
  return (s) => (typeof text === 'string' ? s.includes(text) : text.test(s));
}

/** A problem to look for: text in its message (string or RegExp), or a predicate. */
export type ProblemMatch = string | RegExp | ((p: Problem) => boolean);

function problemMatcher(m: ProblemMatch): (p: Problem) => boolean {
  if (typeof m === 'function') return m;
  const text = textMatcher(m);
  return (p) => text(p.message);
}

/** Waits until a Problems row matches (message text, or a predicate); returns that problem. */
export async function waitForProblem(page: Page, match: ProblemMatch, timeoutMs = 30_000): Promise<Problem> {
  const test = problemMatcher(match);
  let last: Problem[] = [];
  return pollUntil(async () => (last = await readProblems(page)).find(test), {
    timeoutMs, intervalMs: 250, what: () => `a problem matching ${String(match)} (seen: ${JSON.stringify(last.map((p) => `${p.file}:${p.line}: ${p.message}`))})`,
  });
}

/** Waits until no Problems row matches. */
export async function waitForNoProblem(page: Page, match: ProblemMatch, timeoutMs = 30_000): Promise<void> {
  const test = problemMatcher(match);
  await pollUntil(async () => !(await readProblems(page)).some(test), {
    timeoutMs, intervalMs: 250, what: `no problem matching ${String(match)}`,
  });
}

export interface OutlineItem {
  label: string;
  /** The symbol's detail, shown after the label (`.label-description`). */
  detail: string;
  /** 1-based depth in the tree (aria-level). */
  level: number;
  /** The SymbolKind as the icon names it (`codicon-symbol-KIND`): "namespace", "string", ... */
  kind: string;
}

/**
 * Shows the Outline view ("Explorer: Focus on Outline View") and reads its rows: each is a
 * `.outline-pane .monaco-list-row` with aria-level, aria-label "LABEL (kind)", `.label-name`,
 * `.label-description` (detail) and a `codicon-symbol-KIND` icon. Collapsed children are
 * not in the DOM.
 */
export async function readOutline(page: Page): Promise<OutlineItem[]> {
  const pane = page.locator('.outline-pane').first();
  if (!(await pane.isVisible())) {
    await runCommand(page, 'Explorer: Focus on Outline View');
    await pane.waitFor({ state: 'visible' });
  }
  return pane.locator('.monaco-list-row').evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((r) => {
    const icon = r.querySelector('.outline-element-icon');
    const kind = icon ? (Array.from(icon.classList).find((c) => c.startsWith('codicon-symbol-')) ?? '').slice('codicon-symbol-'.length) : '';
    return {
      label: (r.querySelector('.label-name')?.textContent ?? '').trim(),
      detail: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      level: Number(r.getAttribute('aria-level') ?? 0),
      kind,
    };
  }));
}

/** Waits until the Outline satisfies `predicate` (symbol providers answer asynchronously). */
export async function waitForOutline(page: Page, predicate: (items: OutlineItem[]) => boolean, timeoutMs = 20_000): Promise<OutlineItem[]> {
  let last: OutlineItem[] = [];
  return pollUntil(async () => (predicate((last = await readOutline(page))) ? last : undefined), {
    timeoutMs, intervalMs: 250, what: () => `the outline to match (seen: ${JSON.stringify(last)})`,
  });
}

/**
 * Shows the hover at a 1-based position from the keyboard ("Show or Focus Hover", Ctrl+K
 * Ctrl+I) and returns its text once a provider has answered. A hover is a
 * `.monaco-hover:not(.hidden) .monaco-hover-content`; the glyph-margin hover is another,
 * normally hidden, `.monaco-hover`.
 */
export async function hoverAt(page: Page, line: number, column: number, opts: { contains?: string | RegExp; timeoutMs?: number } = {}): Promise<string> {
  await gotoLine(page, line, column);
  await runCommand(page, 'Show or Focus Hover');
  const match = opts.contains ? textMatcher(opts.contains) : (s: string) => s.length > 0;
  let last = '';
  return pollUntil(async () => {
    const texts = await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').allInnerTexts();
    last = texts.map((t) => t.trim()).join('\n---\n');
    return texts.map((t) => t.trim()).find(match);
  }, { timeoutMs: opts.timeoutMs ?? 15_000, what: () => `a hover at ${line}:${column}${opts.contains ? ` containing ${String(opts.contains)}` : ''} (seen: ${JSON.stringify(last)})` });
}

/** Closes a hover, widget or menu. */
export async function escape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/**
 * Opens the quick fix menu (Ctrl+.) at a 1-based position and returns the offered titles.
 * The menu is `.action-widget`; group headers ("Quick Fix") are `.monaco-list-row.group-header`,
 * actions `.monaco-list-row.action` with aria-label = title (`.focused` on the selected one).
 * Leaves the menu open.
 */
export async function quickFixTitles(page: Page, line: number, column: number): Promise<string[]> {
  await gotoLine(page, line, column);
  await page.keyboard.press(`${MOD}+.`);
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ state: 'visible' });
  return rows.evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((e) => e.getAttribute('aria-label') ?? (e.textContent ?? '').trim()));
}

/** Opens the quick fix menu at a position and applies the item whose title matches, from the keyboard. */
export async function applyQuickFix(page: Page, line: number, column: number, title: string | RegExp): Promise<void> {
  const titles = await quickFixTitles(page, line, column);
  const match = textMatcher(title);
  const index = titles.findIndex(match);
  if (index < 0) {
    await escape(page);
    throw new Error(`no quick fix ${String(title)} at ${line}:${column}; offered: ${JSON.stringify(titles)}`);
  }
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i <= titles.length; i++) {
    if (match((await focused.getAttribute('aria-label').catch(() => null)) ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  if (!match((await focused.getAttribute('aria-label')) ?? '')) throw new Error(`could not select the quick fix ${String(title)}`);
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
}

export interface TokenInfo {
  /** The token's text (the widget's `.tiw-token`, its "·" turned back into spaces). */
  text: string;
  /** The language id at that position. */
  language: string;
  /** TextMate scopes, innermost first, outermost (the grammar's scopeName) last. */
  scopes: string[];
  /** Every key/value row of the widget: "standard token type", "foreground", "font style", ... */
  rows: Record<string, string>;
}

/**
 * Inspects the token at a 1-based position with "Developer: Inspect Editor Tokens and
 * Scopes" (`.token-inspect-widget`: tables of `.tiw-metadata-key`/`.tiw-metadata-value`,
 * scopes in `.tiw-metadata-scopes` one per line). Closes the widget afterwards.
 */
export async function inspectTokenAt(page: Page, line: number, column: number): Promise<TokenInfo> {
  await gotoLine(page, line, column);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.locator('.tiw-metadata-scopes').waitFor({ state: 'visible' });
  const info = await widget.evaluate((node) => {
    const el = node as unknown as DomElement;
    const rows: Record<string, string> = {};
    for (const tr of Array.from(el.querySelectorAll('tr'))) {
      const key = (tr.querySelector('.tiw-metadata-key')?.textContent ?? '').trim();
      const value = tr.querySelector('.tiw-metadata-value');
      if (key && value && !(key in rows)) rows[key] = value.innerText.trim();
    }
    const scopesEl = el.querySelector('.tiw-metadata-scopes');
    const h2 = el.querySelector('.tiw-token');
    const text = h2 ? Array.from(h2.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('') : '';
    return { rows, text: text.replace(/\u00b7/g, ' ').replace(/\u2192/g, '\t'), scopes: scopesEl ? scopesEl.innerText.split('\n').map((s) => s.trim()).filter(Boolean) : [] };
  });
  await escape(page);
  await widget.waitFor({ state: 'hidden' }).catch(() => undefined);
  return { text: info.text, language: info.rows['language'] ?? '', scopes: info.scopes, rows: info.rows };
}

/**
 * Opens a workspace file by name with Quick Open (Ctrl+P; file search runs ripgrep on the
 * server) and waits until its tab is active. `name` is the file name as the list shows it.
 */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${MOD}+p`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  // Recently opened entries show first; wait for the row naming this very file.
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name').getByText(name, { exact: true }) }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible' });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Types text into the focused editor as keystrokes (auto-closing and completion apply). */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/** The problem counts of the status bar item `#status.problems` (errors, warnings[, infos]). */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; infos: number }> {
  const text = await page.locator('#status\\.problems').innerText();
  const [errors = 0, warnings = 0, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings, infos };
}

/** Types `text` into the Problems panel filter (`input[aria-label="Filter Problems"]`); '' clears it. */
export async function filterProblems(page: Page, text: string): Promise<void> {
  const panel = await openProblems(page);
  const input = panel.page().locator('.panel input[aria-label="Filter Problems"]');
  await input.fill(text);
}

export interface Suggestion {
  /** The completion label (`.label-name`), e.g. a snippet prefix. */
  label: string;
  /** The row's aria-label: "LABEL, DETAIL" for snippets ("wsis-cover, Cover block"). */
  ariaLabel: string;
  /** The CompletionItemKind icon (`codicon-symbol-KIND`): "snippet", "text", ... */
  kind: string;
}

/**
 * Opens the completion list (Ctrl+Space) at the cursor and returns its visible rows
 * (`.suggest-widget .monaco-list-row`). Leaves it open: acceptSuggestion() or escape().
 */
export async function triggerSuggest(page: Page): Promise<Suggestion[]> {
  await page.keyboard.press(`${MOD}+Space`);
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  return rows.evaluateAll((nodes) => (nodes as unknown as DomElement[]).map((r) => {
    const icon = r.querySelector('.suggest-icon');
    const kind = icon ? (Array.from(icon.classList).find((c) => c.startsWith('codicon-symbol-')) ?? '').slice('codicon-symbol-'.length) : '';
    return { label: (r.querySelector('.label-name')?.textContent ?? '').trim(), ariaLabel: r.getAttribute('aria-label') ?? '', kind };
  }));
}

/** Selects the open completion row whose label is `label` (keyboard) and accepts it with Enter. */
export async function acceptSuggestion(page: Page, label: string): Promise<void> {
  const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
  const count = await page.locator('.suggest-widget.visible .monaco-list-row').count();
  for (let i = 0; i <= count; i++) {
    if (((await focused.textContent().catch(() => null)) ?? '').trim() === label) break;
    await page.keyboard.press('ArrowDown');
  }
  if (((await focused.textContent()) ?? '').trim() !== label) throw new Error(`no completion ${label} to accept`);
  await page.keyboard.press('Enter');
  await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
}

/**
 * Waits until the server's file watcher reports changes in `folder` (a workspace folder):
 * writes probe files there until one shows in the Explorer, then deletes them. Changes made
 * on disk before the watcher is up are never reported (seen here: a file rewritten right
 * after the first diagnostic stayed stale in its editor), so call this before changing
 * workspace files or .vscode/settings.json behind the workbench's back.
 */
export async function waitForFileWatcher(page: Page, folder: string, timeoutMs = 30_000): Promise<void> {
  const probes: string[] = [];
  try {
    await pollUntil(async () => {
      const name = `e2e-watch-probe-${probes.length}.txt`;
      probes.push(join(folder, name));
      writeFileSync(join(folder, name), 'probe\n');
      const row = page.locator('.explorer-folders-view .monaco-list-row .label-name').getByText(name, { exact: true });
      return row.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
    }, { timeoutMs, intervalMs: 0, what: `the file watcher to report a new file in ${folder}` });
  } finally {
    for (const p of probes) rmSync(p, { force: true });
  }
  await pollUntil(async () => (await page.locator('.explorer-folders-view .monaco-list-row .label-name').getByText(/^e2e-watch-probe-/).count()) === 0, {
    timeoutMs: 10_000, what: 'the probe files to leave the Explorer',
  });
}

function mergeJsonFile(file: string, patch: Record<string, unknown>): void {
  const settings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete settings[key];
    else settings[key] = value;
  }
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2));
}

/**
 * Changes workspace settings while the workbench runs: merges `patch` into
 * FOLDER/.vscode/settings.json (null deletes a key). The workbench applies them through the
 * file watcher, so this first waits for it (waitForFileWatcher). Then wait on the effect.
 */
export async function updateWorkspaceSettings(page: Page, folder: string, patch: Record<string, unknown>): Promise<void> {
  await waitForFileWatcher(page, folder);
  mergeJsonFile(join(folder, '.vscode', 'settings.json'), patch);
}

/**
 * Changes user settings: merges `patch` into USER_DATA_DIR/User/settings.json (null deletes
 * a key). code-server reads that file at load but does not notice later changes to it (seen
 * here), so follow with reloadWindow(), or use updateWorkspaceSettings() for live changes.
 */
export function updateUserSettings(server: CodeServer, patch: Record<string, unknown>): void {
  mergeJsonFile(join(server.userDataDir, 'User', 'settings.json'), patch);
}

/**
 * Reloads the workbench ("Developer: Reload Window"): a new extension host, settings read
 * again, editors restored. Waits until the workbench and (if one was open) an editor are drawn.
 */
export async function reloadWindow(page: Page, timeoutMs = 60_000): Promise<void> {
  const hadEditor = (await page.locator('.editor-instance .monaco-editor').count()) > 0;
  const loaded = page.waitForEvent('load', { timeout: timeoutMs });
  await runCommand(page, 'Developer: Reload Window').catch(() => undefined); // the page goes away under it
  await loaded;
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  if (hadEditor) await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

// ---------------------------------------------------------------------------------------
// Packaging a test extension
// ---------------------------------------------------------------------------------------

/** Packages the extension in `dir` with the project's @vscode/vsce; returns the .vsix path. */
export async function packageVsix(dir: string, out = join(dir, 'ext.vsix')): Promise<string> {
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const { code, output } = await runToEnd(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: dir,
    timeoutMs: 120_000,
  });
  if (code !== 0 || !existsSync(out)) throw new Error(`vsce package failed in ${dir} (exit ${code}):\n${output}`);
  return out;
}

/** A fresh temp folder that stopAll() removes (unless E2E_KEEP=1). */
export function tempFolder(prefix = 'wsis-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  register({
    name: `temp dir ${dir}`,
    run: async () => { if (!KEEP_TEMP) rmSync(dir, { recursive: true, force: true }); },
    sync: () => { if (!KEEP_TEMP) rmSync(dir, { recursive: true, force: true }); },
  });
  return dir;
}
