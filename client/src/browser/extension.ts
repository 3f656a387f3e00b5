/**
 * The VS Code side of the WSIS submission checker in VS Code for the Web (vscode.dev,
 * github.dev, code-server's browser extension host): the language server runs in a web worker
 * (dist/web/server.js), and this client reads and writes files for it through
 * `vscode.workspace.fs`. Nothing here or below may use Node: the extension host is a web worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ErrorHandler } from 'vscode-languageclient/browser';
import { clientOptions, startClient } from '../start';

/** The Worker constructor of the extension host's web worker (the project's TypeScript has no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  const defaults: { handler?: ErrorHandler } = {};
  client = new LanguageClient('wsis', 'WSIS Submission Checker', clientOptions(defaults), new Worker(serverMain.toString(true)));
  await startClient(context, client, defaults, { serverWritesFiles: false });
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
