/**
 * What the desktop client (client/src/extension.ts, the server a Node process) and the web client
 * (client/src/browser/extension.ts, the server a web worker) share: the documents, the options,
 * the commands, the status bar, and the files the client reads for the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, ErrorHandler, LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../server/src/protocol';
import { registerClientFiles } from './client-files';
import { registerCommands } from './commands';
import { notifyingErrorHandler } from './error-handler';
import { WordCountStatus } from './status-bar';
import { registerWordCommands } from './word-commands';
import { DraftContext } from './draft-context';
import { registerGuideCommands } from './guide-commands';
import { registerPasteProvider } from './paste-provider';
import { ruleDocsMiddleware } from './rule-docs';
import { refreshPreviewsOnProblems } from './preview-refresh';
import { offerLanguageSettingsMigration } from './settings-migration';

/**
 * WSIS drafts and Markdown files (the server decides which Markdown files are drafts, per
 * `wsis.markdown.enable`), on disk, unsaved, and in virtual and web workspaces (vscode-vfs in
 * vscode.dev and github.dev, vscode-remote in a browser connected to a server).
 */
export const DOCUMENT_SELECTOR: DocumentSelector = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'].flatMap((scheme) => [
  { scheme, language: 'wsis' },
  { scheme, language: 'markdown' },
]);

/** The client's options; `defaults` gets the client's default error handler once the client exists. */
export function clientOptions(defaults: { handler?: ErrorHandler }): LanguageClientOptions {
  const initializationOptions: InitializationOptions = {
    // `wsis.server.logLevel` (error, warn, info, debug): only debug may show draft text in the log.
    logLevel: vscode.workspace.getConfiguration('wsis').get<string>('server.logLevel'),
    clientFiles: true,
    // VS Code outlines Markdown documents itself (see the server's clientOutlinesMarkdown).
    markdownOutline: true,
  };
  return {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
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
}

export interface Where {
  /** Whether the server writes Word files itself (a Node server beside the files); else the client writes what it sends. */
  serverWritesFiles: boolean;
}

export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient, defaults: { handler?: ErrorHandler }, where: Where): Promise<void> {
  defaults.handler = client.createDefaultErrorHandler();
  context.subscriptions.push(
    ...registerCommands(client),
    ...registerWordCommands(client, where),
    ...registerGuideCommands(context.extensionUri),
    ...registerClientFiles(client),
    new WordCountStatus(client, new DraftContext()),
    // Paste from Word: "Paste as WSIS Markdown" (needs VS Code 1.97, where the paste API became stable).
    registerPasteProvider(client),
    refreshPreviewsOnProblems(),
  );
  void offerLanguageSettingsMigration(context.globalState);
  await client.start();
}
