/**
 * The VS Code side of the WSIS submission checker on the desktop (and in remote windows): starts
 * the language server as a Node process over IPC and wires the shared part (client/src/start.ts).
 * All checking happens in the server (dist/server.js). VS Code for the Web loads
 * client/src/browser/extension.ts instead (package.json `browser`).
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/server-process';
import { PREVIEW_API, type WsisExtensionApi } from './preview-api';
import { clientOptions, startClient } from './start';

export { DOCUMENT_SELECTOR } from './start';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<WsisExtensionApi> {
  const module = context.asAbsolutePath('dist/server.js');
  // The server's Node options (its V8 heap sizing) come from one place the benchmark uses too.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  // The default handler can only be made once the client exists; the wrapper asks for it lazily.
  const defaults: { handler?: ErrorHandler } = {};
  client = new LanguageClient('wsis', 'WSIS Submission Checker', serverOptions, clientOptions(defaults));
  await startClient(context, client, defaults, { serverWritesFiles: true });
  return PREVIEW_API;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
