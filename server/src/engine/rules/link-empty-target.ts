import { ALL_KINDS, type Rule } from './rule';

export const linkEmptyTarget: Rule = {
  meta: {
    id: 'link-empty-target',
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
    ].join('\n'),
  },
  check({ model, report }) {
    for (const link of model.links) {
      if (link.image) continue;
      const target = link.target.trim();
      if (target !== '' && target !== '#') continue;
      const text = link.text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
      const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
      const what = shown === '' ? 'This link' : `The link "${shown}"`;
      report({
        span: link.span,
        message: `${what} has no target (${target === '' ? 'empty' : '`#`'}): its address was probably lost in conversion. Put the address between the parentheses, or remove the brackets and keep the text.`,
        data: { text },
      });
    }
  },
};
