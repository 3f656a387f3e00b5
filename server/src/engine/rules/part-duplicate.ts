import { CappedFindings } from './helpers/capped-findings';
import { SUBMISSION_ONLY, type Rule } from './rule';
import { partNameIn } from './helpers/util';

/**
 * At most this many diagnostics: a draft pasted together many times over can repeat its Part
 * headings thousands of times, and one error each is noise (and megabytes per publish). The last
 * says how many more there are.
 */
export const MAX_REPORTS = 100;

export const partDuplicate: Rule = {
  meta: {
    id: 'part-duplicate',
    tags: ['parts'],
    description: 'A Part appears twice.',
    severity: 'error',
    fixable: false,
    kinds: SUBMISSION_ONLY,
    rationale: [
      'Each Part appears once. A second heading for the same Part usually means a paste from last year\'s draft or a mislabelled Part: merge the two or correct the label.',
      '',
      `At most ${MAX_REPORTS} are reported: the last says how many more there are.`,
    ].join('\n'),
  },
  check(context) {
    const { model, t } = context;
    const findings = new CappedFindings(MAX_REPORTS);
    const seen = new Map<number, number>();
    for (const p of model.parts) {
      const first = seen.get(p.number);
      if (first === undefined) {
        seen.set(p.number, model.lines.lineAt(p.heading.span.start));
      } else if (findings.full) {
        findings.skip();
      } else {
        findings.add({
          span: p.heading.span,
          message: t('part-duplicate.again', { part: partNameIn(t, p.number), line: first + 1 }),
        });
      }
    }
    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('part-duplicate.more.1', { message: last.message }) : t('part-duplicate.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
