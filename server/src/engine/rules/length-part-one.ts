import { SUBMISSION_ONLY, type Rule } from './rule';
import { pages } from './helpers/util';

export const lengthPartOne: Rule = {
  meta: {
    id: 'length-part-one',
    tags: ['length'],
    description: 'Part One is longer than about half a page (300 words by default; `limits.partOneWords`).',
    severity: 'warning',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The template asks for an executive summary of about half a page. A single-spaced page holds 500 to 600 words, so the default limit is 300 words; ' +
      'set `limits.partOneWords` in `.wsisrc.json` or `wsis.limits.partOneWords` to change it. Move detail to Parts Two and Three.',
  },
  check({ model, settings, report, t }) {
    const limit = settings.limits.partOneWords;
    for (const p of model.parts) {
      if (p.number !== 1 || p.words <= limit) continue;
      report({
        span: p.heading.span,
        message: t('length-part-one.over', { words: p.words, pages: pages(t, p.words), limit }),
        data: { words: p.words, limit },
      });
    }
  },
};
