// template-instructions reads the template's guidance as words, whatever the line layout: a PDF
// copy wraps "(half a page)" over two lines like any other text, and the phrase is still found,
// in a full parse and in an edit's incremental one, and quoted as a reader sees it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { pdfCopy } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const RULE = 'template-instructions';
const DRAFT = [
  '## Part Two: A brief analytical overview',
  '',
  'Our programme trained regulators in twelve countries and wrote (half a page) of guidance for them, which we then translated.',
  '',
].join('\n');

const found = (text: string) => checkText(text, DEFAULT_SETTINGS).diagnostics.filter((d) => d.rule === RULE);

describe('template-instructions on wrapped text', () => {
  it('finds a phrase wrapped over two lines, and quotes it on one', () => {
    const wrapped = DRAFT.replace('(half a page)', '(half a\npage)');
    const d = found(wrapped);
    assert.equal(d.length, 1);
    assert.match(at(d, 0).message, /'\(half a page\)'/);
    assert.equal(at(d, 0).range.start.line, 2);
    assert.equal(at(d, 0).range.end.line, 3);
  });

  it('finds it in every PDF copy width', () => {
    for (let width = 40; width <= 100; width += 7) {
      const text = pdfCopy(DRAFT, { width });
      assert.equal(found(text).length, 1, `width ${width}:\n${text}`);
    }
  });

  it('does not join a phrase over a blank line', () => {
    assert.equal(found(DRAFT.replace('(half a page)', '(half a\n\npage)')).length, 0);
  });

  it('finds a phrase that an edit wraps, and one an edit unwraps (incremental parse)', () => {
    const one = parseSubmission(DRAFT);
    const wrapped = DRAFT.replace('(half a page)', '(half a\npage)');
    const two = parseSubmission(wrapped, one);
    assert.deepEqual(two.instructionPhrases, parseSubmission(wrapped).instructionPhrases);
    assert.equal(two.instructionPhrases.length, 1);
    const three = parseSubmission(DRAFT, two);
    assert.deepEqual(three.instructionPhrases, one.instructionPhrases);
  });
});
