import { CappedFindings } from './helpers/capped-findings';
import { quoteText } from '../text/quote';
import { ALL_KINDS, type Rule } from './rule';

/**
 * At most this many diagnostics. A converted document can lose every address (thousands of
 * `[text](#)` in a long draft): one squiggle each makes a publish of many megabytes and a
 * Problems list no one reads. The last diagnostic says how many more there are.
 */
export const MAX_REPORTS = 100;

export const linkEmptyTarget: Rule = {
  meta: {
    id: 'link-empty-target',
    tags: ['links'],
    description: 'A link whose target is empty or `#`.',
    severity: 'warning',
    fixable: false,
    kinds: ALL_KINDS,
    rationale: [
      'Converting a PDF or a Word file to Markdown keeps a link\'s text but often loses its address,',
      'leaving `[Digital Geneva](#)` or `[Digital Geneva]()`. The published document then shows a link',
      'that leads nowhere, and the reference the author meant to give is gone.',
      '',
      'To mend it, put the address back between the parentheses (`[Digital Geneva](https://...)`),',
      'or, if there is no address to give, remove the brackets and keep the text. Only the author',
      'knows the address, so there is no automatic fix. Images are not reported.',
      '',
      `At most ${MAX_REPORTS} are reported: the last says how many more there are.`,
    ].join('\n'),
  },
  check(context) {
    const findings = new CappedFindings(MAX_REPORTS);
    for (const link of context.model.links) {
      if (link.image) continue;
      const target = link.target.trim();
      if (target !== '' && target !== '#') continue;
      if (findings.full) {
        findings.skip();
        continue;
      }
      const text = link.text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
      const shown = quoteText(text);
      const what = shown === '' ? 'This link' : `The link "${shown}"`;
      findings.add({
        span: link.span,
        message: `${what} has no target (${target === '' ? 'empty' : "only '#'"}): its address was probably lost in conversion. Put the address between the parentheses, or remove the brackets and keep the text.`,
        data: { text },
      });
    }
    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: `${last.message} ${hidden} more ${hidden === 1 ? 'link has' : 'links have'} no target besides.`,
      data: { ...last.data, more: hidden },
    }));
  },
};
