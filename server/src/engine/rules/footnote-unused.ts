import { orphanPair, pairOrphansEdits } from '../footnote-edits';
import { CappedFindings } from './helpers/capped-findings';
import { ALL_KINDS, type Rule } from './rule';

/** At most this many diagnostics (a hostile or scrambled draft can have thousands): the last one says how many more. */
export const MAX_REPORTS = 100;

export const footnoteUnused: Rule = {
  meta: {
    id: 'footnote-unused',
    tags: ['footnotes'],
    description: 'A footnote definition that no reference uses.',
    severity: 'warning',
    fixable: true,
    kinds: ALL_KINDS,
    rationale: [
      'A definition (`<sup>3</sup> Source ...`, `³ Source ...`, `[^3]: Source ...`) that nothing in the',
      'text refers to is a note the reader can never reach. Usually its reference was lost when the',
      'draft was converted from PDF or Word (the superscript became plain text or vanished), or the',
      'sentence that cited it was rewritten.',
      '',
      'To mend it, put the reference back where the source is cited (`...in Africa<sup>3</sup>.`), or',
      'delete the definition if the note is no longer needed. Deleting text is the author\'s call, so',
      'the fix never deletes; run "Renumber footnotes" afterwards if the numbers no longer run 1, 2, 3.',
      'When exactly one definition has no reference and exactly one reference has no definition, and',
      'the numbering says they are the same note, the fix gives them one number (see `footnote-undefined`).',
    ].join('\n'),
  },
  check(context) {
    const { model, t } = context;
    const findings = new CappedFindings(MAX_REPORTS);
    const report = findings.add;
    const { defs, refsByLabel } = model.footnotes;
    const pair = orphanPair(model);
    for (const def of defs) {
      if (refsByLabel.has(def.label)) continue;
      if (pair?.def === def) {
        report({
          span: def.span,
          message: t('footnote-unused.paired', { label: def.label, ref: pair.refLabel }),
          fix: { title: t('footnote-unused.paired.fix', { ref: pair.refLabel, number: String(pair.number) }), edits: () => pairOrphansEdits(model) },
          data: { label: def.label },
        });
        continue;
      }
      const name = t(def.number !== undefined ? 'footnote.numbered' : 'footnote.markdown', { label: def.label });
      report({
        span: def.span,
        message: t('footnote-unused.unused', { name }),
        data: { label: def.label },
      });
    }
    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('footnote-unused.more.1', { message: last.message }) : t('footnote-unused.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
