import { SUBMISSION_ONLY, type Rule } from './rule';
import { partName } from './util';

export const partDuplicate: Rule = {
  meta: {
    id: 'part-duplicate',
    description: 'A Part appears twice.',
    severity: 'error',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale: 'Each Part appears once. A second heading for the same Part usually means a paste from last year\'s draft or a mislabelled Part: merge the two or correct the label.',
  },
  check({ model, report }) {
    const seen = new Map<number, number>();
    for (const p of model.parts) {
      const first = seen.get(p.number);
      if (first !== undefined) {
        report({
          span: p.heading.span,
          message: `${partName(p.number)} appears a second time (first on line ${first + 1}): merge the two or correct this label.`,
        });
      } else {
        seen.set(p.number, model.lines.lineAt(p.heading.span.start));
      }
    }
  },
};
