import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../../server/src/engine';
import { provideDefinition } from '../../../server/src/lsp/features/definition';

const uri = 'file:///d/draft.wsis.md';
const TEXT = [
  'Text[^1], html<sup>2</sup>, unicode³ and a lost one[^8].',
  '',
  '[^1]: First.',
  '<sup>2</sup> Second.',
  '³ Third.',
  '<sup>2</sup> Second again.',
].join('\n');

describe('provideDefinition', () => {
  const model = parseSubmission(TEXT);
  const at = (line: number, character: number) => provideDefinition(model, uri, { line, character });

  it('goes from a reference to its definition, in each notation', () => {
    assert.deepEqual(at(0, 6), [{ uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } }]);
    assert.deepEqual(at(0, 35), [{ uri, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } } }]);
  });

  it('gives every definition of a label defined twice', () => {
    assert.deepEqual(at(0, 16), [
      { uri, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } } },
      { uri, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } } },
    ]);
  });

  it('goes from a definition to itself, and finds nothing for an undefined reference or plain text', () => {
    assert.deepEqual(at(2, 2), [{ uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } }]);
    assert.equal(at(0, 53), null);
    assert.equal(at(0, 1), null);
  });
});
