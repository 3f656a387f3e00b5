// The language server under a hostile .wsisrc.json: nested 5,000 deep, it is reported (diagnostic
// on the file, one message), read and parsed once, and the drafts under it are checked with the
// defaults and answer every request (it failed each hover, outline and code action with
// InternalError, parsing the file again each time, and told the user nothing).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest, MessageType, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { fixture, pathToUri, startServer, within, type TestServer } from './helpers';
import { at } from '../../server/src/engine/text/at';

const CLEAN = fixture('clean-submission.wsis.md');
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');
const DEEP = `{\n  "rules":\n    ${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}\n`;

describe('language server under a hostile .wsisrc.json', () => {
  let dir: string;
  let server: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wsis-hostile-config-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, '.wsisrc.json'), DEEP);
    server = await startServer({ folders: [dir] });
  });
  after(async () => {
    await server?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('a config nested 5,000 deep: reported once, parsed once, the drafts checked with the defaults and every request answered', async () => {
    const configUri = pathToUri(join(dir, '.wsisrc.json'));
    const draft = pathToUri(join(dir, 'drafts', 'a.wsis.md'));
    server.open(draft, CTSD);
    const config = await server.waitForDiagnostics(configUri);
    assert.deepEqual(config.diagnostics.map((d) => [d.code, d.range.start.line]), [['config', 2]]);
    assert.match(at(config.diagnostics, 0).message, /nested more than 64 levels deep/);
    const message = await server.messages.wait(() => true, 'a message about the config file');
    assert.equal(message.type, MessageType.Error);
    assert.match(message.message, /\.wsisrc\.json:3:\d+: This is nested more than 64 levels deep/);

    const published = await server.waitForDiagnostics(draft, (p) => p.version === 1);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['cover-commission'], 'checked with the defaults');

    const c = server.connection;
    for (let i = 0; i < 3; i++) {
      const symbols = (await within(c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: draft } }), 'the outline')) as DocumentSymbol[];
      assert.ok(symbols.some((s) => s.name === 'Part Three'));
      const hover = await within(c.sendRequest(HoverRequest.type, { textDocument: { uri: draft }, position: { line: 0, character: 3 } }), 'a hover');
      assert.ok(hover === null || typeof hover === 'object');
      const actions = await within(
        c.sendRequest(CodeActionRequest.type, { textDocument: { uri: draft }, range: at(published.diagnostics, 0).range, context: { diagnostics: published.diagnostics } }),
        'the code actions',
      );
      assert.ok(Array.isArray(actions) && actions.length > 0);
    }
    const second = pathToUri(join(dir, 'drafts', 'b.wsis.md'));
    server.open(second, CLEAN);
    await server.waitForDiagnostics(second, (p) => p.version === 1);

    assert.equal(server.logs.entries.filter((l) => l.message.includes(`loaded ${configUri}`)).length, 1, 'read and parsed once');
    assert.equal(server.messages.length, 1, 'one message');
    assert.deepEqual(server.logs.entries.filter((l) => /failed|Maximum call stack/.test(l.message)).map((l) => l.message), []);
  });
});
