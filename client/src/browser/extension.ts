/**
 * The VS Code side of the WSIS submission checker in VS Code for the Web (vscode.dev,
 * github.dev, code-server's browser extension host): the language server runs in a web worker
 * (dist/web/server.js), and this client reads and writes files for it through
 * `vscode.workspace.fs`. Nothing here or below may use Node: the extension host is a web worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, type ErrorHandler } from 'vscode-languageclient/browser';
import { PdfScriptRequest, WordScriptRequest } from '../../../server/src/protocol';
import { PREVIEW_API, type WsisExtensionApi } from '../preview-api';
import { clientOptions, startClient } from '../start';

/** What the extension host's web worker has (the project's TypeScript has no DOM library). */
interface WorkerGlobals {
  Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}
const globals = globalThis as unknown as WorkerGlobals;

/**
 * A URL a worker can load one of the extension's scripts from: the extension's own https: URL
 * (vscode.dev, github.dev), else (an extension installed on a server, `vscode-remote:`, which
 * VS Code for the Web does not start workers from) the script's text as a blob: URL.
 */
async function scriptUrl(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'https' || uri.scheme === 'http') return uri.toString(true);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return globals.URL.createObjectURL(new globals.Blob([bytes], { type: 'text/javascript' }));
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<WsisExtensionApi> {
  const server = await scriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js'));
  const defaults: { handler?: ErrorHandler } = {};
  const c = new LanguageClient('wsis', 'WSIS Submission Checker', clientOptions(defaults), new globals.Worker(server));
  client = c;
  // The Word script, made a URL on the first export or import only.
  let word: Promise<string> | undefined;
  context.subscriptions.push(c.onRequest(WordScriptRequest, () => (word ??= scriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/word.js')))));
  // The PDF import's script (PDF.js within), on the first PDF import only.
  let pdf: Promise<string> | undefined;
  context.subscriptions.push(c.onRequest(PdfScriptRequest, () => (pdf ??= scriptUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/pdf.js')))));
  await startClient(context, c, defaults, { serverWritesFiles: false });
  return PREVIEW_API;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
