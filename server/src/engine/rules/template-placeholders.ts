import { inSpans } from '../text/spans';
import { quoteText } from '../text/quote';
import type { Span } from '../types';
import { CappedFindings } from './helpers/capped-findings';
import { ALL_KINDS, type Finding, type Rule } from './rule';

/** At most this many diagnostics: the last one says how many more there are. */
export const MAX_REPORTS = 100;

/**
 * One pass over the draft, one alternative per kind of placeholder (tried in this order at each
 * place): square-bracketed text (at most 200 characters, no bracket inside, so an attempt stops
 * at the next bracket and the scan stays linear; a line break inside, as a PDF copy wraps it, but
 * not a blank line), the snippet's entity, and the
 * filler words as whole, upper-case words (`20XX` for a year too). Case-insensitive letters are
 * spelt out: the filler words are upper case only.
 */
const CANDIDATE =
  /\[([^[\]]{1,200})\]|\b(?:[Nn][Aa][Mm][Ee]\s+[Oo][Ff]\s+[Tt][Hh][Ee]\s+[Ee][Nn][Tt][Ii][Tt][Yy])\b|\b(?:XXX?|TBD|TBC|(?:19|20)XX)\b/g;

/** Bracketed text that is only an ellipsis: `[...]`, `[…]`. */
const ELLIPSIS = /^\s*(?:\.{3,}|…)\s*$/;
/**
 * Bracketed text that reads like an instruction to the author: it begins with one of these
 * words (a verb telling what to write, or what the text names). Kept short on purpose: `[sic]`,
 * `[emphasis added]` and `[2]` are not placeholders.
 */
const INSTRUCTION =
  /^\s*(?:(?:insert|add|describe|enter|write|provide|specify|fill\s+in|replace|paste|type|summari[sz]e|explain|list|give)\s|(?:name|title|date|dates|number)\s+of\s|your\s|(?:organi[sz]ation|entity|company|project|country)(?:'s)?\s+name\b|placeholder\b|(?:XXX?|TBD|TBC)\s*$)/i;
/** The placeholder is the entity's name: the message says to write it. */
const NAMES_ENTITY = /\b(?:organi[sz]ation|entity|institution|company)\b/i;
/** The comment New submission writes after the dates it proposes. */
const UNCONFIRMED_DATES = /^the session['’]s dates above are a placeholder\b/i;

export const templatePlaceholders: Rule = {
  meta: {
    id: 'template-placeholders',
    tags: ['template'],
    description: 'Placeholders of the template or of New submission are left in the text.',
    severity: 'error',
    fixable: false,
    kinds: ALL_KINDS,
    rationale:
      'A new draft starts with placeholders: *WSIS: New submission* writes `[Name of your organization]` and dates for the session that it only ' +
      'guessed (with a comment asking to check them), the `wsis-submission` snippet writes `Name of the entity`, and drafts passed around often hold ' +
      '`XX`, `TBD`, `TBC`, `[...]` or bracketed instructions such as `[Insert link]`. Each is reported where it stands: write the real text. ' +
      "The session's dates are reported as long as the comment New submission wrote after them (`<!-- The session's dates above are a placeholder ... -->`) " +
      "is in the draft: check them against UNCTAD's invitation, correct them if need be, and delete the comment. Markdown links, footnotes, " +
      'task boxes, code and comments are never reported. The Word export warns about these like any other error.',
  },
  check(context) {
    const { model, t } = context;
    const { text, excluded, cover } = model;
    const findings = new CappedFindings(MAX_REPORTS);
    const add = (f: Finding): void => {
      if (findings.full) findings.skip();
      else findings.add(f);
    };

    // The dates New submission guessed, while its comment asking to check them is there.
    let pending: Finding | undefined;
    const comment = model.comments.find((c) => UNCONFIRMED_DATES.test(c.body));
    if (comment !== undefined) {
      const dates = cover.dates;
      pending =
        dates !== undefined
          ? {
              span: dates.span,
              message: t('template-placeholders.dates', { dates: quoteText(dates.text) }),
            }
          : {
              span: comment.span,
              message: t('template-placeholders.dates-comment'),
            };
    }

    // Addresses are not prose: `XX` in a URL is no placeholder.
    const addresses: Span[] = [...model.urls.map((u) => u.span), ...model.links.map((l) => l.targetSpan)].sort((a, b) => a.start - b.start);
    const inAddress = (at: number): boolean => inSpans(addresses, at);

    const re = new RegExp(CANDIDATE.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const at = m.index;
      const end = at + m[0].length;
      if (pending !== undefined && pending.span.start <= at) {
        add(pending);
        pending = undefined;
      }
      if (excluded.has(at) || inAddress(at)) {
        if (m[1] !== undefined) re.lastIndex = at + 1;
        continue;
      }
      if (m[1] === undefined) {
        const word = m[0].replace(/\s+/g, ' ');
        const what = t(/^name/i.test(word) ? 'template-placeholders.write-name' : /^TB/.test(word) ? 'template-placeholders.write-meant' : 'template-placeholders.write-real');
        add({ span: { start: at, end }, message: t('template-placeholders.left-in', { placeholder: word, what }), data: { placeholder: word } });
        continue;
      }
      // Bracketed text: a placeholder, or Markdown (a link, a footnote, a task box) to look inside.
      const escaped = at > 0 && text[at - 1] === '\\' && (at < 2 || text[at - 2] !== '\\');
      const inner = escaped && m[1].endsWith('\\') ? m[1].slice(0, -1) : m[1];
      const after = text[end];
      const markdown =
        (!escaped && (after === '(' || after === '[' || after === ':')) ||
        (!escaped && at > 0 && text[at - 1] === ']') ||
        inner.startsWith('^') ||
        /^[ xX]$/.test(inner) ||
        /\n[ \t]*(?:\r?\n|$)/.test(inner);
      if (markdown || !(ELLIPSIS.test(inner) || INSTRUCTION.test(inner))) {
        re.lastIndex = at + 1;
        continue;
      }
      const span = { start: escaped ? at - 1 : at, end };
      const shown = `[${quoteText(inner)}]`;
      const what = t(
        ELLIPSIS.test(inner)
          ? 'template-placeholders.write-missing'
          : NAMES_ENTITY.test(inner) && /^\s*(?:name|your|organi|entity|company|institution)/i.test(inner)
            ? 'template-placeholders.write-name'
            : 'template-placeholders.replace',
      );
      add({ span, message: t('template-placeholders.left-in', { placeholder: shown, what }), data: { placeholder: shown } });
    }
    if (pending !== undefined) add(pending);

    findings.reportTo(context, (last, hidden) => ({
      ...last,
      message: hidden === 1 ? t('template-placeholders.more.1', { message: last.message }) : t('template-placeholders.more.n', { message: last.message, count: hidden }),
      data: { ...last.data, more: hidden },
    }));
  },
};
