import { footnoteNumbering, renumberFootnoteEdits } from '../footnote-edits';
import type { Translator } from '../messages/catalogue';
import { CappedFindings } from './helpers/capped-findings';
import { ALL_KINDS, type FindingFix, type Rule } from './rule';
import { at } from '../text/at';

/** `3`, `3 and 4`, `3 to 7`, `3, 5 and 8 to 9`. */
function describeRanges(t: Translator, ranges: readonly [number, number][]): string {
  const items = ranges.flatMap(([a, b]) => (a === b ? [`${a}`] : b === a + 1 ? [`${a}`, `${b}`] : [t('range.to', { from: String(a), to: String(b) })]));
  const last = items.pop();
  if (last === undefined) return '';
  return items.length === 0 ? last : t('list.and', { list: items.join(', '), last });
}

/**
 * At most this many diagnostics: each carries the whole renumbering, and a draft whose numbers
 * are scrambled throughout needs one fix, not a warning per footnote.
 */
const MAX_REPORTS = 20;

/** First index in sorted `xs` whose value is >= `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(xs, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const footnoteSequence: Rule = {
  meta: {
    id: 'footnote-sequence',
    tags: ['footnotes'],
    description: 'Footnote numbers, in order of first reference, do not run 1, 2, 3 ...: a number is skipped, repeated or out of order.',
    severity: 'warning',
    fixable: true,
    kinds: ALL_KINDS,
    rationale: [
      'Footnotes are numbered 1, 2, 3 ... in the order the text first refers to them, through the whole',
      'document. Drafts converted from PDF or assembled from several files break this: a number is',
      'skipped (1, 2, 4) when a note was deleted or its reference lost, a number is defined twice when',
      'two pages each had a note 3, and numbers run out of order (3 before 2) when paragraphs were',
      'moved. Readers and the UNCTAD editors then cannot tell which note belongs to which sentence.',
      '',
      'The fix, like the "Renumber footnotes" command, renumbers every numbered footnote in order of',
      'first reference, references and definitions together, each kept in its own notation and',
      'each reference kept with the same definition text. A definition that no reference reaches (a',
      'second definition of a number, or a note nothing refers to) gets a number after the referenced',
      'ones, so nothing is lost: check those afterwards (see `footnote-unused`). Footnotes with names',
      'rather than numbers (`[^note]`) are left alone.',
    ].join('\n'),
  },
  check(context) {
    const { model, t } = context;
    const findings = new CappedFindings(MAX_REPORTS);
    const report = findings.add;
    const slots = footnoteNumbering(model);
    if (slots.length === 0) return;
    // One fix object for every diagnostic: they overlap, so applying all fixes applies it once,
    // and its edits are made once, when it is first shown or applied. A draft reported here has
    // a footnote whose number is not its place in the order, so renumbering changes something.
    const shared: FindingFix = { title: t('footnote-sequence.fix'), edits: () => renumberFootnoteEdits(model) };
    const referenced = slots.filter((s) => s.kind === 'referenced');
    const numbers = [...new Set(referenced.map((s) => s.number))].sort((a, b) => a - b);
    const orphanNumbers = slots
      .filter((s) => s.kind === 'unreferenced')
      .map((s) => s.number)
      .sort((a, b) => a - b);
    /** Defined-but-unreferenced numbers inside the gaps (a few: they go into a message). */
    const orphansIn = (gaps: readonly [number, number][]): number[] => {
      const out: number[] = [];
      for (const [a, b] of gaps) {
        for (let i = lowerBound(orphanNumbers, a); out.length < 6; i++) {
          const x = orphanNumbers[i];
          if (x === undefined || x > b) break;
          out.push(x);
        }
        if (out.length >= 6) break;
      }
      return out;
    };

    let prev = 0;
    let prevLabel = '';
    for (const slot of referenced) {
      const n = slot.number;
      const data = { label: slot.label, number: n, newNumber: slot.newNumber };
      if (n <= prev) {
        const message =
          n === prev
            ? t('footnote-sequence.reused', { n: String(n), label: prevLabel, new: String(slot.newNumber) })
            : t('footnote-sequence.order', { n: String(n), prev: String(prev), new: String(slot.newNumber) });
        report({ span: slot.marker, message, fix: shared, data });
        continue;
      }
      if (n > prev + 1) {
        const gaps: [number, number][] = [];
        let from = prev + 1;
        for (let i = lowerBound(numbers, from); ; i++) {
          const x = numbers[i];
          if (x === undefined || x >= n) break;
          if (x > from) gaps.push([from, x - 1]);
          from = x + 1;
        }
        if (from < n) gaps.push([from, n - 1]);
        if (gaps.length > 0) {
          const count = gaps.reduce((sum, [a, b]) => sum + b - a + 1, 0);
          const ranges = describeRanges(t, gaps.slice(0, 4));
          const numbers = gaps.length > 4 ? t('list.and-more', { list: ranges }) : ranges;
          const which = t(count === 1 ? 'footnote-sequence.skipped.1' : 'footnote-sequence.skipped.n', { numbers });
          const orphans = orphansIn(gaps);
          const where = prev === 0 ? t('footnote-sequence.starts-at', { n: String(n) }) : t('footnote-sequence.follows', { n: String(n), prev: String(prev) });
          const message =
            orphans.length === 0
              ? t('footnote-sequence.gap', { where, which })
              : t('footnote-sequence.gap.orphans', {
                  where,
                  which,
                  orphans: orphans.length === 1 ? t('footnote-sequence.orphan.1', { n: String(orphans[0]) }) : t('footnote-sequence.orphan.n', { list: orphans.join(', ') }),
                });
          report({ span: slot.marker, message, fix: shared, data });
        }
      }
      prev = n;
      prevLabel = slot.label;
    }

    for (const slot of slots) {
      if (slot.kind !== 'duplicate') continue;
      const first = model.footnotes.defByLabel.get(slot.label);
      const line = first !== undefined ? model.lines.lineAt(first.span.start) + 1 : 0;
      report({
        span: slot.marker,
        message: t('footnote-sequence.twice', { n: String(slot.number), line: String(line) }),
        fix: shared,
        data: { label: slot.label, number: slot.number, newNumber: slot.newNumber },
      });
    }

    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('footnote-sequence.more.1', { message: last.message }) : t('footnote-sequence.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
