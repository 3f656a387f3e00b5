import type { Connection, DidChangeTextDocumentParams, DidOpenTextDocumentParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from './logger';

type DocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** LSP versions are integers (int32). */
function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;
}

/**
 * Connects `documents` to the client through a filter: text notifications before `initialize`
 * are dropped (LSP: "notifications should be dropped"), and so is a didOpen whose version is not
 * an integer or a didChange whose version is not an integer greater than the document's (a
 * version going backwards or repeating). Each is logged; the document stays as it was, so
 * nothing is checked or published for a version the client should not have sent.
 */
export function listenFiltered(documents: TextDocuments<TextDocument>, connection: Connection, initialized: () => boolean, logger: Logger): void {
  const ready = (what: string): boolean => {
    if (initialized()) return true;
    logger.warn(`${what} before initialize: ignored`);
    return false;
  };
  const acceptOpen = (p: DidOpenTextDocumentParams | undefined): boolean => {
    if (!ready('textDocument/didOpen')) return false;
    const td = p?.textDocument as Partial<DidOpenTextDocumentParams['textDocument']> | undefined;
    if (typeof td?.uri !== 'string' || typeof td.text !== 'string' || typeof td.languageId !== 'string' || !isVersion(td.version)) {
      logger.warn(`textDocument/didOpen ${String(td?.uri)} with version ${JSON.stringify(td?.version)}: ignored (a document needs a uri, a languageId, its text and an integer version)`);
      return false;
    }
    return true;
  };
  const acceptChange = (p: DidChangeTextDocumentParams | undefined): boolean => {
    if (!ready('textDocument/didChange')) return false;
    const td = p?.textDocument as { uri?: unknown; version?: unknown } | undefined;
    if (typeof td?.uri !== 'string' || !Array.isArray(p?.contentChanges)) {
      logger.warn('textDocument/didChange without a uri or content changes: ignored');
      return false;
    }
    const doc = documents.get(td.uri);
    if (doc === undefined) return true; // not open: TextDocuments ignores it
    if (!isVersion(td.version) || td.version <= doc.version) {
      logger.warn(`textDocument/didChange ${td.uri} to version ${JSON.stringify(td.version)} after version ${doc.version}: ignored (versions are integers that increase)`);
      return false;
    }
    return true;
  };
  const filtered: DocumentConnection = {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument((p) => (acceptOpen(p) ? handler(p) : undefined)),
    onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument((p) => (acceptChange(p) ? handler(p) : undefined)),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument((p) => (ready('textDocument/didClose') && typeof p?.textDocument?.uri === 'string' ? handler(p) : undefined)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  };
  documents.listen(filtered);
}
