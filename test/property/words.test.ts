// The model's word counts leave footnote definitions out by counting each block's words before
// its first definition (see parseSubmission). That is the same as taking every definition's own
// words away from its block's, which is what it means: this property holds the two equal.
//
//   FC_SEED=123 FC_RUNS=2000 node --import tsx --test test/property/words.test.ts
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { parseSubmission, type SubmissionModel } from '../../server/src/engine';
import { countWords } from '../../server/src/engine/text/words';
import { draftArb, inputArb } from '../fuzz/generators';
import { at } from '../../server/src/engine/text/at';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 300);

const PROSE = new Set(['paragraph', 'heading', 'list-item', 'quote']);

/** Each block's words less those of every definition and comment in it, as defined. */
function blockWordsByDefinition(model: SubmissionModel): number[] {
  const { text, blocks } = model;
  const words = blocks.map((b) => (PROSE.has(b.kind) ? countWords(text, b.span.start, b.span.end) : 0));
  for (const def of model.footnotes.defs) {
    const i = model.blockIndexAt(def.span.start);
    if (blocks[i] !== undefined) words[i] = at(words, i) - countWords(text, def.span.start, def.textSpan.end);
  }
  for (const c of model.comments) {
    const i = model.blockIndexAt(c.span.start);
    if (blocks[i] !== undefined && PROSE.has(blocks[i].kind)) words[i] = at(words, i) - countWords(text, c.span.start, c.span.end);
  }
  return words.map((w) => Math.max(0, w));
}

/** Drafts whose footnote definitions share blocks with prose and with each other. */
const denseArb = fc
  .array(fc.constantFrom('Text ', 'more words', '\n', '\n\n', '[^1]: Note one.', '[^2]: Two', '<sup>3</sup> Source', '⁴ Fourth', '5 Bare', 'see¹ and⁵ ', '<sup>3</sup>', '  ', '<!-- c -->', '- item'), { maxLength: 60 })
  .map((units) => units.join(''));

describe('countWords', () => {
  it('separates words at exactly what \\s matches, and counts a run only with a letter or digit in it', () => {
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const space = /\s/.test(ch);
      assert.equal(countWords(`a${ch}b`, 0, 3), space ? 2 : 1, `U+${c.toString(16).padStart(4, '0')}`);
    }
    assert.equal(countWords('** - | word', 0, 11), 1);
    assert.equal(countWords('x\u3000\u3000y', 1, 3), 0);
  });
});

describe(`word counts without footnote definitions (seed ${SEED}, ${RUNS} runs)`, () => {
  it("equal each block's words less every definition's own", () => {
    fc.assert(
      fc.property(fc.oneof(inputArb, draftArb, denseArb), (text) => {
        const model = parseSubmission(text);
        assert.deepEqual([...model.blockWords], blockWordsByDefinition(model));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
