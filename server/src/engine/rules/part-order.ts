import { SUBMISSION_ONLY, type Rule } from './rule';
import { partNameIn } from './helpers/util';

export const partOrder: Rule = {
  meta: {
    id: 'part-order',
    tags: ['parts'],
    description: 'The Parts are out of order.',
    severity: 'error',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale: 'Part One, Part Two and Part Three must come in that order, as the Secretary-General\'s report compiles them. Move the Part (its heading and text) into place.',
  },
  check({ model, report, t }) {
    let highest = 0;
    for (const p of model.parts) {
      if (p.number < highest) {
        report({
          span: p.heading.span,
          message: t('part-order.after', { part: partNameIn(t, p.number), highest: partNameIn(t, highest) }),
        });
      }
      highest = Math.max(highest, p.number);
    }
  },
};
