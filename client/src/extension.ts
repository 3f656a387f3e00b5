/**
 * The VS Code side of the WSIS submission checker: starts the language server over IPC,
 * registers the commands and the word-count status bar item. All checking happens in the
 * server (dist/server.js); this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/server-process';
import { registerCommands } from './commands';
import { registerWordCommands } from './word-commands';
import { notifyingErrorHandler } from './error-handler';
import { WordCountStatus } from './status-bar';
import { offerLanguageSettingsMigration } from './settings-migration';
import { refreshPreviewsOnProblems } from './preview-refresh';
import type MarkdownIt from 'markdown-it';
import type * as PreviewModule from './preview/preview-bundle';

let client: LanguageClient | undefined;

/** What the extension hands VS Code: the Markdown preview's plugin (`markdown.markdownItPlugins`). */
export interface WsisExtensionApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * The preview of drafts (dist/preview.js: the engine, the markdown-it plugin), loaded when the
 * Markdown preview first asks for it.
 */
function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  // A literal path: esbuild maps it to dist/preview.js; under tsx it is the TypeScript module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return (require('./preview/preview-bundle') as typeof PreviewModule).extendMarkdownIt(md);
}

/**
 * Markdown files, drafts (`*.wsis.md`) among them, and the `wsis` language for those who
 * associate drafts with it: the server decides which Markdown files are drafts (by name, or per
 * `wsis.markdown.enable`).
 */
export const DOCUMENT_SELECTOR: DocumentSelector = ['file', 'untitled', 'vscode-vfs'].flatMap((scheme) => [
  { scheme, language: 'wsis' },
  { scheme, language: 'markdown' },
]);

export async function activate(context: vscode.ExtensionContext): Promise<WsisExtensionApi> {
  const module = context.asAbsolutePath('dist/server.js');
  // The server's Node options (its V8 heap sizing) come from one place the benchmark uses too.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  // The default handler can only be made once the client exists; the wrapper asks for it lazily.
  const defaults: { handler?: ErrorHandler } = {};
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // `wsis.server.logLevel` (error, warn, info, debug): only debug may show draft text in the log.
    // markdownOutline: VS Code outlines Markdown documents itself (see the server's clientOutlinesMarkdown).
    initializationOptions: { logLevel: vscode.workspace.getConfiguration('wsis').get<string>('server.logLevel'), markdownOutline: true },
    // The server registers for `wsis` configuration changes and `.wsisrc.json` file events itself.
    errorHandler: notifyingErrorHandler(
      () => defaults.handler as ErrorHandler,
      (message) => void vscode.window.showWarningMessage(message),
    ),
  };
  const languageClient = new LanguageClient('wsis', 'WSIS Submission Checker', serverOptions, clientOptions);
  defaults.handler = languageClient.createDefaultErrorHandler();
  client = languageClient;

  context.subscriptions.push(...registerCommands(languageClient), ...registerWordCommands(languageClient), new WordCountStatus(languageClient), refreshPreviewsOnProblems());
  void offerLanguageSettingsMigration(context.globalState);
  await languageClient.start();
  return { extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
