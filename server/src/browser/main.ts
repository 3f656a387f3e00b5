/**
 * The WSIS language server's browser entry point (bundled to dist/web/server.js), for VS Code for
 * the Web (vscode.dev, github.dev): the web client (client/src/browser/extension.ts) runs it in a
 * web worker and speaks LSP with it over postMessage. There is no file system here: the client
 * reads `.wsisrc.json` and the workspace's drafts for it (wsis/readFile, wsis/findFiles), and
 * writes the Word files the server makes. The Word code (docx, mammoth) is a script of its own,
 * dist/word.js, loaded into the worker on first use (wsis/wordScript says from where); the
 * PDF reader (PDF.js, its worker running in this thread) is dist/pdf.js, the same bundle as the
 * Node server's, loaded on the first PDF import only (wsis/pdfScript).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { ServerHost } from '../lsp/host';
import { startServer } from '../lsp/wsis-server';
import type * as PdfBundle from '../pdf/pdf-bundle';
import { PdfScriptRequest, WordScriptRequest } from '../protocol';
import type * as WordCore from '../word/word-core';

/** The parts of the worker's global scope used here (the project's TypeScript has no DOM library). */
interface WorkerScope {
  importScripts(...urls: string[]): void;
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { message?: string; reason?: unknown }) => void): void;
  /** Set by dist/word.js (an esbuild IIFE with globalName wsisWord). */
  wsisWord?: typeof WordCore;
  /** Set by dist/pdf.js (globalName wsisPdf). */
  wsisPdf?: typeof PdfBundle;
}

const scope = globalThis as unknown as WorkerScope;

// The worker's own scope is the message port (BrowserMessageReader/Writer take a DedicatedWorkerGlobalScope).
// The reader's parameter type names DOM types this project's TypeScript has no library for.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- see above
const port = scope as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));

const browserHost: ServerHost = {
  async loadWordCore() {
    // dist/word.js, from where the client says (the extension's own file); a classic worker loads it synchronously.
    if (scope.wsisWord === undefined) scope.importScripts(await connection.sendRequest(WordScriptRequest));
    if (scope.wsisWord === undefined) throw new Error('The Word converter (word.js) did not load.');
    return scope.wsisWord;
  },
  async loadPdf() {
    // dist/pdf.js (1.6 MB), on the first PDF import only.
    if (scope.wsisPdf === undefined) scope.importScripts(await connection.sendRequest(PdfScriptRequest));
    if (scope.wsisPdf === undefined) throw new Error('The PDF reader (pdf.js) did not load.');
    return scope.wsisPdf;
  },
  yieldToEvents: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
};

startServer(connection, browserHost);

// A failure outside any handler is logged; the server keeps serving the other documents.
scope.addEventListener('unhandledrejection', (event) => connection.console.error(`[error] unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`));
scope.addEventListener('error', (event) => connection.console.error(`[error] uncaught exception: ${event.message ?? 'unknown'}`));

connection.listen();
