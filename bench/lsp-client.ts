/**
 * A minimal LSP client for the benchmark: spawns the language server over stdio (no sockets),
 * times requests and the diagnostics published for each document version, reads the server's
 * memory from /proc, and stops every server it started, on failure and on exit too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/server-process';
import { spawnStdioServer } from '../test/lsp-stdio';
import type { PlannedEdit } from './generate';

const live = new Set<ChildProcess>();

/** Kills every server still running (synchronous, so it also works in an 'exit' handler). */
export function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  live.clear();
}
process.on('exit', killAll);

/** What VS Code answers for the `wsis` section when the user set nothing (package.json defaults). */
const DEFAULT_CONFIG: Record<string, unknown> = {
  markdown: { enable: 'auto' },
  kind: 'auto',
  rules: {},
  limits: { partOneWords: 300, totalWords: 2400 },
  trace: { server: 'off' },
};

function configFor(section: string | undefined): unknown {
  if (section === undefined || section === 'wsis') return DEFAULT_CONFIG;
  if (!section.startsWith('wsis.')) return null;
  let value: unknown = DEFAULT_CONFIG;
  for (const key of section.slice(5).split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value ?? null;
}

interface Waiter {
  version: number;
  resolve: (ms: number) => void;
  reject: (e: Error) => void;
  sentAt: number;
  timer: NodeJS.Timeout;
}

export interface ServerOptions {
  /** Extra arguments after `--stdio`. */
  args?: string[];
  /**
   * Node options before the server's path (e.g. `--cpu-prof` to profile the server), after the
   * ones the VS Code client starts it with (SERVER_EXEC_ARGV).
   */
  nodeArgs?: string[];
  cwd?: string;
  /** Milliseconds to wait for any one response or diagnostics. */
  timeoutMs?: number;
}

export class LspServer {
  /** Spawn to initialize response, in ms. */
  startupMs = 0;
  capabilities: ServerCapabilities = {};
  /** Diagnostics counts last published, by URI. */
  readonly diagnosticCount = new Map<string, number>();
  /** Set when the server publishes diagnostics without a version (they are then matched by order). */
  versionless = false;
  private readonly waiters = new Map<string, Waiter>();
  private exited = false;
  /** Rejects when the server exits, so no request waits for its timeout on a dead server. */
  private readonly exit: Promise<never>;
  private onExit: (e: Error) => void = () => undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly timeoutMs: number,
    private readonly readStderr: () => string,
  ) {
    this.exit = new Promise<never>((_, reject) => (this.onExit = reject));
    this.exit.catch(() => undefined);
  }

  static async start(serverPath: string, options: ServerOptions = {}): Promise<LspServer> {
    const t0 = performance.now();
    const { child, connection, stderr } = spawnStdioServer(serverPath, { nodeArgs: [...SERVER_EXEC_ARGV, ...(options.nodeArgs ?? [])], args: options.args, cwd: options.cwd, stderrLimit: 4000 });
    live.add(child);
    const server = new LspServer(child, connection, options.timeoutMs ?? 30_000, stderr);
    server.wire();
    connection.listen();
    try {
      const result = await server.withTimeout(connection.sendRequest('initialize', server.initializeParams()), 'initialize');
      server.startupMs = performance.now() - t0;
      server.capabilities = (result as { capabilities?: ServerCapabilities }).capabilities ?? {};
      await connection.sendNotification('initialized', {});
      return server;
    } catch (e) {
      await server.stop();
      throw e;
    }
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The last lines the server wrote to stderr, long (minified) lines cut. */
  stderrSummary(): string {
    return this.readStderr()
      .trim()
      .split('\n')
      .slice(-12)
      .map((l) => `    ${l.length > 160 ? `${l.slice(0, 157)}...` : l}`)
      .join('\n');
  }

  private wire(): void {
    const { child, connection } = this;
    child.on('exit', (code, signal) => {
      this.exited = true;
      live.delete(child);
      const error = new Error(`the server exited (code ${code}, signal ${signal})${this.readStderr() ? `; its stderr ends:\n${this.stderrSummary()}` : ''}`);
      this.onExit(error);
      this.failAll(error);
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const now = performance.now();
      this.diagnosticCount.set(p.uri, p.diagnostics.length);
      const w = this.waiters.get(p.uri);
      if (p.version === undefined || p.version === null) this.versionless = true;
      if (w === undefined) return;
      if (p.version === undefined || p.version === null || p.version >= w.version) {
        clearTimeout(w.timer);
        this.waiters.delete(p.uri);
        w.resolve(now - w.sentAt);
      }
    });
    // Requests a server may send its client: answer as VS Code would, never leave one pending
    // (vscode-jsonrpc answers any other request with MethodNotFound).
    connection.onRequest('workspace/configuration', (params: { items?: { section?: string }[] }) => (params.items ?? []).map((i) => configFor(i.section)));
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
      connection.onRequest(method, () => null);
    }
    connection.onRequest('workspace/workspaceFolders', () => null);
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    for (const method of ['window/logMessage', 'window/showMessage', '$/progress', 'telemetry/event', '$/logTrace']) connection.onNotification(method, () => undefined);
    connection.onError(() => undefined);
  }

  private initializeParams(): InitializeParams {
    return {
      processId: process.pid,
      clientInfo: { name: 'wsis-bench' },
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    };
  }

  private withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${this.timeoutMs} ms`)), this.timeoutMs);
      Promise.race([p, this.exit]).then(
        (v) => (clearTimeout(timer), resolve(v)),
        (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
      );
    });
  }

  private failAll(error: Error): void {
    for (const w of this.waiters.values()) {
      clearTimeout(w.timer);
      w.reject(error);
    }
    this.waiters.clear();
  }

  /** Resolves with the ms from now until diagnostics for `version` of `uri` arrive. */
  private expectDiagnostics(uri: string, version: number): Promise<number> {
    if (this.exited) return Promise.reject(new Error(`the server has exited; its stderr ends:\n${this.stderrSummary()}`));
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(uri);
        reject(new Error(`no diagnostics for version ${version} of ${uri} within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.waiters.set(uri, { version, resolve, reject, timer, sentAt: performance.now() });
    });
  }

  /** didOpen; resolves with the ms until the first diagnostics for it. */
  async open(uri: string, text: string, languageId = 'wsis'): Promise<number> {
    const done = this.expectDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return done;
  }

  /** Whether the server asked for incremental changes (else each change sends the whole text). */
  get incremental(): boolean {
    const sync = this.capabilities.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : sync?.change;
    return kind === 2;
  }

  /** didChange with one edit (or the full text if the server wants that); ms until its diagnostics. */
  async change(uri: string, edit: PlannedEdit, fullText: string): Promise<number> {
    const contentChanges = this.incremental ? [{ range: edit.range, rangeLength: edit.rangeLength, text: edit.text }] : [{ text: fullText }];
    const done = this.expectDiagnostics(uri, edit.version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: edit.version }, contentChanges });
    return done;
  }

  /** Sends a request; resolves with its round trip in ms and its result. */
  async request(method: string, params: unknown): Promise<{ ms: number; result: unknown }> {
    const t0 = performance.now();
    const result = await this.withTimeout(this.connection.sendRequest(method, params), method);
    return { ms: performance.now() - t0, result };
  }

  /** Peak and current resident set of the server process, in kB (Linux /proc only). */
  memoryKb(): { peak: number; current: number } | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peak: kb('VmHWM'), current: kb('VmRSS') };
    } catch {
      return undefined;
    }
  }

  /** shutdown and exit, then SIGKILL if the server is still there after a second. */
  async stop(): Promise<void> {
    const { child, connection } = this;
    if (!this.exited) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await Promise.race([connection.sendRequest('shutdown'), delay(1000)]);
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone; killed below
      }
      await Promise.race([gone, delay(1000)]);
      if (!this.exited) child.kill('SIGKILL');
      await Promise.race([gone, delay(1000)]);
    }
    this.failAll(new Error('the server was stopped'));
    connection.dispose();
    child.stdin?.destroy();
    child.stdout?.destroy();
    child.stderr?.destroy();
    live.delete(child);
  }
}

/** Baseline for start-up: spawn to first output of a bare `node -e` (no bundle to load). */
export function nodeStartMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', "process.stdout.write('ready')"], { stdio: ['ignore', 'pipe', 'ignore'] });
    live.add(child);
    let ms: number | undefined;
    child.stdout.once('data', () => (ms = performance.now() - t0));
    child.once('error', reject);
    child.once('exit', () => {
      live.delete(child);
      if (ms === undefined) reject(new Error('node -e printed nothing'));
      else resolve(ms);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
