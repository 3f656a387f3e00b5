// footnote-style: mixed notations, the main notation, and the per-footnote conversion fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { footnoteStyle, MAX_REPORTS } from '../../server/src/engine/rules/footnote-style';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [footnoteStyle]);
const where = (text: string) => check(text).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
const fixAll = (text: string): string => applyFixes(text, check(text)).text;

describe('footnote-style', () => {
  it('is silent when one notation is used, and for text that only looks like footnotes', () => {
    assert.deepEqual(where('a<sup>1</sup> b<sup>2</sup>.\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n'), []);
    assert.deepEqual(where('The 23<sup>rd</sup> session, 40 km², 5 m³: a[^1] and `b¹`.\n\n[^1]: One.\n\n```\nc<sup>2</sup>\n```\n'), []);
  });

  it('treats bare definitions as a notation of their own (PDF leftovers)', () => {
    const text = 'a<sup>1</sup> b<sup>2</sup>.\n\n<sup>1</sup> One.\n\n2 Two.\n';
    assert.deepEqual(where(text), ['5:1']);
    assert.match(at(check(text), 0).message, /bare number .* HTML superscripts/);
    assert.equal(fixAll(text), 'a<sup>1</sup> b<sup>2</sup>.\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n');
  });

  it('takes the notation most references use', () => {
    const text = 'a¹ b² c<sup>3</sup>.\n\n¹ One.\n\n² Two.\n\n<sup>3</sup> Three.\n';
    assert.deepEqual(where(text), ['1:8', '7:1']);
    assert.equal(fixAll(text), 'a¹ b² c³.\n\n¹ One.\n\n² Two.\n\n³ Three.\n');
  });

  it('breaks ties for Markdown, then HTML, then Unicode', () => {
    assert.equal(fixAll('a¹ b[^2].\n\n¹ One.\n\n[^2]: Two.\n'), 'a[^1] b[^2].\n\n[^1]: One.\n\n[^2]: Two.\n');
    assert.equal(fixAll('a¹ b<sup>2</sup>.\n\n¹ One.\n\n<sup>2</sup> Two.\n'), 'a<sup>1</sup> b<sup>2</sup>.\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n');
  });

  it("fixes a footnote's reference and definition together, with one fix for both", () => {
    const text = 'a[^1] b[^2] c<sup>3</sup>.\n\n[^1]: One.\n[^2]: Two.\n\n3 Three.\n';
    const diagnostics = check(text);
    assert.equal(diagnostics.length, 2);
    assert.deepEqual(at(diagnostics, 0).fix, at(diagnostics, 1).fix);
    assert.equal(at(diagnostics, 0).fix?.title, 'Write footnote 3 as a Markdown footnote');
    assert.equal(fixAll(text), 'a[^1] b[^2] c[^3].\n\n[^1]: One.\n[^2]: Two.\n\n[^3]: Three.\n');
  });

  it('keeps references side by side apart when converting to Unicode', () => {
    const text = 'a¹ b² c<sup>3</sup><sup>4</sup> d⁵.\n\n¹ 1.\n\n² 2.\n\n³ 3.\n\n<sup>4</sup> 4.\n\n⁵ 5.\n';
    assert.equal(at(check(text), 0).fix?.title, 'Write footnotes 3 and 4 as a Unicode superscript');
    const fixed = fixAll(text);
    assert.equal(fixed, 'a¹ b² c³,⁴ d⁵.\n\n¹ 1.\n\n² 2.\n\n³ 3.\n\n⁴ 4.\n\n⁵ 5.\n');
    assert.deepEqual(where(fixed), []);
  });

  it('reports a named footnote it cannot convert, without a fix', () => {
    const text = 'a<sup>1</sup> b<sup>2</sup> c[^un].\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n\n[^un]: UN.\n';
    const diagnostics = check(text);
    assert.deepEqual(where(text), ['1:30', '7:1']);
    assert.ok(diagnostics.every((d) => d.fix === undefined));
    assert.match(at(diagnostics, 0).message, /give Markdown footnote '\[\^un\]' a number/);
  });

  it(`reports at most ${MAX_REPORTS}, the last with the count of the rest and a fix that converts every footnote`, () => {
    // 150 Markdown footnotes (the main notation) and 120 HTML ones: 240 markers to convert.
    const refs: string[] = [];
    const defs: string[] = [];
    for (let n = 1; n <= 270; n++) {
      const html = n > 150;
      refs.push(html ? `w${n}<sup>${n}</sup>` : `w${n}[^${n}]`);
      defs.push(html ? `<sup>${n}</sup> Note ${n}.` : `[^${n}]: Note ${n}.`);
    }
    const text = `${refs.join(' ')}.\n\n${defs.join('\n\n')}\n`;
    const diagnostics = check(text);
    assert.equal(diagnostics.length, MAX_REPORTS);
    const last = at(diagnostics, MAX_REPORTS - 1);
    assert.match(last.message, /140 more footnote markers are written in another notation besides; the fix writes every footnote as a Markdown footnote\.$/);
    assert.equal(last.fix?.title, 'Write every footnote as a Markdown footnote');
    assert.equal(last.data?.more, 140);
    // The last one's fix alone converts them all.
    const fixed = applyFixes(text, [last]).text;
    assert.deepEqual(where(fixed), []);
    assert.ok(!fixed.includes('<sup>'), 'every HTML footnote converted');
    assert.match(fixed, /w270\[\^270\]/);
    // Fix all overlaps it with the others' fixes: a second pass finishes what the first began.
    let current = text;
    for (let pass = 0; pass < 3 && where(current).length > 0; pass++) current = fixAll(current);
    assert.equal(current, fixed);
  });
});
