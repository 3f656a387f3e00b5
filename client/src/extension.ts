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
import { registerPasteProvider } from './paste-provider';
import { WordCountStatus } from './status-bar';
import { DraftContext } from './draft-context';
import { registerGuideCommands } from './guide-commands';
import { ruleDocsMiddleware } from './rule-docs';

let client: LanguageClient | undefined;

/** WSIS drafts and Markdown files (the server decides which Markdown files are drafts, per `wsis.markdown.enable`). */
export const DOCUMENT_SELECTOR: DocumentSelector = ['file', 'untitled', 'vscode-vfs'].flatMap((scheme) => [
  { scheme, language: 'wsis' },
  { scheme, language: 'markdown' },
]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    initializationOptions: { logLevel: vscode.workspace.getConfiguration('wsis').get<string>('server.logLevel') },
    // The server registers for `wsis` configuration changes and `.wsisrc.json` file events itself.
    errorHandler: notifyingErrorHandler(
      () => defaults.handler as ErrorHandler,
      () =>
        void vscode.window.showWarningMessage(
          vscode.l10n.t('The WSIS language server stopped unexpectedly and has been restarted. If this happens again, the "WSIS Submission Checker" output has the details.'),
        ),
    ),
    // A diagnostic's rule links to the documentation shipped in the extension, not to the web.
    middleware: ruleDocsMiddleware(),
  };
  const languageClient = new LanguageClient('wsis', 'WSIS Submission Checker', serverOptions, clientOptions);
  defaults.handler = languageClient.createDefaultErrorHandler();
  client = languageClient;

  context.subscriptions.push(
    ...registerCommands(languageClient),
    ...registerWordCommands(languageClient),
    ...registerGuideCommands(context.extensionUri),
    new WordCountStatus(languageClient, new DraftContext()),
  );
  // Paste from Word: "Paste as WSIS Markdown" (needs VS Code 1.97, where the paste API became stable).
  context.subscriptions.push(registerPasteProvider(languageClient));
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
