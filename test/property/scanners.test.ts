// The parse's hand-written scanners find exactly what the regular expressions that define them
// find. They were regexes once; loops and indexOf searches replaced them for speed (see each
// scanner's comment), and these properties hold the two equal on random drafts and on strings
// dense in the characters each scanner looks at.
//
//   FC_SEED=123 FC_RUNS=2000 node --import tsx --test test/property/scanners.test.ts
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { parseSubmission, type SubmissionModel } from '../../server/src/engine';
import { scanFootnoteMarkers } from '../../server/src/engine/model/footnotes';
import { scanActionLines, type ActionLineRef } from '../../server/src/engine/model/inline';
import { inputArb } from '../fuzz/generators';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Strings made mostly of what the action line and footnote scanners look at. */
const denseArb = fc
  .array(fc.constantFrom('C', 'c', '1', '2', '0', '9', ' ', '\n', '\n\n', '-', '/', '.', ':', ' -', '\u2013', 'a', '_', 'action line ', '¹', '²', '⁴', '⁰', 'km', '<sup>2</sup>', '`'), { maxLength: 120 })
  .map((units) => units.join(''));
const textArb = fc.oneof(inputArb, denseArb);

/** scanActionLines as it was written with the regex `\bC(\d{1,2})\b`: the definition. */
function actionLinesByRegex(model: SubmissionModel): ActionLineRef[] {
  const { text, excluded } = model;
  const refs: ActionLineRef[] = [];
  const re = /\bC(\d{1,2})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (excluded.has(m.index)) continue;
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (before === '-' || before === '/' || before === '.') continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const block = model.blockAt(m.index);
    const ok = /^\s?[:\u2013\u2014]|^ -/.test(after) || (block !== undefined && /action[\s-]+lines?/i.test(text.slice(block.span.start, block.span.end)));
    if (ok) refs.push({ span: { start: m.index, end: m.index + m[0].length }, code: m[0], number: Number(m[1]) });
  }
  return refs;
}

describe(`scanners (seed ${SEED}, ${RUNS} runs)`, () => {
  it('action line codes: the indexOf scan finds what \\bC(\\d{1,2})\\b finds', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const model = parseSubmission(text);
        assert.deepEqual(scanActionLines(text, model.excluded, (offset) => model.blockAt(offset)), actionLinesByRegex(model));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('Unicode footnote markers: those noted while counting words are those the regex finds', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const model = parseSubmission(text);
        const byRegex = scanFootnoteMarkers(text, model.excluded, (offset) => model.blockAt(offset));
        const unicode = (m: { notation: string }): boolean => m.notation === 'unicode';
        const bySpan = (a: { span: { start: number } }, b: { span: { start: number } }): number => a.span.start - b.span.start;
        assert.deepEqual(model.footnotes.refs.filter(unicode), byRegex.refs.filter(unicode).sort(bySpan));
        assert.deepEqual(
          model.footnotes.defs.filter(unicode).map((d) => ({ ...d, textSpan: d.span, text: '' })),
          byRegex.defs.filter(unicode).sort(bySpan),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
