import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, CodeActionParams, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, DEFAULT_SETTINGS, parseSubmission } from '../../../server/src/engine';
import { FIX_ALL_KIND, provideCodeActions } from '../../../server/src/lsp/features/code-actions';
import { provideDiagnostics } from '../../../server/src/lsp/features/diagnostics';
import { at } from '../../../server/src/engine/text/at';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');
/** cover-commission (line 0) and part-heading-style (line 15), both fixable. */
const TWO = CTSD.replace('## Part One: An executive summary', '**Part One: An executive summary**');
const uri = 'file:///d/draft.wsis.md';

function setup(text: string, version = 3) {
  const model = parseSubmission(text);
  const diagnostics = provideDiagnostics(model, DEFAULT_SETTINGS, version);
  const options = { uri, version, settings: DEFAULT_SETTINGS, documentChanges: true };
  const params = (diags: Diagnostic[], only?: string[]): CodeActionParams => ({
    textDocument: { uri },
    range: diags[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: only === undefined ? { diagnostics: diags } : { diagnostics: diags, only },
  });
  return { model, diagnostics, options, params };
}

function editsOf(action: CodeAction): TextEdit[] {
  const [change] = action.edit?.documentChanges as TextDocumentEdit[];
  assert.ok(change, 'the action changes a document');
  assert.deepEqual(change.textDocument, { uri, version: 3 });
  return change.edits;
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'wsis', 1, text), edits);
}

describe('provideCodeActions', () => {
  it('offers the diagnostic\'s own fix (preferred), fix-all and disable-for-line; the fix mends the draft', () => {
    const { model, diagnostics, options, params } = setup(CTSD);
    const actions = provideCodeActions(model, params(diagnostics), options);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.diagnostics?.map((d) => d.code) ?? []]),
      [
        ["Correct to 'CSTD'", 'quickfix', true, ['cover-commission']],
        ['Fix all WSIS problems', 'quickfix', false, []],
        ['Disable cover-commission for this line', 'quickfix', false, ['cover-commission']],
      ],
    );
    assert.equal(apply(CTSD, editsOf(at(actions, 0))), CLEAN);
    assert.equal(apply(CTSD, editsOf(at(actions, 1))), CLEAN);
  });

  it('drops diagnostics published for another version of the document', () => {
    const { model, options, params } = setup(CTSD);
    const old = provideDiagnostics(model, DEFAULT_SETTINGS, 2);
    assert.deepEqual(provideCodeActions(model, params(old), options), []);
  });

  it('ignores diagnostics from other sources', () => {
    const { model, options, params } = setup(CLEAN);
    const foreign: Diagnostic = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, message: 'MD012', source: 'markdownlint', code: 'MD012' };
    assert.deepEqual(provideCodeActions(model, params([foreign]), options), []);
  });

  it('answers source.fixAll.wsis (as on save) with one minimal edit that applies every fix', () => {
    const { model, options, params } = setup(TWO);
    for (const only of [['source.fixAll'], ['source'], [FIX_ALL_KIND]]) {
      const actions = provideCodeActions(model, params([], only), options);
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind]),
        [['Fix all WSIS problems', FIX_ALL_KIND]],
        `only ${only.join()}`,
      );
      const edits = editsOf(at(actions, 0));
      assert.equal(edits.length, 1);
      // Minimal: from the first change (line 0) to the last (line 15), not the whole document.
      assert.deepEqual([at(edits, 0).range.start.line, at(edits, 0).range.end.line], [0, 15]);
      assert.equal(apply(TWO, edits), CLEAN);
    }
    assert.deepEqual(provideCodeActions(parseSubmission(CLEAN), params([], ['source.fixAll']), options), [], 'nothing to fix: no action');
    assert.deepEqual(
      provideCodeActions(model, params([], ['quickfix']), options).map((a) => a.kind),
      [],
      'quick fixes only: no source action',
    );
  });

  it('disables a rule for a line with a comment above it that the checker honours', () => {
    const { model, diagnostics, options, params } = setup(TWO);
    const heading = diagnostics.find((d) => d.code === 'part-heading-style') as Diagnostic;
    const disable = provideCodeActions(model, params([heading]), options).find((a) => a.title === 'Disable part-heading-style for this line') as CodeAction;
    assert.deepEqual(editsOf(disable), [{ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, newText: '<!-- wsis-disable-next-line part-heading-style -->\n' }]);
    const after = apply(TWO, editsOf(disable));
    assert.deepEqual(
      checkText(after).diagnostics.map((d) => d.rule),
      ['cover-commission'],
    );
  });

  it('adds the rule to a disable-next-line comment already above the line', () => {
    const text = TWO.replace('**Part One:', '<!-- wsis-disable-next-line link-empty-target -->\n**Part One:');
    const { model, diagnostics, options, params } = setup(text);
    const heading = diagnostics.find((d) => d.code === 'part-heading-style') as Diagnostic;
    const disable = provideCodeActions(model, params([heading]), options).find((a) => a.title.startsWith('Disable part-heading-style')) as CodeAction;
    assert.deepEqual(editsOf(disable), [
      { range: { start: { line: 15, character: 0 }, end: { line: 15, character: 49 } }, newText: '<!-- wsis-disable-next-line link-empty-target, part-heading-style -->' },
    ]);
    assert.deepEqual(
      checkText(apply(text, editsOf(disable))).diagnostics.map((d) => d.rule),
      ['cover-commission'],
    );
  });

  it('keeps the line\'s indentation and blockquote markers in the disable comment', () => {
    const text = `${CLEAN.trimEnd()}\n\n- Partners:\n  - see [Digital Geneva](#)\n\n> Quoted: [lost](#)\n`;
    const { model, diagnostics, options, params } = setup(text);
    const links = diagnostics.filter((d) => d.code === 'link-empty-target');
    assert.deepEqual(
      links.map((d) => d.range.start.line),
      [37, 39],
    );
    const edits = links.map((d) => at(editsOf(provideCodeActions(model, params([d]), options).find((a) => a.title.startsWith('Disable')) as CodeAction), 0));
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['  <!-- wsis-disable-next-line link-empty-target -->\n', '> <!-- wsis-disable-next-line link-empty-target -->\n'],
    );
    const after = apply(text, edits);
    assert.deepEqual(
      checkText(after).diagnostics.filter((d) => d.rule === 'link-empty-target'),
      [],
    );
  });

  it('writes `changes` for clients without documentChanges, and keeps CRLF line breaks', () => {
    const crlf = TWO.replace(/\n/g, '\r\n');
    const model = parseSubmission(crlf);
    const diagnostics = provideDiagnostics(model, DEFAULT_SETTINGS, 1);
    const heading = diagnostics.find((d) => d.code === 'part-heading-style') as Diagnostic;
    const [disable] = provideCodeActions(model, { textDocument: { uri }, range: heading.range, context: { diagnostics: [heading] } }, {
      uri,
      version: 1,
      settings: DEFAULT_SETTINGS,
      documentChanges: false,
    }).filter((a) => a.title.startsWith('Disable'));
    assert.ok(disable, 'a Disable action');
    assert.deepEqual(disable.edit, {
      changes: { [uri]: [{ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, newText: '<!-- wsis-disable-next-line part-heading-style -->\r\n' }] },
    });
  });
});
