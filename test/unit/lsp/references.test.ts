import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../../server/src/engine';
import { provideReferences } from '../../../server/src/lsp/features/references';

const uri = 'file:///d/draft.wsis.md';
const TEXT = ['One¹ and two².', '', 'One again¹.', '', '¹ First.', '² Second.', '³ Third, never cited.'].join('\n');

describe('provideReferences', () => {
  const model = parseSubmission(TEXT);
  const lines = (from: { line: number; character: number }, includeDeclaration: boolean) =>
    provideReferences(model, uri, from, includeDeclaration)?.map((l) => [l.uri, l.range.start.line, l.range.start.character, l.range.end.character]);

  it('finds every reference from a reference, with the definition when asked', () => {
    assert.deepEqual(lines({ line: 0, character: 3 }, false), [
      [uri, 0, 3, 4],
      [uri, 2, 9, 10],
    ]);
    assert.deepEqual(lines({ line: 0, character: 3 }, true), [
      [uri, 0, 3, 4],
      [uri, 2, 9, 10],
      [uri, 4, 0, 1],
    ]);
  });

  it('finds the references from a definition; an unused one has only itself', () => {
    assert.deepEqual(lines({ line: 5, character: 0 }, true), [
      [uri, 0, 12, 13],
      [uri, 5, 0, 1],
    ]);
    assert.deepEqual(lines({ line: 6, character: 1 }, false), []);
    assert.deepEqual(lines({ line: 6, character: 1 }, true), [[uri, 6, 0, 1]]);
  });

  it('finds nothing away from footnotes', () => {
    assert.equal(provideReferences(model, uri, { line: 0, character: 0 }, true), null);
  });
});
