import { SUBMISSION_ONLY, type Rule } from './rule';
import { blockLineSpan, pages } from './util';

export const lengthTotal: Rule = {
  meta: {
    id: 'length-total',
    description: 'The body is longer than 4 pages (2,400 words by default; `limits.totalWords`).',
    severity: 'warning',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale:
      'The template asks for a brief input of 2-4 pages single-spaced. The body (after the cover block and disclaimer, footnote definitions left out) ' +
      'is counted; the default limit of 2,400 words is 4 pages of about 600 words. Set `limits.totalWords` to change it. ' +
      'A whole publication pasted in is better linked from a footnote.',
  },
  check({ model, settings, report }) {
    const limit = settings.limits.totalWords;
    if (model.bodyWords <= limit) return;
    const first = model.partHeadings[0]?.blockIndex ?? model.bodyBlock;
    report({
      span: blockLineSpan(model, first),
      message: `The body has ${model.bodyWords} words (about ${pages(model.bodyWords)}); the template asks for 2-4 pages (at most ${limit} words). Cut ${model.bodyWords - limit} words, or link to longer material from a footnote.`,
      data: { words: model.bodyWords, limit },
    });
  },
};
