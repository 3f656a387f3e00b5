import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCodes, ResponseError, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSubmission } from '../../../server/src/engine';
import { normalizeLabel, providePrepareRename, provideRename } from '../../../server/src/lsp/features/rename';

const uri = 'file:///d/draft.wsis.md';
const TEXT = ['Markdown[^1], twice[^1]; HTML<sup>2</sup>; Unicode³.', '', '[^1]: First.', '<sup>2</sup> Second.', '³ Third.'].join('\n');
const target = { uri, version: 4, documentChanges: true };

function applied(text: string, edit: WorkspaceEdit): string {
  const [change] = edit.documentChanges as TextDocumentEdit[];
  assert.ok(change, 'the edit changes a document');
  assert.deepEqual(change.textDocument, { uri, version: 4 });
  return TextDocument.applyEdits(TextDocument.create(uri, 'wsis', 4, text), change.edits);
}

function renameFails(line: number, character: number, newName: string): string {
  try {
    provideRename(parseSubmission(TEXT), target, { line, character }, newName);
  } catch (error) {
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, ErrorCodes.InvalidRequest);
    return error.message;
  }
  assert.fail(`renaming to '${newName}' should fail`);
}

describe('rename', () => {
  const model = parseSubmission(TEXT);

  it('prepares on a reference or definition: the label is the range, as plain digits for Unicode', () => {
    assert.deepEqual(providePrepareRename(model, { line: 0, character: 9 }), { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } }, placeholder: '1' });
    assert.deepEqual(providePrepareRename(model, { line: 3, character: 2 }), { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } }, placeholder: '2' });
    assert.deepEqual(providePrepareRename(model, { line: 0, character: 50 }), { range: { start: { line: 0, character: 50 }, end: { line: 0, character: 51 } }, placeholder: '3' });
    assert.equal(providePrepareRename(model, { line: 0, character: 2 }), null);
  });

  it('renames a Markdown footnote in every reference and its definition', () => {
    const edit = provideRename(model, target, { line: 2, character: 2 }, 'first-source');
    assert.equal(applied(TEXT, edit), TEXT.replace(/\[\^1\]/g, '[^first-source]'));
  });

  it('renames HTML and Unicode footnotes to numbers, accepting the number as typed in any notation', () => {
    assert.equal(applied(TEXT, provideRename(model, target, { line: 0, character: 36 }, '7')), TEXT.replace(/<sup>2<\/sup>/g, '<sup>7</sup>'));
    assert.equal(applied(TEXT, provideRename(model, target, { line: 0, character: 36 }, '<sup>07</sup>')), TEXT.replace(/<sup>2<\/sup>/g, '<sup>7</sup>'));
    assert.equal(applied(TEXT, provideRename(model, target, { line: 4, character: 0 }, '¹²')), TEXT.replace(/³/g, '¹²'));
    assert.equal(applied(TEXT, provideRename(model, target, { line: 2, character: 2 }, '[^9]')), TEXT.replace(/\[\^1\]/g, '[^9]'));
  });

  it('refuses a non-numeric name for HTML or Unicode footnotes, with a message that says why', () => {
    assert.match(renameFails(0, 36, 'source'), /^Footnote 2 is written as an HTML superscript \(<sup>…<\/sup>\), which holds a number only: rename it to a number, or convert the footnotes to Markdown first/);
    assert.match(renameFails(4, 0, 'source'), /^Footnote 3 is written as a Unicode superscript, which holds a number only/);
  });

  it('refuses a label already taken, an empty one and one with spaces', () => {
    assert.equal(renameFails(2, 2, '2'), 'Footnote 2 already exists: renaming footnote 1 to it would merge two notes. Choose another label.');
    assert.equal(renameFails(2, 2, '  '), 'A footnote label cannot be empty.');
    assert.match(renameFails(2, 2, 'two words'), /^'two words' cannot be a footnote label/);
    assert.match(renameFails(1, 0, 'x'), /^Only footnotes can be renamed here/);
  });

  it('returns an empty edit when the name does not change', () => {
    assert.deepEqual(provideRename(model, target, { line: 2, character: 2 }, '1'), { documentChanges: [{ textDocument: { uri, version: 4 }, edits: [] }] });
  });

  it('reads what the user typed as a label', () => {
    assert.deepEqual(['[^a]', '[^a]:', '<sup> 4 </sup>', '⁴²', ' x '].map(normalizeLabel), ['a', 'a', '4', '42', 'x']);
  });
});
