// A hostile or broken client: requests before `initialize` get ServerNotInitialized (-32002) and
// notifications before it are dropped; a document version that is not an integer, or that goes
// backwards or repeats, is ignored (logged), and nothing is ever published for it.
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  ResponseError,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { fixture, startServer, within, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');
const SERVER_NOT_INITIALIZED = -32002;

/** The error code a request is answered with (undefined: it was answered). */
async function errorCode(request: Promise<unknown>, what: string): Promise<number | undefined> {
  try {
    await within(request, what);
    return undefined;
  } catch (error) {
    if (error instanceof ResponseError) return error.code;
    throw error;
  }
}

describe('lifecycle: before initialize', () => {
  let server: TestServer | undefined;
  after(async () => {
    await server?.stop();
  });

  it('refuses requests with ServerNotInitialized and drops notifications until initialize', async () => {
    server = await startServer({ initialize: false });
    const early = 'file:///drafts/early.wsis.md';
    server.open(early, CLEAN.replace('(CSTD)**', '(CTSD)**'));
    const c = server.connection;
    assert.equal(await errorCode(c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: early } }), 'documentSymbol before initialize'), SERVER_NOT_INITIALIZED);
    assert.equal(await errorCode(c.sendRequest(HoverRequest.type, { textDocument: { uri: early }, position: { line: 0, character: 0 } }), 'hover before initialize'), SERVER_NOT_INITIALIZED);
    assert.equal(await errorCode(c.sendRequest('wsis/wordCount', { uri: early, position: { line: 0, character: 0 } }), 'wsis/wordCount before initialize'), SERVER_NOT_INITIALIZED);
    assert.equal(await errorCode(c.sendRequest('no/suchMethod', {}), 'an unknown method before initialize'), SERVER_NOT_INITIALIZED);
    assert.equal(await errorCode(c.sendRequest(ShutdownRequest.type), 'shutdown before initialize'), SERVER_NOT_INITIALIZED);

    await server.initialize();
    // The draft opened before initialize was dropped: it is not open, and nothing is published for it.
    assert.equal(await within(c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: early } }), 'documentSymbol after initialize'), null);
    const later = 'file:///drafts/later.wsis.md';
    server.open(later, CLEAN);
    await server.waitForDiagnostics(later, (p) => p.version === 1);
    assert.deepEqual(server.diagnostics.entries.filter((p) => p.uri === early), []);
    assert.ok(server.logs.entries.some((l) => /textDocument\/didOpen before initialize: ignored/.test(l.message)));
    assert.equal(await errorCode(c.sendRequest('no/suchMethod', {}), 'an unknown method after initialize'), -32601);
    assert.equal(server.exited(), false);
  });
});

describe('lifecycle: document versions', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('ignores changes whose version goes backwards, repeats or is not an integer, and publishes only real versions', async () => {
    server = await startServer();
    const uri = 'file:///drafts/versions.wsis.md';
    server.open(uri, CLEAN, 'wsis', 5);
    const first = await server.waitForDiagnostics(uri, (p) => p.version === 5);
    assert.deepEqual(first.diagnostics, []);
    // Each bad change would empty the draft (and so fail most rules) if it were applied.
    const breakIt = [{ text: '' }];
    for (const version of [3, 5, 5.5, '7', null, -1]) {
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version as number }, contentChanges: breakIt });
    }
    // A good change (version 6) that breaks nothing: the draft as published is the version 5 text plus it alone.
    server.change(uri, 6, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    const sixth = await server.waitForDiagnostics(uri, (p) => p.version === 6);
    assert.deepEqual(sixth.diagnostics, [], 'none of the bad changes was applied');
    assert.deepEqual(server.diagnostics.entries.filter((p) => p.uri === uri).map((p) => p.version), [5, 6]);
    const ignored = server.logs.entries.filter((l) => /didChange .* ignored/.test(l.message));
    assert.equal(ignored.length, 6, ignored.map((l) => l.message).join('\n'));
    assert.equal(server.exited(), false);
  });

  it('ignores a didOpen whose version is not an integer', async () => {
    server = await startServer();
    const bad = 'file:///drafts/bad-open.wsis.md';
    for (const version of [1.5, '1', null]) {
      void server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bad, languageId: 'wsis', version: version as number, text: CLEAN } });
    }
    const good = 'file:///drafts/good-open.wsis.md';
    server.open(good, CLEAN);
    await server.waitForDiagnostics(good, (p) => p.version === 1);
    assert.equal((await within(server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: bad } }), 'documentSymbol')), null);
    assert.deepEqual(server.diagnostics.entries.filter((p) => p.uri === bad), []);
    assert.equal(server.logs.entries.filter((l) => /didOpen .*bad-open.* ignored/.test(l.message)).length, 3);
  });
});
