/**
 * The one way the benchmark (bench/lsp-client.ts) and the protocol tests (test/protocol/helpers.ts)
 * start a language server: a Node process speaking LSP over its stdin and stdout (no sockets), with
 * a JSON-RPC connection on its pipes and what it writes to stderr kept (its last `stderrLimit`
 * characters). What each then asks of the server is its own.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export interface StdioServerOptions {
  /** Node options before the server's path. */
  nodeArgs?: readonly string[];
  /** Arguments after `--stdio`. */
  args?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How much of stderr to keep, from its end (default: all of it). */
  stderrLimit?: number;
}

export interface StdioServer {
  readonly child: ChildProcessWithoutNullStreams;
  /** Not yet listening: register handlers, then call `connection.listen()`. */
  readonly connection: ProtocolConnection;
  /** Resolves when the process has exited, with its code and signal. */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly exited: () => boolean;
  readonly stderr: () => string;
}

export function spawnStdioServer(serverPath: string, options: StdioServerOptions = {}): StdioServer {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio', ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: 'pipe',
  });
  const limit = options.stderrLimit ?? Infinity;
  let stderr = '';
  let exited = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    if (stderr.length > limit) stderr = stderr.slice(-limit);
  });
  // A server that dies mid-write must not crash the client with EPIPE.
  child.stdin.on('error', () => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return { child, connection, exit, exited: () => exited, stderr: () => stderr };
}
