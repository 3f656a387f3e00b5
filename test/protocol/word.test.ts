// The Word requests under hostile input: an export of a draft with 10,000 footnotes leaves the
// server answering requests about other documents meanwhile; a .docx bomb is refused in words
// and the server lives on; out paths that are not absolute file paths of a draft are refused
// (`out: "-"` once created a file named `-` in the server's working folder).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, ErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { ExportWordRequest, ImportWordRequest } from '../../server/src/protocol';
import { documentXml, makeDocx, manyFootnotesDraft, runsBomb } from '../unit/word/docx-attacks';
import { fixture, ROOT, startServer, within, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');

describe('language server: Word requests under hostile input', () => {
  let server: TestServer;
  let tmp: string;
  before(async () => {
    server = await startServer();
    tmp = mkdtempSync(join(tmpdir(), 'wsis-word-protocol-'));
  });
  after(async () => {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('answers a request about another document while it exports a draft with 10,000 footnotes', async () => {
    const small = pathToFileURL(join(tmp, 'small.wsis.md')).href;
    server.open(small, CLEAN);
    await server.waitForDiagnostics(small, (p) => p.version === 1);
    const hostile = pathToFileURL(join(tmp, 'hostile.wsis.md')).href;
    server.open(hostile, manyFootnotesDraft(10_000));
    await within(server.waitForDiagnostics(hostile, (p) => p.version === 1), 'the hostile draft checked', 60_000);

    const order: string[] = [];
    const started = performance.now();
    const exported = server.connection.sendRequest(ExportWordRequest, { uri: hostile, version: 1, format: 'docx', out: join(tmp, 'hostile.docx') }).then((r) => {
      order.push('export');
      return r;
    });
    const symbols = server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } }).then((r) => {
      order.push('symbols');
      return { symbols: r as DocumentSymbol[], ms: performance.now() - started };
    });
    const answer = await within(symbols, 'the outline of the small draft', 30_000);
    const result = await within(exported, 'the export', 120_000);
    console.log(`# outline answered after ${answer.ms.toFixed(0)} ms; export done after ${(performance.now() - started).toFixed(0)} ms`);
    assert.ok(answer.symbols.some((s) => s.name === 'Part One'));
    assert.equal(result.footnotes, 10_000);
    assert.deepEqual(order, ['symbols', 'export'], 'the outline waited for the whole export');
    assert.ok(answer.ms < 5000, `the outline took ${answer.ms.toFixed(0)} ms`);
    assert.equal(server.exited(), false);
  });

  it('names the file that exists, and a free name beside it, in the data of an "exists" failure (the editor asks its own question from them)', async () => {
    const failureOf = (request: Promise<unknown>): Promise<ResponseError<unknown>> =>
      request.then(
        () => assert.fail('the request wrote over a file'),
        (e: unknown) => (e instanceof ResponseError ? e : assert.fail(String(e))),
      );
    // An export over a .docx that is not an earlier export.
    const draft = pathToFileURL(join(tmp, 'taken.wsis.md')).href;
    server.open(draft, CLEAN);
    await server.waitForDiagnostics(draft, (p) => p.version === 1);
    const theirs = join(tmp, 'taken.docx');
    writeFileSync(theirs, 'not ours');
    const exported = await failureOf(server.connection.sendRequest(ExportWordRequest, { uri: draft, version: 1, format: 'docx', out: theirs }));
    assert.deepEqual(exported.data, { reason: 'exists', path: theirs });
    assert.equal(readFileSync(theirs, 'utf8'), 'not ours');
    // An import onto a draft of the same name: a free name is proposed.
    const docx = join(tmp, 'last-year.docx');
    writeFileSync(docx, await makeDocx({ document: documentXml('<w:p><w:r><w:t>Part One</w:t></w:r></w:p>') }));
    const existing = join(tmp, 'last-year.wsis.md');
    writeFileSync(existing, 'last year');
    const imported = await failureOf(server.connection.sendRequest(ImportWordRequest, { path: docx, out: existing }));
    const data = imported.data as { reason: string; path: string; suggestion?: string };
    assert.equal(data.reason, 'exists');
    assert.equal(data.path, existing);
    assert.ok(data.suggestion !== undefined && data.suggestion !== existing && !existsSync(data.suggestion), `a free name: ${data.suggestion}`);
    assert.equal(readFileSync(existing, 'utf8'), 'last year');
  });

  it('refuses a .docx bomb in words, quickly, and lives on', async () => {
    const bomb = join(tmp, 'bomb.docx');
    writeFileSync(bomb, await runsBomb(150));
    const started = performance.now();
    const error = await within(
      server.connection.sendRequest(ImportWordRequest, { path: bomb, out: join(tmp, 'bomb.wsis.md') }).then(
        () => assert.fail('the bomb was imported'),
        (e: unknown) => e,
      ),
      'the refusal',
      30_000,
    );
    assert.ok(error instanceof ResponseError);
    assert.deepEqual(error.data, { reason: 'conversion' });
    assert.match(error.message, /word\/document\.xml would unpack to 150 MB/);
    assert.ok(performance.now() - started < 10_000);
    assert.equal(existsSync(join(tmp, 'bomb.wsis.md')), false);
    assert.equal(server.exited(), false);
  });

  it('refuses out paths that are not absolute paths or file: URIs of a draft, and writes nothing', async () => {
    const docx = join(tmp, 'any.docx');
    writeFileSync(docx, 'not read');
    const cases: [unknown, RegExp][] = [
      ['-', /out must be an absolute file path or a file: URI, not '-'/],
      ['relative.wsis.md', /out must be an absolute file path/],
      [join(tmp, 'draft.txt'), /out must name a \.wsis\.md or \.md file/],
      [join(tmp, '.md'), /out must name a \.wsis\.md or \.md file/],
      ['https://example.org/x.md', /out must be an absolute file path/],
      [42, /out must be an absolute file path/],
    ];
    for (const [out, message] of cases) {
      const error = await server.connection.sendRequest(ImportWordRequest, { path: docx, out: out as string }).then(
        () => assert.fail(`out ${String(out)} was accepted`),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ResponseError, String(error));
      assert.equal(error.code, ErrorCodes.InvalidParams);
      assert.match(error.message, message);
    }
    const relative = await server.connection.sendRequest(ImportWordRequest, { path: 'any.docx' }).then(
      () => assert.fail('a relative path was accepted'),
      (e: unknown) => e,
    );
    assert.match((relative as Error).message, /path must be an absolute file path/);
    assert.equal(existsSync(join(ROOT, '-')), false, 'a file named - was created');
    // A file: URI is a proper path (the document is not a Word document: refused as such).
    const uri = await server.connection.sendRequest(ImportWordRequest, { path: docx, out: pathToFileURL(join(tmp, 'ok.wsis.md')).href }).then(
      () => assert.fail('not a Word document'),
      (e: unknown) => e,
    );
    assert.match((uri as Error).message, /not a Word document that can be read/);
  });
});
