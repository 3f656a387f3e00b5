import { PLACEHOLDER_PARAGRAPHS } from '../template';
import { ORDINAL_SOURCE } from '../text/ordinals';
import { MONTHS } from './cover';
import { readPartLabel } from './parts';

/**
 * What a line of pasted text begins, read from its first characters alone: the template's
 * elements (cover lines, the input paragraph, the disclaimer, Part headings, (a) and (b)),
 * footnote definitions, and what a PDF copy leaves between pages (page numbers, form feeds).
 * Used where the Markdown blocks run several of these together (a draft pasted from Word or
 * copied out of a PDF has no blank lines between them).
 */
export type LineRole =
  /** Commission line, session, venue and dates, Working Group: the cover's heading lines, which may share a paragraph. */
  | 'header'
  | 'title'
  | 'submitter'
  | 'input'
  | 'disclaimer'
  | 'part'
  | 'subsection'
  /** A paragraph of the template's own description of a Part or of (a) and (b), never replaced. */
  | 'placeholder'
  | 'definition'
  | 'artifact';

const MONTH_SOURCE = `(?:${MONTHS.join('|')})`;
const HEADER = new RegExp(
  '^(?:' +
    [
      '(?:united\\s+nations\\s+)?comm?iss?ion\\s+on\\s+scien',
      `(?:${ORDINAL_SOURCE})\\s+session\\b`,
      // `29<sup>th</sup> session`, and misspelt ordinals (`Twenty-nineth session`), as the cover reads them.
      '\\d{1,2}(?:<sup>)?(?:st|nd|rd|th)(?:</sup>)?\\s+session\\b',
      '[A-Za-z]+(?:[\\s-][A-Za-z]+)?(?:th|st|nd|rd)\\s+session\\b',
      'working\\s+group\\s+on\\s+enhanced\\s+cooperation',
      // A venue and dates: `Geneva, 23 to 27 March 2020`, `Geneva, 10-12 June 2020`.
      `[A-Z][A-Za-z.' -]{1,30},\\s*\\d{1,2}(?:\\s*${MONTH_SOURCE})?\\s*(?:-|\\u2013|\\u2014|to|and)?\\s*(?:\\d{1,2}\\s+)?${MONTH_SOURCE}\\b`,
    ].join('|') +
    ')',
  'i',
);
const TITLE = /^submissions?\s+from\s+entities\b/i;
const SUBMITTER = /^(?:statement\s+submitted\s+by|submission\s+by|submitted\s+by)\b/i;
const INPUT = /^this\s+submission\s+was\s+prepared\s+as\s+an\s+input\b/i;
/** `DISCLAIMER`, or `Disclaimer` with a capital: a hard-wrapped sentence may put the word `disclaimer` at a line's start. */
const DISCLAIMER = /^(?:DISCLAIMER|Disclaimer)\b/;
const SUBSECTION = /^\(?[ab]\)\s*\S/i;
/** `<SUP>` as well as `<sup>`: HTML tags are case-insensitive, and the footnote scanner reads both. */
const DEFINITION = /^(?:\[\^[^\]\s]{1,100}\]:|<sup>[ \t]*\d{1,4}[ \t]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t]|\d{1,3}[ \t]+(?!(?:st|nd|rd|th)\b)\S)/i;
/** A page number on a line of its own: `3`, `- 3 -`, `Page 3`, `Page 3 of 4`, `3 | Page`. */
const PAGE_NUMBER = /^(?:\d{1,3}|[-\u2013]\s*\d{1,3}\s*[-\u2013]|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s*\|\s*page)$/i;

/** The template's descriptions that a draft may leave in as paragraphs, squashed (letters and digits only, lower case). */
export const PLACEHOLDERS = PLACEHOLDER_PARAGRAPHS.map(squash);
const PLACEHOLDER_START = /^(?:an?|innovative|future)\s/i;

/** Letters and digits only, lower case: for following a template text over wrapped lines. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Whether `squashed` is the start of (or all of) one of the template's placeholder paragraphs. */
export function beginsPlaceholder(squashed: string): boolean {
  return squashed.length >= 12 && PLACEHOLDERS.some((p) => p.startsWith(squashed.slice(0, p.length)));
}

/** The line's head as a reader sees its first characters: white space, form feeds, bold and quote marks skipped. */
export function lineHead(text: string, start: number, end: number, length = 120): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // space, tab, form feed, vertical tab, `*`, `_`, `>`
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 42 || c === 95 || c === 62) i++;
    else break;
  }
  let head = text.slice(i, Math.min(end, i + length));
  if (head.includes('**') || head.includes('__')) head = head.replace(/\*\*|__/g, '');
  return head;
}

