// Settings over the wire: a malformed .wsisrc.json (diagnostics on the file, one message,
// checking goes on with the defaults), a mended one (watched-file event), and the order
// DEFAULT < editor settings (workspace/configuration) < .wsisrc.json.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, MessageType } from 'vscode-languageserver-protocol/node';
import { fixture, pathToUri, startServer, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');
/** Two findings: cover-commission (error) and part-heading-style (info). */
const TWO = CTSD.replace('## Part One: An executive summary', '**Part One: An executive summary**');

const EDITOR_DEFAULTS = { markdown: { enable: 'auto' }, kind: 'auto', rules: {}, limits: { partOneWords: 300, totalWords: 2400 }, trace: { server: 'off' } };
// Line 3 lacks the comma after the `rules` object.
const MALFORMED = '{\n  "rules": { "part-heading-style": "off" }\n  "kind": "submission"\n}\n';

describe('.wsisrc.json and editor settings', () => {
  let dir: string;
  let server: TestServer;
  let configPath: string;
  let configUri: string;
  let draftUri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wsis-config-'));
    mkdirSync(join(dir, 'drafts'));
    configPath = join(dir, '.wsisrc.json');
    configUri = pathToUri(configPath);
    draftUri = pathToUri(join(dir, 'drafts', 'a.wsis.md'));
    writeFileSync(configPath, MALFORMED);
    server = await startServer({ folders: [dir], settings: EDITOR_DEFAULTS });
  });
  after(async () => {
    await server?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('puts a diagnostic on a malformed .wsisrc.json, says so once, and checks with the defaults', async () => {
    server.open(draftUri, TWO);
    const config = await server.waitForDiagnostics(configUri);
    assert.equal(config.diagnostics.length, 1);
    const [problem] = config.diagnostics;
    assert.ok(problem);
    assert.equal(problem.code, 'config');
    assert.equal(problem.source, 'wsis');
    assert.equal(problem.severity, DiagnosticSeverity.Error);
    assert.match(problem.message, /not valid JSON \(comma expected\)/);
    assert.deepEqual(problem.range.start, { line: 2, character: 2 });

    const message = await server.messages.wait(() => true, 'a message about the config file');
    assert.equal(message.type, MessageType.Error);
    assert.ok(message.message.includes(configPath), message.message);
    assert.match(message.message, /3:3: This is not valid JSON \(comma expected\)/);

    // The defaults: both findings, part-heading-style not switched off by the broken file.
    const draft = await server.waitForDiagnostics(draftUri, (p) => p.version === 1);
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity]),
      [
        ['cover-commission', DiagnosticSeverity.Error],
        ['part-heading-style', DiagnosticSeverity.Information],
      ],
    );

    // A second draft under the same file: still one message.
    const second = pathToUri(join(dir, 'drafts', 'b.wsis.md'));
    server.open(second, CTSD);
    await server.waitForDiagnostics(second);
    assert.equal(server.messages.length, 1);
    server.close(second);
  });

  it('takes a mended .wsisrc.json on the watched-file event: clears its diagnostics and re-checks', async () => {
    const from = server.diagnostics.length;
    writeFileSync(configPath, '{ "rules": { "part-heading-style": "off", "cover-commission": "warning" } }\n');
    void server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const cleared = await server.waitForDiagnostics(configUri, () => true, from);
    assert.deepEqual(cleared.diagnostics, []);
    const draft = await server.waitForDiagnostics(draftUri, () => true, from);
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity]),
      [['cover-commission', DiagnosticSeverity.Warning]],
    );
  });

  it('reports an unknown rule in .wsisrc.json on its key, as a warning, and uses the rest', async () => {
    const from = server.diagnostics.length;
    const messages = server.messages.length;
    const text = '{\n  "rules": {\n    "cover-comm": "off",\n    "part-heading-style": "off"\n  }\n}\n';
    writeFileSync(configPath, text);
    void server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const config = await server.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0, from);
    assert.deepEqual(
      config.diagnostics.map((d) => [d.message, d.range]),
      [["Unknown rule 'cover-comm': did you mean 'cover-commission'?", { start: { line: 2, character: 4 }, end: { line: 2, character: 16 } }]],
    );
    const message = await server.messages.wait(() => true, 'a message about the unknown rule', messages);
    assert.equal(message.type, MessageType.Warning);
    const draft = await server.waitForDiagnostics(draftUri, () => true, from);
    assert.deepEqual(
      draft.diagnostics.map((d) => d.code),
      ['cover-commission'],
    );
  });

  it('orders the sources DEFAULT < editor settings < .wsisrc.json, and re-checks on a settings change', async () => {
    writeFileSync(configPath, '{ "rules": { "cover-commission": "warning" } }\n');
    let from = server.diagnostics.length;
    void server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await server.waitForDiagnostics(draftUri, (p) => p.diagnostics.length === 2, from);

    // The editor switches both rules off; the config file still sets cover-commission to warning.
    from = server.diagnostics.length;
    const pulls = server.configurationRequests;
    server.settings = { ...EDITOR_DEFAULTS, rules: { 'cover-commission': 'off', 'part-heading-style': 'off' } };
    void server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const draft = await server.waitForDiagnostics(draftUri, () => true, from);
    assert.deepEqual(
      draft.diagnostics.map((d) => [d.code, d.severity]),
      [['cover-commission', DiagnosticSeverity.Warning]],
    );
    assert.ok(server.configurationRequests > pulls, 'the settings are pulled again');

    // The config file goes away: the editor settings alone apply.
    from = server.diagnostics.length;
    rmSync(configPath);
    void server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Deleted }] });
    const without = await server.waitForDiagnostics(draftUri, () => true, from);
    assert.deepEqual(without.diagnostics, []);
  });
});
