import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { eolOf, parseSubmission } from '../../../server/src/engine';
import { minimalEdit, workspaceEdit } from '../../../server/src/lsp/features/edits';

function roundTrip(before: string, after: string) {
  const edit = minimalEdit(parseSubmission(before), after);
  assert.ok(edit !== undefined);
  assert.equal(TextDocument.applyEdits(TextDocument.create('u', 'wsis', 1, before), [edit]), after);
  return edit;
}

describe('edits', () => {
  it('finds the smallest single edit between two texts', () => {
    assert.deepEqual(roundTrip('one two three\nfour\n', 'one 2 three\nfour\n'), { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } }, newText: '2' });
    assert.deepEqual(roundTrip('abc', 'abcd'), { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, newText: 'd' });
    assert.equal(minimalEdit(parseSubmission('same'), 'same'), undefined);
  });

  it('never splits a surrogate pair or a CRLF', () => {
    const emoji = roundTrip('a😀b', 'a😃b');
    assert.deepEqual([emoji.range.start.character, emoji.range.end.character, emoji.newText], [1, 3, '😃']);
    assert.deepEqual(roundTrip('a\r\nb', 'a\nb'), { range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, newText: '\n' });
  });

  it('names the version in documentChanges, or writes changes', () => {
    const edits = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }];
    assert.deepEqual(workspaceEdit({ uri: 'file:///a', version: 3 }, edits), { documentChanges: [{ textDocument: { uri: 'file:///a', version: 3 }, edits }] });
    assert.deepEqual(workspaceEdit({ uri: 'file:///a', version: 3, documentChanges: false }, edits), { changes: { 'file:///a': edits } });
  });

  it('reads the line break a text uses', () => {
    assert.deepEqual([eolOf('a\r\nb'), eolOf('a\nb'), eolOf('a')], ['\r\n', '\n', '\n']);
  });
});
