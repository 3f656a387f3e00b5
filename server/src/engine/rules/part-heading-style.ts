import { SUBMISSION_ONLY, type Rule } from './rule';
import { quoteText } from '../text/quote';
import { canonicalPartHeading } from './helpers/util';

export const partHeadingStyle: Rule = {
  meta: {
    id: 'part-heading-style',
    tags: ['parts', 'layout'],
    description: "A Part heading is not written the template's way, as a heading '## Part One: ...'.",
    severity: 'info',
    fixable: true,
    kinds: SUBMISSION_ONLY,
    rationale:
      'Part headings are written many ways (`#### **Part One: ...**`, a bold paragraph, a plain line, `Part I`, `I. Executive Summary`, `II. Part 3: ...`). ' +
      'All are recognised; writing them as Markdown level-2 headings, `## Part One: ...`, gives a clean outline and a Word export with proper headings. ' +
      'The fix rewrites the heading and keeps its title.',
  },
  check({ model, report, t }) {
    for (const p of model.parts) {
      const h = p.heading;
      if (h.canonical) continue;
      const title = h.title.replace(/^[:.\-\u2013\u2014\s]+/, '');
      const canonical = canonicalPartHeading(p.number, title);
      // The message names the heading in words; the fix writes its Markdown ('## ').
      const words = quoteText(canonical.replace(/^#+\s+/, ''));
      report({
        span: h.span,
        message: t('part-heading-style.write', { heading: words }),
        fix: { title: t('part-heading-style.fix', { heading: words }), edits: [{ span: h.span, newText: canonical }] },
      });
    }
  },
};
