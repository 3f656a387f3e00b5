import { elsewhereFinding, seenElsewhere } from './helpers/seen-elsewhere';
import { COMMISSION, COMMISSION_LINE } from '../template';
import { ALL_KINDS, type Rule } from './rule';
import { insertAfterBlock, lineSpanAt } from './helpers/util';

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
  check({ model, kind, report }) {
    const c = model.cover.commission;
    if (c === undefined) {
      // In capitals anywhere, or at a line's start: the input paragraph names the Commission too, in its own words.
      const seen = seenElsewhere(model, /COMMISSION\s+ON\s+SCIENCE\s+AND\s+TECHNOLOGY/) ?? seenElsewhere(model, /^[ \t*_#>]*(?:united\s+nations\s+)?commission\s+on\s+science\s+and\s+techn/im);
      if (seen !== undefined) {
        const end = /for\s+development(?:\s*\([A-Za-z]{2,8}\))?/i.exec(model.text.slice(seen.at, seen.at + 200));
        report(elsewhereFinding(model, seen, 'The commission line', 'at the top of the cover block', end !== null ? seen.at + end.index + end[0].length : undefined));
        return;
      }
      const at = model.blocks.length > 0 ? lineSpanAt(model, model.blocks[0].span.start) : { start: 0, end: 0 };
      report({
        span: at,
        message: `The cover block has no commission line. Start the draft with '${COMMISSION_LINE}'.`,
        fix: { title: 'Insert the commission line', edits: [insertAfterBlock(model, -1, `**${COMMISSION_LINE}**`)] },
      });
      return;
    }
    const words = c.name.text.replace(/\s+/g, ' ');
    const upper = words === words.toUpperCase();
    const canonical = upper ? COMMISSION : TITLE_CASE;
    if (words.toLowerCase() !== COMMISSION.toLowerCase()) {
      report({
        span: c.name.span,
        message: `The commission's name is misspelt: write '${canonical}'.`,
        fix: { title: `Correct to '${canonical}'`, edits: [{ span: c.name.span, newText: canonical }] },
      });
    }
    if (c.acronym !== undefined && c.acronym.text !== 'CSTD') {
      report({
        span: c.acronym.span,
        message: `'(${c.acronym.text})' should be '(CSTD)': the Commission on Science and Technology for Development.`,
        fix: { title: "Correct to 'CSTD'", edits: [{ span: c.acronym.span, newText: 'CSTD' }] },
      });
    } else if (c.acronym === undefined && kind === 'submission') {
      report({
        span: c.name.span,
        message: "The commission line lacks its acronym: write '(CSTD)' after the name.",
        fix: { title: "Add '(CSTD)'", edits: [{ span: { start: c.name.span.end, end: c.name.span.end }, newText: ' (CSTD)' }] },
      });
    }
  },
};
