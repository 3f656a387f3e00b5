import { elsewhereFinding, seenElsewhere } from './helpers/seen-elsewhere';
import { COMMISSION, COMMISSION_LINE } from '../template';
import { ALL_KINDS, type Rule } from './rule';
import { blockLineSpan, insertAfterBlock } from './helpers/util';

const TITLE_CASE = 'Commission on Science and Technology for Development';

export const coverCommission: Rule = {
  meta: {
    id: 'cover-commission',
    tags: ['cover'],
    description: 'The commission line is missing, misspelt, or its acronym is not (CSTD).',
    severity: 'error',
    fixable: true,
    kinds: ALL_KINDS,
    rationale:
      'Every document in the series opens with `COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)`. ' +
      'A misspelt acronym (`(CTSD)` has been seen in published submissions) is the first thing a reader notices. ' +
      'The fix inserts the line, corrects the name, or corrects the acronym.',
  },
  check({ model, kind, report, t }) {
    const c = model.cover.commission;
    if (c === undefined) {
      // In capitals anywhere, or at a line's start: the input paragraph names the Commission too, in its own words.
      const seen = seenElsewhere(model, /COMMISSION\s+ON\s+SCIENCE\s+AND\s+TECHNOLOGY/) ?? seenElsewhere(model, /^[ \t*_#>]*(?:united\s+nations\s+)?commission\s+on\s+science\s+and\s+techn/im);
      if (seen !== undefined) {
        const end = /for\s+development(?:\s*\([A-Za-z]{2,8}\))?/i.exec(model.text.slice(seen.at, seen.at + 200));
        report(elsewhereFinding(model, t, seen, t('element.commission'), t('where.commission'), end !== null ? seen.at + end.index + end[0].length : undefined));
        return;
      }
      const at = blockLineSpan(model, 0);
      report({
        span: at,
        message: t('cover-commission.missing', { line: COMMISSION_LINE }),
        fix: { title: t('cover-commission.missing.fix'), edits: [insertAfterBlock(model, -1, `**${COMMISSION_LINE}**`)] },
      });
      return;
    }
    const words = c.name.text.replace(/\s+/g, ' ');
    const upper = words === words.toUpperCase();
    const canonical = upper ? COMMISSION : TITLE_CASE;
    if (words.toLowerCase() !== COMMISSION.toLowerCase()) {
      report({
        span: c.name.span,
        message: t('cover-commission.misspelt', { name: canonical }),
        fix: { title: t('fix.correct-to', { text: canonical }), edits: [{ span: c.name.span, newText: canonical }] },
      });
    }
    if (c.acronym !== undefined && c.acronym.text !== 'CSTD') {
      report({
        span: c.acronym.span,
        message: t('cover-commission.acronym', { acronym: c.acronym.text }),
        fix: { title: t('fix.correct-to', { text: 'CSTD' }), edits: [{ span: c.acronym.span, newText: 'CSTD' }] },
      });
    } else if (c.acronym === undefined && kind === 'submission') {
      report({
        span: c.name.span,
        message: t('cover-commission.no-acronym'),
        fix: { title: t('cover-commission.no-acronym.fix'), edits: [{ span: { start: c.name.span.end, end: c.name.span.end }, newText: ' (CSTD)' }] },
      });
    }
  },
};
