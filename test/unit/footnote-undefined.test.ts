// footnote-undefined: what counts as a reference, and what does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { footnoteUndefined, MAX_REPORTS } from '../../server/src/engine/rules/footnote-undefined';
import { at as atIndex } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [footnoteUndefined]);
const at = (text: string) => check(text).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1}`);

describe('footnote-undefined', () => {
  it('reports every reference to a missing definition, over the marker, with its number', () => {
    const diagnostics = check('Africa<sup>8</sup> and again<sup>8</sup>.\n');
    assert.deepEqual(diagnostics.map((d) => d.range), [
      { start: { line: 0, character: 6 }, end: { line: 0, character: 18 } },
      { start: { line: 0, character: 28 }, end: { line: 0, character: 40 } },
    ]);
    assert.match(atIndex(diagnostics, 0).message, /^Footnote 8 is referenced here but never defined/);
    assert.match(atIndex(diagnostics, 0).message, /'<sup>8<\/sup> Source \.\.\.'/);
    assert.deepEqual(atIndex(diagnostics, 0).data, { label: '8' });
    assert.equal(atIndex(diagnostics, 0).severity, 'error');
    assert.equal(atIndex(diagnostics, 0).fix, undefined);
  });

  it('suggests the definition in the reference notation', () => {
    assert.match(atIndex(check('Assembly¹.\n'), 0).message, /'¹ Source \.\.\.'/);
    assert.match(atIndex(check('Assembly[^1].\n'), 0).message, /as a Markdown footnote \('\[\^1\]: Source \.\.\.'\)/);
    assert.match(atIndex(check('Assembly[^un].\n'), 0).message, /^The Markdown footnote '\[\^un\]' is referenced/);
  });

  it('pairs references and definitions by number across notations, bare PDF numbers included', () => {
    assert.deepEqual(at('Africa<sup>1</sup> and Asia².\n\n¹ One.\n\n2 Two.\n'), []);
    assert.deepEqual(at('Africa[^1].\n\n<sup>1</sup> One.\n'), []);
  });

  it('does not take ordinals or units for footnotes', () => {
    assert.deepEqual(at('The 23<sup>rd</sup> session covered 40 km² and 3 m³ of rack space, 12 km<sup>2</sup> of fibre.\n'), []);
  });

  it('ignores code spans, fenced code and comments', () => {
    assert.deepEqual(at('Write `Africa<sup>8</sup>` or `[^8]`.\n\n```\nAfrica⁸\n```\n\n<!-- note<sup>9</sup> -->\n'), []);
  });

  it('does not read a Markdown reference\'s definition from a bare number (only superscripts are PDF leftovers)', () => {
    // "2000 delegates" style lines stay prose; `[^4]` wants `[^4]:`.
    assert.deepEqual(at('Claim[^4].\n\n4 Internet Society (2018).\n'), ['1:6-10']);
  });

  it('can be switched off by a comment', () => {
    assert.deepEqual(at('<!-- wsis-disable-next-line footnote-undefined -->\nAfrica<sup>8</sup>.\n'), []);
  });
});

describe('footnote-undefined on a draft with thousands of undefined references', () => {
  it('reports at most MAX_REPORTS, the last saying how many more', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `text[^n${i}]`).join(' ') + '\n';
    const diagnostics = checkModel(parseSubmission(text), DEFAULT_SETTINGS, [footnoteUndefined]);
    assert.equal(diagnostics.length, MAX_REPORTS);
    assert.match(atIndex(diagnostics, MAX_REPORTS - 1).message, /4900 more footnote references have no definition besides\.$/);
  });
});
