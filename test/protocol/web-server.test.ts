// The browser language server (dist/web/server.js) in a web worker of a real headless Chromium:
// it answers initialize, reads .wsisrc.json through the client (wsis/readFile, as in vscode.dev),
// publishes diagnostics, gives the outline, exports to Word inline (loading dist/web/word.js on
// first use) and refuses PDF with reason 'unavailable'. Skipped when there is no Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, PublishDiagnosticsNotification, ResponseError, type DocumentSymbol, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fromBase64 } from '../../server/src/base64';
import { CheckWorkspaceRequest, ExportWordRequest, FindFilesRequest, ReadFileRequest, type ReadFileResult } from '../../server/src/protocol';
import { findChromium, startWebWorkerServer, WEB_DIR, type WebWorkerServer } from '../web-worker';
import { ROOT, within } from './helpers';

const chromium = findChromium();
const skip = chromium === undefined ? 'no chromium' : !existsSync(join(WEB_DIR, 'server.js')) ? 'dist/web/server.js not built' : false;
const draft = readFileSync(join(ROOT, 'examples', 'draft-with-problems.wsis.md'), 'utf8');
const clean = readFileSync(join(ROOT, 'examples', 'submission-2026.wsis.md'), 'utf8');

describe('the browser server in a Chromium web worker', { skip }, () => {
  let server: WebWorkerServer;
  const reads: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  const waitPublished = (test: (p: PublishDiagnosticsParams) => boolean, what: string) =>
    within(
      new Promise<PublishDiagnosticsParams>((done) => {
        const look = () => {
          const p = published.find(test);
          if (p !== undefined) done(p);
          else waiters.push(look);
        };
        look();
      }),
      what,
      30_000,
    );

  before(async () => {
    server = await startWebWorkerServer(chromium as string);
    const c = server.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      for (const w of waiters.splice(0)) w();
    });
    // The client's side of the file requests: a workspace with a config and two drafts.
    const files: Record<string, string> = {
      'file:///w/.wsisrc.json': '{ "rules": { "disclaimer": "off" } }',
      'file:///w/draft.wsis.md': draft,
      'file:///w/clean.wsis.md': clean,
    };
    c.onRequest(ReadFileRequest, (params): ReadFileResult => {
      reads.push(params.uri);
      const text = files[params.uri];
      return text === undefined ? null : { data: Buffer.from(text).toString('base64') };
    });
    c.onRequest(FindFilesRequest, () => ['file:///w/clean.wsis.md', 'file:///w/draft.wsis.md']);
  });

  after(async () => {
    await server?.stop();
  });

  it('answers initialize and publishes diagnostics for a draft, its .wsisrc.json read through the client', async () => {
    const c = server.connection;
    const init = await within(
      c.sendRequest(InitializeRequest.type, { processId: null, rootUri: 'file:///w', workspaceFolders: [{ uri: 'file:///w', name: 'w' }], capabilities: {}, initializationOptions: { clientFiles: true } }),
      'initialize',
      30_000,
    );
    assert.equal(init.serverInfo?.name, 'wsis-language-server');
    assert.ok(init.capabilities.documentSymbolProvider);
    await c.sendNotification(InitializedNotification.type, {});
    await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///w/draft.wsis.md', languageId: 'wsis', version: 1, text: draft } });
    const p = await waitPublished((x) => x.uri === 'file:///w/draft.wsis.md' && x.version === 1, 'diagnostics for the draft');
    const codes = new Set(p.diagnostics.map((d) => d.code));
    for (const code of ['cover-commission', 'cover-session-year', 'footnote-undefined', 'part-missing']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assert.ok(!codes.has('disclaimer'), 'the .wsisrc.json beside the draft turns the disclaimer rule off');
    assert.ok(reads.includes('file:///w/.wsisrc.json'), reads.join(', '));
  });

  it('gives the outline', async () => {
    const symbols = (await within(server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///w/draft.wsis.md' } }), 'the outline')) as DocumentSymbol[];
    assert.ok(symbols.some((s) => /Part One/.test(s.name)), symbols.map((s) => s.name).join(', '));
  });

  it('checks the workspace through the client\'s files', async () => {
    const result = await within(server.connection.sendRequest(CheckWorkspaceRequest, {}), 'the workspace check', 30_000);
    assert.equal(result.files, 2);
    assert.equal(result.unreadable, 0);
    const cleanPublished = await waitPublished((x) => x.uri === 'file:///w/clean.wsis.md', 'diagnostics for the clean draft');
    assert.deepEqual(cleanPublished.diagnostics, []);
  });

  it('exports to Word inline (word.js loaded on first use) and refuses PDF as unavailable', async () => {
    assert.ok(!server.served.includes('word.js'), 'not loaded before the first export');
    const result = await within(server.connection.sendRequest(ExportWordRequest, { uri: 'file:///w/draft.wsis.md', version: 1, format: 'docx', inline: true }), 'the export', 60_000);
    const bytes = fromBase64(result.data ?? '');
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK', 'a zip (a .docx)');
    assert.ok(result.footnotes >= 2);
    assert.ok(server.served.includes('word.js'));
    await assert.rejects(
      server.connection.sendRequest(ExportWordRequest, { uri: 'file:///w/draft.wsis.md', version: 1, format: 'pdf' }),
      (error: unknown) => error instanceof ResponseError && (error.data as { reason?: string }).reason === 'unavailable' && /LibreOffice/.test(error.message),
    );
  });
});
