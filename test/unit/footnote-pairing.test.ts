// A reference with no definition and a definition with no reference that the numbering says are
// one footnote (reference 4 is the third footnote, the unused definition is number 3): Fix all,
// the rules' own fixes and "Renumber footnotes" pair them, rather than move the problem (which
// left reference 3 undefined and definition 4 unused). On the example, in the three notations,
// and in the Word-paste and PDF-copy layouts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { applyEdits, checkText, fixAll, LineIndex, parseSubmission, renumberFootnoteEdits } from '../../server/src/engine';
import { orphanPair, pairOrphansEdits } from '../../server/src/engine/footnote-edits';
import type { SpanEdit } from '../../server/src/engine/rules/rule';
import { pdfCopy, wordPaste } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const EXAMPLE = readFileSync(new URL('../../examples/draft-with-problems.wsis.md', import.meta.url), 'utf8');
/** The clean example without its own footnotes. */
const CLEAN = readFileSync(new URL('../../examples/submission-2026.wsis.md', import.meta.url), 'utf8')
  .replace(/^\[\^\d+\]:.*\n/gm, '')
  .replace(/\[\^\d+\]/g, '');

function apply(text: string, edits: readonly SpanEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })));
}

const footnoteProblems = (text: string): string[] =>
  checkText(text)
    .diagnostics.filter((d) => d.rule === 'footnote-undefined' || d.rule === 'footnote-unused')
    .map((d) => `${d.rule}: ${d.message}`);

/** For each reference in order: its label and the text of its definition. */
function pairing(text: string): string[] {
  const { refs, defByLabel } = parseSubmission(text).footnotes;
  return refs.map((r) => `${r.label}=${defByLabel.get(r.label)?.text ?? '(none)'}`);
}

/** A short draft body with footnotes in `notation`: references 1, 2, 4 and definitions 1, 2, 3 (or as given). */
function draft(notation: 'html' | 'unicode' | 'markdown', refs: readonly number[], defs: readonly number[]): string {
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const ref = (n: number): string => (notation === 'html' ? `<sup>${n}</sup>` : notation === 'unicode' ? [...String(n)].map((d) => sup[Number(d)]).join('') : `[^${n}]`);
  const def = (n: number): string => (notation === 'markdown' ? `[^${n}]:` : ref(n));
  const words = ['libraries', 'librarians', 'schools', 'clinics'];
  const body = refs.map((n, i) => `The partnership opened ${10 + i} ${words[i % words.length]} in the region${ref(n)} and trained staff.`).join('\n\n');
  const notes = defs.map((n) => `${def(n)} Source number ${n} of the partnership, annual report.`).join('\n\n');
  return CLEAN.replace(/\n## Part Two/, `\n${body}\n\n${notes}\n\n## Part Two`);
}

describe('an undefined reference and an unused definition that are one footnote', () => {
  it('Fix all on the example pairs reference 4 with definition 3', () => {
    const before = parseSubmission(EXAMPLE).footnotes;
    assert.ok(before.refsByLabel.has('4') && !before.defByLabel.has('4') && before.defByLabel.has('3') && !before.refsByLabel.has('3'));
    const fixed = fixAll(EXAMPLE).text;
    assert.deepEqual(footnoteProblems(fixed), []);
    assert.deepEqual(
      pairing(fixed).map((p) => p.split('=')[0]),
      ['1', '2', '3'],
    );
    // Reference 4's sentence now points to the note that was number 3.
    assert.match(at(pairing(fixed), 2), /^3=See: <https:\/\/example\.org\/okp\/library-connect>/);
    // Fixing again changes nothing.
    assert.equal(fixAll(fixed).text, fixed);
  });

  it('Renumber footnotes on the example pairs them too, and gives what Fix all gives the footnotes', () => {
    const renumbered = apply(EXAMPLE, renumberFootnoteEdits(parseSubmission(EXAMPLE)));
    assert.deepEqual(footnoteProblems(renumbered), []);
    assert.deepEqual(pairing(renumbered), pairing(fixAll(EXAMPLE).text));
  });

  for (const notation of ['html', 'unicode', 'markdown'] as const) {
    for (const [name, refs, defs] of [
      ['reference 4, definition 3', [1, 2, 4], [1, 2, 3]],
      ['reference 3, definition 4 (what the old fix left)', [1, 2, 3], [1, 2, 4]],
    ] as const) {
      it(`${notation}: ${name}: each fix pairs them, in every layout`, () => {
        const markdown = draft(notation, refs, defs);
        const layouts: [string, string][] = [
          ['markdown', markdown],
          ['word paste', wordPaste(markdown)],
          ['pdf copy', pdfCopy(markdown, { width: 72, pageLines: 14, runningHeader: 'Open Knowledge Partnership' })],
        ];
        for (const [layout, text] of layouts) {
          const model = parseSubmission(text);
          const pair = orphanPair(model);
          assert.ok(pair !== undefined, `${layout}: no pair found`);
          assert.equal(pair.refLabel, String(refs[2]), layout);
          const expected = ['1=Source number 1', '2=Source number 2', `3=Source number ${defs[2]}`];
          const starts = (t: string): string[] => pairing(t).map((p) => p.replace(/ of the partnership.*$/s, ''));
          // The rules' fix, Renumber footnotes and Fix all.
          for (const [how, out] of [
            ['rule fix', apply(text, pairOrphansEdits(model))],
            ['renumber', apply(text, renumberFootnoteEdits(model))],
            ['fix all', fixAll(text).text],
          ] as const) {
            assert.deepEqual(footnoteProblems(out), [], `${layout}, ${how}`);
            assert.deepEqual(starts(out), expected, `${layout}, ${how}`);
          }
          const d = checkText(text).diagnostics.filter((x) => x.rule === 'footnote-undefined' || x.rule === 'footnote-unused');
          assert.equal(d.length, 2, layout);
          assert.ok(
            d.every((x) => x.fix !== undefined),
            `${layout}: both findings carry the fix`,
          );
        }
      });
    }
  }

  it('two orphans on each side, or numbers that disagree, are not paired', () => {
    assert.equal(orphanPair(parseSubmission(draft('html', [1, 5, 6], [1, 2, 3]))), undefined);
    assert.equal(orphanPair(parseSubmission(draft('html', [1, 2, 7], [1, 5, 2]))), undefined);
    const text = draft('html', [1, 5, 6], [1, 2, 3]);
    assert.ok(checkText(text).diagnostics.filter((x) => x.rule === 'footnote-undefined').every((x) => x.fix === undefined));
  });

  it('a pair whose place is another footnote\'s number takes the definition\'s number', () => {
    const text = draft('html', [3, 1, 5], [1, 3, 4]);
    const pair = orphanPair(parseSubmission(text));
    assert.ok(pair !== undefined);
    assert.equal(pair.number, 4);
    assert.deepEqual(footnoteProblems(apply(text, pairOrphansEdits(parseSubmission(text)))), []);
  });
});

describe('a second definition of a number as the unused one', () => {
  it('pairs with the undefined reference under a number no other footnote has', () => {
    const text = 'Claim 0<sup>2</sup> holds. Claim 1<sup>5</sup> holds.\n\n<sup>2</sup> Source 0.\n\n<sup>2</sup> Source 1.\n';
    const model = parseSubmission(text);
    const pair = orphanPair(model);
    assert.ok(pair !== undefined);
    assert.notEqual(pair.number, 2);
    const out = apply(text, pairOrphansEdits(model));
    assert.deepEqual(pairing(out), ['2=Source 0.', `${pair.number}=Source 1.`]);
  });
});
