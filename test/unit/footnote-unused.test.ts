// footnote-unused: definitions nothing refers to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { footnoteUnused, MAX_REPORTS } from '../../server/src/engine/rules/footnote-unused';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [footnoteUnused]);
const lines = (text: string) => check(text).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1}`);

describe('footnote-unused', () => {
  it('reports a definition no reference uses, over its marker', () => {
    const diagnostics = check('Africa<sup>1</sup>.\n\n<sup>1</sup> One.\n\n<sup>3</sup> Three.\n');
    assert.deepEqual(lines('Africa<sup>1</sup>.\n\n<sup>1</sup> One.\n\n<sup>3</sup> Three.\n'), ['5:1-13']);
    assert.match(at(diagnostics, 0).message, /^Footnote 3 is defined but no reference/);
    assert.deepEqual(at(diagnostics, 0).data, { label: '3' });
    assert.equal(at(diagnostics, 0).severity, 'warning');
    assert.equal(at(diagnostics, 0).fix, undefined);
  });

  it('reports each notation, named Markdown footnotes included', () => {
    assert.deepEqual(lines('Text.\n\n[^note]: Named.\n[^2]: Two.\n\n³ Three.\n'), ['3:1-9', '4:1-6', '6:1-2']);
    assert.match(at(check('Text.\n\n[^note]: Named.\n'), 0).message, /^The Markdown footnote '\[\^note\]' is defined/);
  });

  it('counts a reference in another notation, and a reference after the definition', () => {
    assert.deepEqual(lines('[^1]: One.\n\nLater text¹ and [^2].\n\n<sup>2</sup> Two.\n'), []);
  });

  it('does not count references in code', () => {
    assert.deepEqual(lines('Write `x[^1]`.\n\n```\ny<sup>2</sup>\n```\n\n[^1]: One.\n\n<sup>2</sup> Two.\n'), ['7:1-6', '9:1-13']);
  });

  it('does not take a paragraph that starts with a number for a definition', () => {
    assert.deepEqual(lines('Africa<sup>1</sup>.\n\n<sup>1</sup> One.\n\n2000 delegates and 142 countries took part.\n\n12 workshops were held.\n'), []);
  });
});

describe('footnote-unused on a draft with thousands of unused definitions', () => {
  it('reports at most MAX_REPORTS, the last saying how many more', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `[^n${i}]: Note ${i}.`).join('\n') + '\n';
    const diagnostics = check(text);
    assert.equal(diagnostics.length, MAX_REPORTS);
    assert.match(at(diagnostics, MAX_REPORTS - 1).message, /4900 more footnote definitions are unused besides\.$/);
    assert.equal(at(diagnostics, MAX_REPORTS - 1).data?.more, 4900);
  });
});
