// A page break in the middle of a paragraph of a PDF copy: the page number between its lines is
// dropped and the two halves are one paragraph again (relayout.ts, through Format Document and the
// pasted-layout fix), whether the break falls mid-sentence or between two sentences of the paragraph.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll } from '../../../server/src/engine';
import { formatText } from '../../../server/src/engine/format';
import { paragraphsOf, pdfCopy, wordsOf } from '../../layouts';

const draft = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
// Four lines a page at 60 columns: breaks fall inside the Part One and Part Two paragraphs
// (`... countries[^1] and` / 7 / `supported ...`, `... licensed small` / 8 / `operators. Gaps ...`).
const copy = pdfCopy(draft, { width: 60, pageLines: 4 });
/** The body paragraphs of the draft, each one line, as Word gives them. */
const body = paragraphsOf(draft).filter((p) => /^(In 2025|Connectivity|The foundation|In 2026)/.test(p));

describe('a paragraph a page break cut in two', () => {
  it('the copy has the breaks this test is about', () => {
    assert.match(copy, /countries\[\^1\] and\n7\nsupported/);
    assert.match(copy, /licensed small\n8\noperators\. Gaps/);
    assert.equal(body.length, 4);
  });

  for (const [how, make] of [
    ['Format Document', formatText],
    ['the pasted-layout fix', (t: string) => fixAll(t).text],
  ] as const) {
    it(`${how}: each body paragraph is one paragraph again, without the page number`, () => {
      const out = make(copy);
      const paragraphs = out.split(/\n{2,}/).map((p) => p.trim());
      for (const p of body) assert.ok(paragraphs.includes(p), `${JSON.stringify(p)} is not a paragraph of\n${out}`);
      assert.doesNotMatch(out, /^\d+$/m, 'a page number is left');
      // Every word kept, in order: the copy's words less its page numbers (lines of their own).
      assert.deepEqual(wordsOf(out), wordsOf(copy.split('\n').filter((l) => !/^\d{1,3}$/.test(l)).join('\n')));
    });
  }
});
