import { footnoteMarkerText, orphanPair, pairOrphansEdits } from '../footnote-edits';
import { CappedFindings } from './helpers/capped-findings';
import { ALL_KINDS, type Rule } from './rule';

/** At most this many diagnostics (a hostile or scrambled draft can have thousands): the last one says how many more. */
export const MAX_REPORTS = 100;

export const footnoteUndefined: Rule = {
  meta: {
    id: 'footnote-undefined',
    tags: ['footnotes'],
    description: 'A footnote reference has no definition.',
    severity: 'error',
    fixable: true,
    kinds: ALL_KINDS,
    rationale: [
      'A reference such as `<sup>5</sup>`, `⁵` or `[^5]` promises a note with the source. When the',
      'definition is missing, the published document points the reader to nothing; this often happens',
      'when a draft is converted from PDF or Word and the page-bottom notes are lost, or when a note is',
      'deleted but its number stays in the text.',
      '',
      'To mend it, add the definition at the end of the section or the document, on a line of its own,',
      'starting with the same number in the draft\'s notation (`<sup>5</sup> Source ...`, `⁵ Source ...`',
      'or `[^5]: Source ...`), or delete the reference if the note is not needed. The checker cannot',
      'write the source for you. One case has a fix: when exactly one reference has no definition and',
      'exactly one definition has no reference, and the numbering says they are the same note (reference 4',
      'is the third footnote and the unused definition is number 3), the fix gives them one number, as',
      '`footnote-unused` and "Renumber footnotes" do.',
    ].join('\n'),
  },
  check(context) {
    const { model, t } = context;
    const findings = new CappedFindings(MAX_REPORTS);
    const report = findings.add;
    const { refs, defByLabel } = model.footnotes;
    const pair = orphanPair(model);
    for (const ref of refs) {
      if (defByLabel.has(ref.label)) continue;
      if (pair !== undefined && pair.refLabel === ref.label) {
        report({
          span: ref.span,
          message: t('footnote-undefined.paired', { label: ref.label, def: pair.def.label }),
          fix: { title: t('footnote-undefined.paired.fix', { def: pair.def.label, number: String(pair.number) }), edits: () => pairOrphansEdits(model) },
          data: { label: ref.label },
        });
        continue;
      }
      const name = t(ref.number !== undefined ? 'footnote.numbered' : 'footnote.markdown', { label: ref.label });
      const example = footnoteMarkerText(ref.notation, ref.label, true);
      report({
        span: ref.span,
        message: t(ref.notation === 'markdown' ? 'footnote-undefined.missing.markdown' : 'footnote-undefined.missing', { name, example }),
        data: { label: ref.label },
      });
    }
    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('footnote-undefined.more.1', { message: last.message }) : t('footnote-undefined.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
