// The words each Part has (what length-part-one and length-total count) are the draft's words,
// not its layout's: the same for tidy Markdown, a Word paste, a PDF copy (with page numbers and a
// running header) and a Part heading typed on a plain line that the Part's text runs on from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../../server/src/engine';
import { pdfCopy, wordPaste } from '../../layouts';

const draft = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
const partWords = (text: string): [number, number][] => parseSubmission(text).parts.map((p) => [p.number, p.words]);

describe('the words of each Part, in every layout', () => {
  const tidy = partWords(draft);
  it('tidy Markdown: each Part counts its text, not its heading', () => {
    // Part One of the fixture: "In 2025 the Example ... action line C2." is 25 words.
    assert.deepEqual(tidy, [
      [1, 25],
      [2, 21],
      [3, 43],
    ]);
  });
  const layouts: [string, string][] = [
    ['a Word paste', wordPaste(draft)],
    ['a PDF copy', pdfCopy(draft, { width: 64, pageLines: 6, runningHeader: 'Example Digital Foundation - CSTD 29' })],
    ['Part headings on plain lines the text runs on from', draft.replace(/^## (Part [^\n]*)\n\n/gm, '$1\n')],
  ];
  for (const [name, text] of layouts) {
    it(`${name}: the same counts`, () => {
      assert.notEqual(text, draft);
      assert.deepEqual(partWords(text), tidy);
    });
  }
});
