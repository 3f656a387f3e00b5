// The bundled server over stdio: document sync, diagnostics, code actions, navigation,
// completion, the custom requests and error handling.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { estimatePages, parseSubmission } from '../../server/src/engine';
import { NewSubmissionRequest, RenumberFootnotesRequest, WordCountRequest } from '../../server/src/protocol';
import { fixture, startServer, within, type TestServer } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordPaste, wordsOf } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const ROOT = join(import.meta.dirname, '..', '..');

const CLEAN = fixture('clean-submission.wsis.md');
/** The clean draft with the commission's acronym misspelt: one fixable cover-commission error on line 1. */
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `'${needle}' is in the text`);
  return TextDocument.create('x', 'wsis', 1, text).positionAt(at + delta);
}

function editsFor(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] {
  assert.ok(edit !== null && edit !== undefined, 'a workspace edit');
  const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
  return changes.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'wsis', 1, text), edits);
}

async function expectError(promise: Promise<unknown>, code: number): Promise<ResponseError<unknown>> {
  try {
    await within(promise, `an error response (${code})`);
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected an error response with code ${code}`);
}

describe('language server over stdio', () => {
  let server: TestServer;
  const uri = 'file:///drafts/ctsd.wsis.md';

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it('initializes with incremental sync and the features it implements', () => {
    const caps = server.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.ok(caps.hoverProvider);
    assert.equal(caps.documentFormattingProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.wsis']);
  });

  it('formats a pasted draft as tidy Markdown, keeping its words', async () => {
    const pasted = wordPaste(readFileSync(join(ROOT, 'examples', 'submission-2026.wsis.md'), 'utf8'));
    const formatUri = 'file:///tmp/format-me.wsis.md';
    server.open(formatUri, pasted);
    const edits = (await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formatUri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    assert.equal(edits.length, 1);
    const formatted = TextDocument.applyEdits(TextDocument.create(formatUri, 'wsis', 1, pasted), edits);
    assert.deepEqual(wordsOf(formatted), wordsOf(pasted));
    assert.match(formatted, /\n\n## Part One: An executive summary\n\n/);
    server.close(formatUri);
  });

  it('registers for wsis configuration changes and .wsisrc.json file events', async () => {
    const config = await server.registrations.wait((r) => r.method === 'workspace/didChangeConfiguration', 'the configuration registration');
    assert.deepEqual(config.registerOptions, { section: 'wsis' });
    const files = await server.registrations.wait((r) => r.method === 'workspace/didChangeWatchedFiles', 'the file watcher registration');
    assert.deepEqual(files.registerOptions, { watchers: [{ globPattern: '**/.wsisrc.json' }] });
  });

  it('publishes diagnostics on open, with rule code, docs link, source, severity and version', async () => {
    server.open(uri, CTSD);
    const published = await server.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['cover-commission', 0]],
    );
    const [d] = published.diagnostics;
    assert.ok(d);
    assert.equal(d.source, 'wsis');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.codeDescription?.href, 'https://github.com/wsis-tools/wsis-submission-checker/blob/main/docs/rules.md#cover-commission');
    assert.equal((d.data as { version: number }).version, 1);
    assert.deepEqual(d.range, { start: { line: 0, character: 56 }, end: { line: 0, character: 60 } });
  });

  it('re-checks after an incremental change and publishes for the new version', async () => {
    // Turn '## Part Two: ...' into a plain line: part-heading-style (information) on line 20.
    const at = positionOf(CTSD, '## Part Two');
    const from = server.diagnostics.length;
    server.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: 3 } }, text: '' }]);
    const published = await server.waitForDiagnostics(uri, (p) => p.version === 2, from);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]),
      [
        ['cover-commission', 0, DiagnosticSeverity.Error],
        ['part-heading-style', 19, DiagnosticSeverity.Information],
      ],
    );
    assert.ok(published.diagnostics.every((d) => (d.data as { version: number }).version === 2));
    // Put the heading back (version 3).
    server.change(uri, 3, [{ range: { start: at, end: at }, text: '## ' }]);
    const back = await server.waitForDiagnostics(uri, (p) => p.version === 3, from);
    assert.deepEqual(
      back.diagnostics.map((d) => d.code),
      ['cover-commission'],
    );
  });

  it('offers the quick fix, fix-all and disable actions; applying the fix removes the diagnostic', async () => {
    const latest = await server.waitForDiagnostics(uri, (p) => p.version === 3);
    const [diagnostic] = latest.diagnostics;
    assert.ok(diagnostic, 'the misspelt commission is reported');
    const actions = (await within(
      server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }),
      'code actions',
    )) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred === true]),
      [
        ["Correct to 'CSTD'", 'quickfix', true],
        ['Fix all WSIS problems', 'quickfix', false],
        ['Disable cover-commission for this line', 'quickfix', false],
      ],
    );
    const fix = at(actions, 0);
    const change = fix.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 3 });
    const fixed = apply(CTSD, change.edits);
    assert.equal(fixed, CLEAN);

    // Apply it the way an editor does: as incremental changes, one version later.
    const from = server.diagnostics.length;
    server.change(
      uri,
      4,
      change.edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    const after = await server.waitForDiagnostics(uri, (p) => p.version === 4, from);
    assert.deepEqual(after.diagnostics, []);

    // The old diagnostic (version 3) no longer gets actions: its ranges may point elsewhere now.
    const stale = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    assert.deepEqual(stale, []);
  });

  it('answers source.fixAll.wsis with one edit that fixes everything', async () => {
    const fixUri = 'file:///drafts/fix-all.wsis.md';
    const text = CTSD.replace('## Part One: An executive summary', '**Part One: An executive summary**');
    server.open(fixUri, text);
    await server.waitForDiagnostics(fixUri, (p) => p.version === 1 && p.diagnostics.length === 2);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: fixUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all WSIS problems', 'source.fixAll.wsis']],
    );
    const edits = editsFor(at(actions, 0).edit, fixUri);
    assert.equal(edits.length, 1);
    assert.equal(apply(text, edits), CLEAN);
    server.close(fixUri);
  });

  it('gives the outline, folding ranges and hovers', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.range.start.line, s.range.end.line]),
      [
        ['Cover', 0, 11],
        ['Disclaimer', 13, 13],
        ['Part One', 15, 17],
        ['Part Two', 19, 21],
        ['Part Three', 23, 31],
        ['Footnotes', 33, 34],
      ],
    );
    assert.deepEqual(
      at(symbols, 0).children?.map((c) => c.name),
      ['Commission', 'Session', 'Title', 'Submission by', 'Input paragraph'],
    );
    assert.deepEqual(
      at(symbols, 4).children?.map((c) => [c.name, c.detail]),
      [
        ['(a)', 'Innovative policies, programmes and projects'],
        ['(b)', 'Future actions or initiatives'],
      ],
    );

    const folds = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      folds?.map((f) => [f.startLine, f.endLine]),
      [
        [0, 13],
        [15, 17],
        [19, 21],
        [23, 31],
        [25, 27],
        [29, 31],
        [33, 34],
      ],
    );

    const onRef = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CLEAN, '[^1] and', 1) })) as Hover;
    assert.deepEqual(onRef.contents, {
      kind: 'markdown',
      value: '**Footnote 1**\n\nExample Digital Foundation (2025), Annual Report. Available at: <https://example.org/annual-report-2025>',
    });
    assert.deepEqual(onRef.range, { start: positionOf(CLEAN, '[^1] and'), end: positionOf(CLEAN, '[^1] and', 4) });
    // "C2" counts as an action line code because its paragraph says "action line".
    const onCode = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CLEAN, 'C2.', 1) })) as Hover;
    assert.equal((onCode.contents as { value: string }).value, '**C2**: Information and communication infrastructure\n\nWSIS action line (Geneva Plan of Action).');
    const onSession = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CLEAN, 'Twenty-ninth', 3) })) as Hover;
    assert.equal((onSession.contents as { value: string }).value, '**29th session** of the CSTD: held in 2026. Its submissions report on efforts in 2025.');
    const nothing = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CLEAN, 'Connectivity grew') });
    assert.equal(nothing, null);
  });

  it('goes to a footnote definition, finds its references and renames its label', async () => {
    const ref = positionOf(CLEAN, '[^1] and', 2);
    const defStart = positionOf(CLEAN, '[^1]:');
    const definition = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: ref })) as Location[];
    assert.deepEqual(definition, [{ uri, range: { start: defStart, end: { line: defStart.line, character: 5 } } }]);

    const withDecl = (await server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: defStart, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(
      withDecl.map((l) => l.range.start.line),
      [17, 33],
    );
    const withoutDecl = (await server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: defStart, context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(
      withoutDecl.map((l) => [l.range.start.line, l.range.start.character]),
      [[17, ref.character - 2]],
    );

    const prepared = await server.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: ref });
    assert.deepEqual(prepared, { range: { start: { line: 17, character: ref.character }, end: { line: 17, character: ref.character + 1 } }, placeholder: '1' });
    const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: ref, newName: 'annual-report' });
    const renamed = apply(CLEAN, editsFor(edit, uri));
    assert.equal(renamed, CLEAN.replace('[^1] and', '[^annual-report] and').replace('[^1]:', '[^annual-report]:'));
    await expectError(server.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: ref, newName: '2' }), ErrorCodes.InvalidRequest);
  });

  it('completes action lines, the next footnote and missing Part headings', async () => {
    const compUri = 'file:///drafts/completion.wsis.md';
    const partTwo = CLEAN.slice(CLEAN.indexOf('## Part Two'), CLEAN.indexOf('## Part Three'));
    const text = CLEAN.replace(partTwo, '\n\n').replace('under C4.', 'under action line C');
    server.open(compUri, text);
    await server.waitForDiagnostics(compUri);

    const atCode = positionOf(text, 'action line C', 'action line C'.length);
    const codes = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: compUri }, position: atCode })) as CompletionItem[];
    assert.deepEqual(
      codes.map((c) => c.label),
      ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'],
    );
    assert.equal(at(codes, 3).detail, 'Capacity building');

    const blank = positionOf(text, '\n\n\n\n## Part Three', 2);
    const parts = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: compUri }, position: blank })) as CompletionItem[];
    assert.deepEqual(
      parts.map((c) => c.label),
      ['## Part Two: A brief analytical overview'],
    );

    // Type '^' after "results" in (a), then ask for completion as the trigger character does.
    const dot = positionOf(text, 'published its results.', 'published its results'.length);
    server.change(compUri, 2, [{ range: { start: dot, end: dot }, text: '^' }]);
    const caret = { line: dot.line, character: dot.character + 1 };
    const footnotes = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: compUri }, position: caret, context: { triggerKind: 2, triggerCharacter: '^' } })) as CompletionItem[];
    assert.deepEqual(
      footnotes.map((c) => c.label),
      ['[^3]', '[^1]', '[^2]'],
    );
    const next = at(footnotes, 0);
    const typed = apply(text.replace('its results.', 'its results^.'), [next.textEdit as TextEdit, ...(next.additionalTextEdits ?? [])]);
    assert.ok(typed.includes('published its results[^3].'));
    assert.ok(typed.endsWith('[^2]: ITU (2025), Measuring digital development. Available at: <https://www.itu.int/>\n[^3]: '));
    server.close(compUri);
  });

  it('answers the custom requests: word count, renumber, new submission', async () => {
    const model = parseSubmission(CLEAN);
    const count = await server.connection.sendRequest(WordCountRequest.method, { uri, position: positionOf(CLEAN, 'In 2025 the Example') });
    const pages = estimatePages(model.bodyWords, 2);
    assert.deepEqual(count, { checked: true, bodyWords: model.bodyWords, bodyLimit: 2400, pages: pages.pages, pagesExact: pages.exact, footnotes: 2, partName: 'Part One', partWords: at(model.parts, 0).words, partLimit: 300 });

    const fnUri = 'file:///drafts/renumber.wsis.md';
    const text = CLEAN.replace('countries[^1]', 'countries[^2]').replace('scarce[^2]', 'scarce[^1]');
    server.open(fnUri, text, 'wsis', 7);
    await server.waitForDiagnostics(fnUri);
    await expectError(server.connection.sendRequest(RenumberFootnotesRequest.method, { uri: fnUri, version: 6 }), LSPErrorCodes.ContentModified);
    const edit = await server.connection.sendRequest<WorkspaceEdit>(RenumberFootnotesRequest.method, { uri: fnUri, version: 7 });
    assert.deepEqual((edit.documentChanges?.[0] as TextDocumentEdit).textDocument, { uri: fnUri, version: 7 });
    const renumbered = apply(text, editsFor(edit, fnUri));
    // References 1, 2 in order; each keeps its definition's text.
    assert.ok(renumbered.includes('countries[^1]') && renumbered.includes('scarce[^2]'));
    assert.ok(renumbered.includes('[^2]: Example Digital Foundation') && renumbered.includes('[^1]: ITU'));
    server.close(fnUri);

    const created = await server.connection.sendRequest<{ text: string; session: number }>(NewSubmissionRequest.method, { today: '2025-12-01' });
    assert.equal(created.session, 29);
    assert.match(created.text, /\*\*Twenty-ninth session\*\*/);
    assert.match(created.text, /efforts in 2025 to implement/);
    // The organization asked for first goes on the cover and into a file name Windows accepts.
    const named = await server.connection.sendRequest<{ text: string; session: number; fileName: string }>(NewSubmissionRequest.method, {
      today: '2026-09-01',
      organization: 'Internet Society <ISOC>\n',
    });
    assert.equal(named.session, 30);
    assert.equal(named.fileName, 'Internet-Society-ISOC-CSTD-30.wsis.md');
    assert.match(named.text, /\*\*Submission by\*\*\n\nInternet Society <ISOC>\n/);
    assert.doesNotMatch(named.text, /\[Name of your organization\]/);
  });

  it('answers bad requests with errors and keeps serving', async () => {
    await expectError(server.connection.sendRequest('wsis/noSuchRequest', {}), ErrorCodes.MethodNotFound);
    await expectError(server.connection.sendRequest(HoverRequest.method, {}), ErrorCodes.InvalidParams);
    await expectError(server.connection.sendRequest(HoverRequest.method, { textDocument: { uri } }), ErrorCodes.InvalidParams);
    await expectError(server.connection.sendRequest(NewSubmissionRequest.method, { today: 'not a date' }), ErrorCodes.InvalidParams);
    await expectError(server.connection.sendRequest(RenumberFootnotesRequest.method, { uri: 'file:///not/open.wsis.md', version: 1 }), ErrorCodes.InvalidRequest);
    // A diagnostic without a range makes the code action handler throw: an InternalError answers it.
    const broken = { source: 'wsis', code: 'cover-commission', message: 'm', data: { version: 4 } };
    const failure = await expectError(
      server.connection.sendRequest(CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [broken] } }),
      ErrorCodes.InternalError,
    );
    assert.match(failure.message, /^codeAction failed: /);
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(CLEAN, 'C2.', 1) })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Information and communication infrastructure/);
    assert.equal(server.exited(), false);
  });

  it('logs no draft text at the info level', () => {
    const log = server.logs.entries.map((l) => l.message).join('\n');
    assert.match(log, /checked file:\/\/\/drafts\/ctsd\.wsis\.md v4: 0 diagnostic\(s\)/);
    for (const phrase of ['Example Digital Foundation', 'Connectivity grew', 'COMMISSION ON SCIENCE', 'CTSD']) assert.equal(log.includes(phrase), false, phrase);
  });

  it('after rapid edits and a close, publishes nothing stale and clears the document last', async () => {
    const fastUri = 'file:///drafts/fast.wsis.md';
    const from = server.diagnostics.length;
    server.open(fastUri, CLEAN);
    // Alternate the acronym between CTSD (even versions: one diagnostic) and CSTD (odd: none).
    const at = positionOf(CLEAN, '(CSTD)', 2);
    const range = { start: at, end: { line: at.line, character: at.character + 2 } };
    for (let v = 2; v <= 30; v++) server.change(fastUri, v, [{ range, text: v % 2 === 0 ? 'TS' : 'ST' }]);
    server.close(fastUri);
    // Barrier: another document's diagnostics, published after the close was handled.
    const barrierUri = 'file:///drafts/barrier.wsis.md';
    server.open(barrierUri, CLEAN);
    await server.waitForDiagnostics(barrierUri, () => true, from);

    const publishes = server.diagnostics.entries.slice(from).filter((p) => p.uri === fastUri);
    assert.ok(publishes.length >= 1, 'the close clears the document');
    const last = publishes[publishes.length - 1]!;
    assert.deepEqual(last.diagnostics, [], 'the last publish for a closed document is empty');
    assert.equal(last.version, undefined);
    // Versions only go up, and each versioned publish matches its version's text.
    const versions = publishes.filter((p) => p.version !== undefined).map((p) => p.version as number);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    for (const p of publishes.slice(0, -1)) {
      const misspelt = (p.version as number) % 2 === 0;
      assert.deepEqual(
        p.diagnostics.map((d) => d.code),
        misspelt ? ['cover-commission'] : [],
        `version ${p.version}`,
      );
    }
    server.close(barrierUri);
  });
});
