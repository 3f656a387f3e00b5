// The browser language server (dist/web/server.js) in a web worker of a real headless Chromium:
// it answers initialize, reads .wsisrc.json through the client (wsis/readFile, as in vscode.dev),
// publishes diagnostics, gives the outline, exports to Word inline (loading dist/word.js on
// first use) and refuses PDF with reason 'unavailable', and imports a PDF sent as data (loading
// dist/pdf.js on the first PDF import only). Skipped when there is no Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, PublishDiagnosticsNotification, ResponseError, type DocumentSymbol, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fromBase64, toBase64 } from '../../server/src/base64';
import { pdfToDraft } from '../../server/src/pdf/import-pdf';
import { CheckWorkspaceRequest, ExportWordRequest, FindFilesRequest, ImportWordRequest, ReadFileRequest, type ReadFileResult } from '../../server/src/protocol';
import { makePdf, type HandPage, type TextRun } from '../unit/pdf/make-pdf';
import { findChromium, startWebWorkerServer, WEB_DIR, type WebWorkerServer } from '../web-worker';
import { ROOT, within } from './helpers';
import { at } from '../../server/src/engine/text/at';

const chromium = findChromium();
const skip = chromium === undefined ? 'no chromium' : !existsSync(join(WEB_DIR, 'server.js')) ? 'dist/web/server.js not built' : false;
const draft = readFileSync(join(ROOT, 'examples', 'draft-with-problems.wsis.md'), 'utf8');
const clean = readFileSync(join(ROOT, 'examples', 'submission-2026.wsis.md'), 'utf8');

const body = (y: number, text: string): TextRun => ({ x: 72, y, size: 11, text });
/** Last year's submission as published: a cover line, two Parts, two footnotes at the foot of the page. */
const lastYear: HandPage[] = [
  {
    runs: [
      body(790, 'Internet Society, CSTD 29th session'),
      { x: 72, y: 760, size: 16, bold: true, text: 'Part One: An executive summary' },
      { ...body(735, 'In 2025 the Internet Society supported community networks in twelve countries'), sup: '1' },
      body(722, 'and national consultations on spectrum and licensing.'),
      { x: 72, y: 690, size: 16, bold: true, text: 'Part Two: Implementation at the national level' },
      body(665, 'Regulators in four countries opened bands to small operators, and the'),
      { ...body(652, 'networks they licensed now serve forty villages.'), sup: '2' },
      { x: 72, y: 103, size: 5, text: '1' },
      { x: 76, y: 100, size: 8, text: 'Internet Society (2025), Community networks.' },
      { x: 72, y: 88, size: 5, text: '2' },
      { x: 76, y: 85, size: 8, text: 'Internet Society (2025), Annual report.' },
    ],
  },
];

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
    assert.equal(String.fromCharCode(at(bytes, 0), at(bytes, 1)), 'PK', 'a zip (a .docx)');
    assert.ok(result.footnotes >= 2);
    assert.ok(server.served.includes('word.js'));
    await assert.rejects(
      server.connection.sendRequest(ExportWordRequest, { uri: 'file:///w/draft.wsis.md', version: 1, format: 'pdf' }),
      (error: unknown) => error instanceof ResponseError && (error.data as { reason?: string }).reason === 'unavailable' && /LibreOffice/.test(error.message),
    );
  });

  it('imports a PDF sent as data (pdf.js loaded on the first PDF import only): the draft, its Parts and footnotes, the summary', async () => {
    assert.ok(!server.served.includes('pdf.js'), 'not loaded before the first PDF import');
    const bytes = makePdf(lastYear);
    const result = await within(server.connection.sendRequest(ImportWordRequest, { data: toBase64(bytes) }), 'the PDF import', 60_000);
    assert.ok(server.served.includes('pdf.js'), 'loaded by the PDF import');
    const text = result.text ?? '';
    assert.match(text, /^## Part One: An executive summary$/m);
    assert.match(text, /^## Part Two: Implementation at the national level$/m);
    assert.match(text, /twelve countries\[\^1\] and national consultations/);
    assert.match(text, /^\[\^1\]: Internet Society \(2025\), Community networks\.$/m);
    assert.match(text, /^\[\^2\]: Internet Society \(2025\), Annual report\.$/m);
    assert.equal(result.footnotes, 2);
    assert.match(result.summary ?? '', /^Read 1 page: \d+ paragraphs, 2 footnotes; nothing unsure\.$/);
    assert.equal(result.path, '');
    assert.equal(result.session, undefined);
    // The same code as the desktop's and the CLI's: the same draft as PDF.js gives in Node.
    const node = await pdfToDraft(bytes);
    assert.equal(text, node.text);
    assert.deepEqual(result.notes, node.notes);
    assert.equal(server.served.filter((f) => f === 'pdf.js').length, 1);
  });

  it('rolls a PDF forward, says the session the draft is for, and refuses what is not a PDF that can be read', async () => {
    const rolled = await within(server.connection.sendRequest(ImportWordRequest, { data: toBase64(makePdf(lastYear)), rollForward: true }), 'the rolled PDF import', 60_000);
    assert.equal(rolled.session, 30, 'the cover\'s session, rolled on: the draft is named NAME-CSTD-30.wsis.md');
    assert.match(rolled.text ?? '', /CSTD 30th session/);
    assert.ok(rolled.notes.includes('Session in the cover: 29th -> 30th.'), rolled.notes.join('; '));
    // A truncated PDF (no %%EOF) and a scan (no text): refused with a reason, the server still serving.
    const whole = makePdf(lastYear);
    await assert.rejects(
      server.connection.sendRequest(ImportWordRequest, { data: toBase64(whole.subarray(0, 200)) }),
      (error: unknown) => error instanceof ResponseError && (error.data as { reason?: string }).reason === 'conversion' && /cut short|not a PDF/.test(error.message),
    );
    await assert.rejects(
      server.connection.sendRequest(ImportWordRequest, { data: toBase64(makePdf([{ runs: [], drawing: true }])) }),
      (error: unknown) => error instanceof ResponseError && /probably a scan/.test(error.message),
    );
    assert.equal(server.served.filter((f) => f === 'pdf.js').length, 1, 'loaded once');
  });
});
