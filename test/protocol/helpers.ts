// Protocol test harness: starts the BUNDLED language server (`node dist/server.js --stdio`) as a
// child process and speaks LSP to it with vscode-languageserver-protocol. Every wait is on a
// condition (a notification or a response) with a bounded deadline that fails the test; there
// are no fixed sleeps. `npm test` builds dist/ first; run `npm run build` before running a
// protocol test file on its own.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { spawnStdioServer } from '../lsp-stdio';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const DEFAULT_TIMEOUT_MS = 10_000;

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The newest modification time of the repository's own sources the bundle was built from (its source map lists them). */
function newestBundledSource(): number | undefined {
  const map = `${SERVER_BUNDLE}.map`;
  if (!existsSync(map)) return undefined;
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  let newest = 0;
  for (const source of sources) {
    const path = resolve(dirname(SERVER_BUNDLE), source);
    if (path.includes(`${sep}node_modules${sep}`) || !existsSync(path)) continue;
    newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The tests run the bundle, not the sources: refuse a missing or outdated one with a clear message. */
export function assertBundleFresh(): void {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first (npm test does).`);
  const newest = newestBundledSource();
  if (newest !== undefined && statSync(SERVER_BUNDLE).mtimeMs < newest) {
    throw new Error(`${SERVER_BUNDLE} is older than the sources it bundles: run \`npm run build\` first (npm test does).`);
  }
}

/** Resolves with `promise`, or rejects after `ms` saying what was awaited. */
export function within<T>(promise: Promise<T>, what: string, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** A log of notifications of one kind that tests can wait on: resolves on a past or future entry. */
export class Recorder<T> {
  readonly entries: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.entries.push(value);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(value)) return true;
      w.resolve(value);
      return false;
    });
  }

  /** The first entry at index >= `from` that passes `test`, now or when it arrives. */
  wait(test: (value: T) => boolean, what: string, from = 0, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
    const found = this.entries.slice(from).find(test);
    if (found !== undefined) return Promise.resolve(found);
    return within(new Promise<T>((resolve) => this.waiters.push({ test, resolve })), what, ms);
  }

  get length(): number {
    return this.entries.length;
  }
}

export interface StartOptions {
  /** Workspace folder paths. */
  folders?: string[];
  /** What the client answers to workspace/configuration for the `wsis` section. */
  settings?: unknown;
  capabilities?: ClientCapabilities;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** False: start the process without initializing it (call `initialize()` when the test wants to). */
  initialize?: boolean;  /** The client's display language, sent as `locale` in initialize. */
  locale?: string;
}

export interface TestServer {
  connection: ProtocolConnection;
  /** The answer to initialize (unset until then, with `initialize: false`). */
  initializeResult: InitializeResult;
  /** Sends initialize and initialized (startServer does, unless told `initialize: false`). */
  initialize(): Promise<InitializeResult>;
  diagnostics: Recorder<PublishDiagnosticsParams>;
  messages: Recorder<ShowMessageParams>;
  /** window/logMessage, as the server's log. */
  logs: Recorder<LogMessageParams>;
  registrations: Recorder<Registration>;
  /** What workspace/configuration answers from now on. */
  settings: unknown;
  /** How many workspace/configuration requests the server sent. */
  configurationRequests: number;
  stderr(): string;
  exited(): boolean;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** The first publish for `uri` (from the `from`th publish on) that passes `test`. */
  waitForDiagnostics(uri: string, test?: (p: PublishDiagnosticsParams) => boolean, from?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  assertBundleFresh();
  const started = spawnStdioServer(SERVER_BUNDLE, { cwd: ROOT, env: { ...process.env, WSIS_LOG_LEVEL: 'info', ...options.env } });
  const { child, connection } = started;
  const exitPromise = started.exit.then(() => undefined);
  const diagnostics = new Recorder<PublishDiagnosticsParams>();
  const messages = new Recorder<ShowMessageParams>();
  const logs = new Recorder<LogMessageParams>();
  const registrations = new Recorder<Registration>();
  const server = {} as TestServer;
  server.settings = options.settings ?? {};
  server.configurationRequests = 0;
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => diagnostics.push(p));
  connection.onNotification(ShowMessageNotification.type, (p) => messages.push(p));
  connection.onNotification(LogMessageNotification.type, (p) => logs.push(p));
  connection.onRequest(ConfigurationRequest.type, (p) => {
    server.configurationRequests++;
    return p.items.map((item) => (item.section === 'wsis' ? server.settings : null));
  });
  connection.onRequest(RegistrationRequest.type, (p) => {
    for (const r of p.registrations) registrations.push(r);
  });
  connection.listen();

  const folders = options.folders ?? [];
  const initialize = async (): Promise<InitializeResult> => {
    // A server that dies on start fails the test at once, with what it printed.
    const died = exitPromise.then(() => {
      throw new Error(`the server exited before answering initialize:\n${started.stderr()}`);
    });
    const result = await within(
      Promise.race([
        connection.sendRequest(InitializeRequest.type, {
          processId: process.pid,
          rootUri: null,
          capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
          workspaceFolders: folders.map((f) => ({ uri: pathToUri(f), name: f })),
          clientInfo: { name: 'protocol-test' },
          ...(options.locale !== undefined ? { locale: options.locale } : {}),
        }),
        died,
      ]),
      'the initialize response',
    );
    died.catch(() => undefined);
    await connection.sendNotification(InitializedNotification.type, {});
    server.initializeResult = result;
    return result;
  };
  if (options.initialize !== false) await initialize();

  Object.assign(server, {
    connection,
    initialize,
    diagnostics,
    messages,
    logs,
    registrations,
    stderr: () => started.stderr(),
    exited: () => started.exited(),
    open(uri: string, text: string, languageId = 'wsis', version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    close(uri: string) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0) {
      return diagnostics.wait((p) => p.uri === uri && test(p), `diagnostics for ${uri}`, from);
    },
    async stop() {
      if (!started.exited()) {
        try {
          await within(connection.sendRequest(ShutdownRequest.type), 'the shutdown response', 3000);
          await connection.sendNotification(ExitNotification.type);
          await within(exitPromise, 'the server to exit', 3000);
        } catch {
          // fall through to kill
        }
      }
      connection.dispose();
      if (!started.exited()) {
        child.kill('SIGKILL');
        await within(exitPromise, 'the killed server to exit', 3000);
      }
    },
  });
  return server;
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
