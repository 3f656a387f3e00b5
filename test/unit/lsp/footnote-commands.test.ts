import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSubmission } from '../../../server/src/engine';
import { provideConvertFootnotes, provideRenumberFootnotes } from '../../../server/src/lsp/features/footnote-commands';

const uri = 'file:///d/draft.wsis.md';
const target = { uri, version: 9, documentChanges: true };

function applied(text: string, edit: WorkspaceEdit | null): string {
  assert.ok(edit !== null);
  const [change] = edit.documentChanges as TextDocumentEdit[];
  assert.ok(change, 'the edit changes a document');
  assert.deepEqual(change.textDocument, { uri, version: 9 });
  return TextDocument.applyEdits(TextDocument.create(uri, 'wsis', 9, text), change.edits);
}

describe('footnote commands', () => {
  it('renumbers in order of first reference, each reference keeping its definition', () => {
    const text = 'First[^3], then[^1].\n\n[^1]: One.\n[^3]: Three.\n';
    assert.equal(applied(text, provideRenumberFootnotes(parseSubmission(text), target)), 'First[^1], then[^2].\n\n[^2]: One.\n[^1]: Three.\n');
  });

  it('answers null when the footnotes already run 1, 2, 3', () => {
    assert.equal(provideRenumberFootnotes(parseSubmission('A[^1] b[^2].\n\n[^1]: x\n[^2]: y\n'), target), null);
    assert.equal(provideConvertFootnotes(parseSubmission('A[^1].\n\n[^1]: x\n'), target, 'markdown'), null);
  });

  it('converts every footnote to one notation', () => {
    const mixed = 'A<sup>1</sup> and b².\n\n<sup>1</sup> One.\n² Two.\n';
    const model = parseSubmission(mixed);
    assert.equal(applied(mixed, provideConvertFootnotes(model, target, 'markdown')), 'A[^1] and b[^2].\n\n[^1]: One.\n[^2]: Two.\n');
    assert.equal(applied(mixed, provideConvertFootnotes(model, target, 'html')), 'A<sup>1</sup> and b<sup>2</sup>.\n\n<sup>1</sup> One.\n<sup>2</sup> Two.\n');
    assert.equal(applied(mixed, provideConvertFootnotes(model, target, 'unicode')), 'A¹ and b².\n\n¹ One.\n² Two.\n');
  });

  it('writes `changes` for a client without documentChanges', () => {
    const edit = provideRenumberFootnotes(parseSubmission('A[^2].\n\n[^2]: x\n'), { uri, version: 1, documentChanges: false });
    assert.deepEqual(edit, {
      changes: {
        [uri]: [
          { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } }, newText: '1' },
          { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } }, newText: '1' },
        ],
      },
    });
  });
});
