// The workspace check (open and closed drafts, skipped folders, the Markdown setting) and
// which Markdown documents are checked at all.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, DidChangeConfigurationNotification, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { CheckWorkspaceRequest } from '../../server/src/protocol';
import { fixture, pathToUri, startServer, within, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');
const SETTINGS = { markdown: { enable: 'auto' }, kind: 'auto', rules: {}, limits: { partOneWords: 300, totalWords: 2400 } };

describe('workspace check and Markdown documents', () => {
  let dir: string;
  let server: TestServer;
  const uri = (...parts: string[]): string => pathToUri(join(dir, ...parts));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wsis-workspace-'));
    for (const d of ['notes', 'node_modules/pkg', '.git']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'a.wsis.md'), CTSD);
    writeFileSync(join(dir, 'notes', 'b.md'), CTSD);
    writeFileSync(join(dir, 'notes', 'readme.md'), '# Notes\n\nNothing to check here (CTSD).\n');
    writeFileSync(join(dir, 'node_modules', 'pkg', 'c.wsis.md'), CTSD);
    writeFileSync(join(dir, '.git', 'd.wsis.md'), CTSD);
    server = await startServer({ folders: [dir], settings: SETTINGS });
  });
  after(async () => {
    await server?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('checks every draft, open or not, skipping node_modules, .git and Markdown that is not a draft', async () => {
    // a.wsis.md is open with the misspelling already mended: the open version is what counts.
    server.open(uri('a.wsis.md'), CLEAN, 'wsis', 3);
    await server.waitForDiagnostics(uri('a.wsis.md'), (p) => p.version === 3);
    const from = server.diagnostics.length;
    const result = await within(server.connection.sendRequest(CheckWorkspaceRequest, {}), 'the workspace check');
    assert.deepEqual(result, { files: 2, diagnostics: 1, errors: 1, unreadable: 0 });
    const published = server.diagnostics.entries.slice(from);
    assert.deepEqual(
      published.map((p) => [p.uri, p.version, p.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`)]),
      [
        [uri('a.wsis.md'), 3, []],
        [uri('notes', 'b.md'), undefined, ['0:cover-commission']],
      ],
    );
  });

  it('honours cancellation of the workspace check', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) writeFileSync(join(many, `draft-${String(i).padStart(3, '0')}.wsis.md`), CLEAN);
    const source = new CancellationTokenSource();
    const request = server.connection.sendRequest(CheckWorkspaceRequest, {}, source.token);
    source.cancel();
    await assert.rejects(within(request, 'the cancelled workspace check'), (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    rmSync(many, { recursive: true });
    // Still serving: the next check runs to the end.
    const result = await within(server.connection.sendRequest(CheckWorkspaceRequest, {}), 'the workspace check');
    assert.equal(result.files, 2);
  });

  it('re-checks the files it read when the settings change (Markdown switched off clears them)', async () => {
    const from = server.diagnostics.length;
    server.settings = { ...SETTINGS, markdown: { enable: 'never' } };
    void server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const cleared = await server.waitForDiagnostics(uri('notes', 'b.md'), () => true, from);
    assert.deepEqual(cleared.diagnostics, []);
    server.settings = SETTINGS;
    void server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });

  it('checks an open Markdown document only when it looks like a submission (markdown.enable: auto)', async () => {
    const from = server.diagnostics.length;
    server.open(uri('notes', 'readme.md'), '# Notes\n\nNothing to check here (CTSD).\n', 'markdown');
    server.open(uri('notes', 'b.md'), CTSD, 'markdown');
    const draft = await server.waitForDiagnostics(uri('notes', 'b.md'), (p) => p.version === 1, from);
    assert.deepEqual(
      draft.diagnostics.map((d) => d.code),
      ['cover-commission'],
    );
    // Barrier: a later document's diagnostics; the plain note never got any.
    server.open(uri('barrier.wsis.md'), CLEAN);
    await server.waitForDiagnostics(uri('barrier.wsis.md'), () => true, from);
    assert.deepEqual(
      server.diagnostics.entries.slice(from).filter((p) => p.uri === uri('notes', 'readme.md')),
      [],
    );
  });
});
