// footnote-sequence: skipped, repeated and out-of-order numbers, and the one renumbering fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { footnoteSequence } from '../../server/src/engine/rules/footnote-sequence';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [footnoteSequence]);
const where = (text: string) => check(text).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
const messages = (text: string) => check(text).map((d) => d.message);

describe('footnote-sequence', () => {
  it('is silent when numbers run 1, 2, 3 in order of first reference, with repeats of a reference', () => {
    assert.deepEqual(where('a[^1] b[^2] c[^1] d[^3].\n\n[^1]: 1.\n[^2]: 2.\n[^3]: 3.\n'), []);
  });

  it('reports a skipped number at the reference after the gap', () => {
    assert.deepEqual(where('a¹ b² c⁴.\n\n¹ 1.\n² 2.\n⁴ 4.\n'), ['1:8']);
    assert.match(at(messages('a¹ b² c⁴.\n'), 0), /^Footnote 4 follows footnote 2: number 3 is skipped\./);
    assert.match(at(messages('a<sup>3</sup> b<sup>4</sup>.\n'), 0), /^Footnote numbering starts at 3: numbers 1 and 2 are skipped\./);
    assert.match(at(messages('a<sup>1</sup> b<sup>9</sup>.\n'), 0), /numbers 2 to 8 are skipped/);
  });

  it('says when the skipped number is defined but not referenced (a reference lost in conversion)', () => {
    assert.match(at(messages('a[^1] b[^2] c[^4].\n\n[^1]: 1.\n[^2]: 2.\n[^3]: 3.\n[^4]: 4.\n'), 0), /number 3 is skipped \(footnote 3 is defined but nothing refers to it\)/);
  });

  it('reports a number first referenced after a higher one, once', () => {
    // 3 before 2: the report is on 2; 3 skips nothing since 2 comes later.
    assert.deepEqual(where('a[^1] b[^3] c[^2].\n\n[^1]: 1.\n[^2]: 2.\n[^3]: 3.\n'), ['1:14']);
    assert.match(at(messages('a[^1] b[^3] c[^2].\n'), 0), /^Footnote 2 is first referenced after footnote 3: .*\(this one would be 3\)/);
  });

  it('reports a number defined twice, at the second definition', () => {
    const text = 'a<sup>1</sup> b<sup>2</sup>.\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n\n<sup>2</sup> Two again.\n';
    assert.deepEqual(where(text), ['7:1']);
    assert.match(at(messages(text), 0), /^Footnote 2 is defined twice; its references use the first definition \(line 5\)/);
  });

  it('leaves named footnotes and unreferenced definitions to other rules', () => {
    assert.deepEqual(where('a[^note] b[^1] c[^x].\n\n[^1]: 1.\n[^7]: Unused.\n[^note]: n.\n[^x]: x.\n'), []);
  });

  it('ignores code', () => {
    assert.deepEqual(where('a[^1] `b[^5]`.\n\n```\nc<sup>9</sup>\n```\n\n[^1]: 1.\n'), []);
  });

  it('offers one fix, the same for every diagnostic, that renumbers both sides and leaves nothing to report', () => {
    const text = 'a<sup>2</sup> b[^5] c³ d<sup>2</sup>.\n\n<sup>2</sup> Two.\n\n[^5]: Five.\n\n³ Three.\n\n<sup>3</sup> Three again.\n';
    const diagnostics = check(text);
    assert.ok(diagnostics.length >= 3, diagnostics.map((d) => d.message).join('\n'));
    const fix = at(diagnostics, 0).fix;
    assert.ok(fix !== undefined);
    for (const d of diagnostics) assert.deepEqual(d.fix, fix);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, 'a<sup>1</sup> b[^2] c³ d<sup>1</sup>.\n\n<sup>1</sup> Two.\n\n[^2]: Five.\n\n³ Three.\n\n<sup>4</sup> Three again.\n');
    assert.deepEqual(check(fixed), []);
  });

  it('stops at 20 diagnostics when the numbers are scrambled throughout, and says how many more', () => {
    // 60 footnotes referenced from 60 down to 1: every one after the first is out of order.
    const refs = Array.from({ length: 60 }, (_, i) => `c${i}[^${60 - i}]`).join(' ');
    const defs = Array.from({ length: 60 }, (_, i) => `[^${i + 1}]: ${i + 1}.`).join('\n');
    const diagnostics = check(`${refs}.\n\n${defs}\n`);
    assert.equal(diagnostics.length, 20);
    assert.match(at(diagnostics, 19).message, / 39 more footnote numbers are out of sequence besides; the fix renumbers them all\.$/);
    assert.equal((at(diagnostics, 19).data as { more: number }).more, 39);
    const fixed = applyEdits(`${refs}.\n\n${defs}\n`, at(diagnostics, 0).fix?.edits ?? []);
    assert.deepEqual(check(fixed), []);
  });
});