/** Whether a line is a page number of its own (`3`, `- 3 -`, `Page 3 of 4`). */
export function isPageNumber(text: string, start: number, end: number): boolean {
  return isPageNumberLine(text.slice(start, end));
}

/** isPageNumber, for a line already cut out. */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line.replace(/[\f\v]/g, '').trim());
}

/** Whether a line holds nothing but white space and form feeds (a PDF's page break). */
export function isBlankish(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11) return false;
  }
  return true;
}

/** What a line outside the cover must begin with to have a role at all (a superset of the patterns below). */
const MAY_BEGIN_ROLE = /^(?:[0-9[<(\u2070-\u2079\u00b9\u00b2\u00b3\-\u2013]|[abAB]\)|dis|DIS|Dis|par|Par|PAR|[IVXivx]{1,4}\s*[.)]|exe|Exe|EXE|sum|Sum|SUM|an?\s|An?\s|AN?\s|ana|Ana|ANA|bri|Bri|BRI|inn|Inn|INN|fut|Fut|FUT|pag|Pag|PAG)/;

/** The same, sticky: tried at a line's first character in the text itself, nothing cut out. */
export const MAY_BEGIN_ROLE_AT = new RegExp(`(?:${MAY_BEGIN_ROLE.source.slice(4, -1)})`, 'y');

export interface RoleContext {
  /** Cover lines are read only before the first Part heading, near the top of the draft. */
  inCover: boolean;
  /** (a) and (b) are read only in Part Three. */
  inPartThree: boolean;
}

/**
 * The role a line's beginning gives it, or undefined for a line of ordinary text. `head` is from
 * lineHead; a Part heading's own judgement of its whole line is left to the caller (readPartLabel).
 */
export function roleOf(head: string, context: RoleContext): LineRole | undefined {
  if (head.length === 0) return 'artifact';
  // Outside the cover, most lines begin an ordinary sentence: one sticky test of the first
  // characters rules them out before the role patterns are tried.
  if (!context.inCover && !MAY_BEGIN_ROLE.test(head)) return undefined;
  const c = head.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (PAGE_NUMBER.test(head.trim())) return 'artifact';
    if (DEFINITION.test(head)) return 'definition';
  }
  if (c === 91 || c === 60 || (c >= 0x2070 && c <= 0x2079) || c === 0xb9 || c === 0xb2 || c === 0xb3) return DEFINITION.test(head) ? 'definition' : undefined;
  if (c === 40 || ((c === 97 || c === 98 || c === 65 || c === 66) && head.charCodeAt(1) === 41)) {
    return context.inPartThree && SUBSECTION.test(head) ? 'subsection' : undefined;
  }
  if (c === 45 || c === 0x2013 || c === 80 || c === 112) {
    if (PAGE_NUMBER.test(head.trim())) return 'artifact';
  }
  if (DISCLAIMER.test(head)) return 'disclaimer';
  if (readPartLabel(head) !== undefined) return 'part';
  if (PLACEHOLDER_START.test(head) && beginsPlaceholder(squash(head.slice(0, 60)))) return 'placeholder';
  if (!context.inCover) return undefined;
  if (HEADER.test(head)) return 'header';
  if (TITLE.test(head)) return 'title';
  if (SUBMITTER.test(head)) return 'submitter';
  if (INPUT.test(head)) return 'input';
  return undefined;
}

/**
 * Whether a line ends where a sentence or a paragraph may end: after closing punctuation, a
 * footnote mark, a number or a web address, not after a word or a comma that the next line
 * continues.
 */
export function endsClosed(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && /[\s*_]/.test(text.charAt(i - 1))) i--;
  if (i === start) return true;
  const ch = text.charAt(i - 1);
  if (/[.!?:;)\]"'`\u201d\u2019\u00bb>\u2070-\u2079\u00b9\u00b2\u00b30-9]/.test(ch)) return true;
  // A web address at the end of a line (its last character may be a letter).
  // Back to the word's start, never past the line's (lastIndexOf would search the text before it).
  let w = i - 1;
  while (w > start && text[w - 1] !== ' ' && i - w < 300) w--;
  const word = text.slice(w, i);
  // An address in angle brackets that the line break cut (no `>` yet) goes on on the next line.
  return /^(?:<?https?:\/\/|www\.)/i.test(word) && !(word.startsWith('<') && !word.includes('>'));
}

/** Whether a line's first letter is lower case (a hard-wrapped sentence going on). */
export function startsLower(head: string): boolean {
  return /^[\p{Ll}]/u.test(head) || /^(?:<?https?:\/\/|www\.)/i.test(head);
}
