import { isPastedSubsectionHeading } from '../model/pasted';
import { SUBMISSION_ONLY, type Rule } from './rule';
import { partNameIn } from './helpers/util';
import { at } from '../text/at';

export const partEmpty: Rule = {
  meta: {
    id: 'part-empty',
    tags: ['parts'],
    description: 'A Part has no text.',
    severity: 'warning',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale: 'A heading with nothing under it is usually a section still to be written. Subsection labels such as (a) and (b) do not count as text.',
  },
  check({ model, report, t }) {
    for (const p of model.parts) {
      let words = p.words;
      for (const s of p.subsections) {
        const b = at(model.blocks, s.blockIndex);
        // A heading: a Markdown one, a bold paragraph, or pasted `(a) Projects` on a short line of its own (as pasted-layout's fix writes it).
        const pastedHeading = isPastedSubsectionHeading(model.text, b);
        if (b.kind === 'heading' || pastedHeading || /^\s*(\*\*|__)[\s\S]*(\*\*|__)\s*$/.test(model.text.slice(b.span.start, b.span.end))) words -= at(model.blockWords, s.blockIndex);
      }
      if (words <= 0) report({ span: p.heading.span, message: t('part-empty.no-text', { part: partNameIn(t, p.number) }) });
    }
  },
};
