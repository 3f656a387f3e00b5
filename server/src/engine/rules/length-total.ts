import { SUBMISSION_ONLY, type Rule } from './rule';
import { blockLineSpan, pages } from './helpers/util';

export const lengthTotal: Rule = {
  meta: {
    id: 'length-total',
    tags: ['length'],
    description: 'The body is longer than 4 pages (2,400 words by default; `limits.totalWords`).',
    severity: 'warning',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The template asks for a brief input of 2-4 pages single-spaced. The body (after the cover block and disclaimer, footnote definitions left out) ' +
      'is counted; the default limit of 2,400 words is 4 pages of about 600 words. Set `limits.totalWords` to change it. ' +
      'A whole publication pasted in is better linked from a footnote.',
  },
  check({ model, settings, report, t }) {
    const limit = settings.limits.totalWords;
    if (model.bodyWords <= limit) return;
    const first = model.partHeadings[0]?.blockIndex ?? model.bodyBlock;
    report({
      span: blockLineSpan(model, first),
      message: t('length-total.over', { words: model.bodyWords, pages: pages(t, model.bodyWords), limit, cut: model.bodyWords - limit }),
      data: { words: model.bodyWords, limit },
    });
  },
};
