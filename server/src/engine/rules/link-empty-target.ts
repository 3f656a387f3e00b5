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
    const { t } = context;
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
      const why = t(target === '' ? 'link-empty-target.empty' : 'link-empty-target.hash');
      findings.add({
        span: link.span,
        message: shown === '' ? t('link-empty-target.unnamed', { why }) : t('link-empty-target.named', { text: shown, why }),
        data: { text },
      });
    }
    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('link-empty-target.more.1', { message: last.message }) : t('link-empty-target.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
