import type { Locale } from '../engine';
import { canonicalizeDraft } from './canonical-draft';
import { HtmlTooLargeError, parseHtml, type HtmlElement } from './html-tree';
import { htmlToMarkdown } from './html-to-markdown';
import { MAX_IMPORT_CHARS } from './import-docx';
import { inLocaleSync, thousands, WordMessageError, wordCount, type WordArgs, type WordMessageId } from './messages/catalogue';
import { normalizeOfficeHtml, type HtmlSource } from './office-html';
import { toXmlText } from './xml-text';

/**
 * Paste from Word: the HTML on the clipboard (Word's, LibreOffice's, a browser's) as Markdown
 * for a draft, through the same converter as Import from Word. Footnotes become `[^n]`
 * references numbered on from the draft's last footnote, with their `[^n]: text` definitions.
 *
 * The HTML is untrusted and never rendered: it is parsed into a tree (scripts, styles and
 * comments dropped), read for text, and turned into escaped Markdown, all in time linear in its
 * size, which is bounded.
 */

/** 5 MB of HTML: a pasted four-page submission from Word is about 100 KB. */
export const MAX_PASTE_HTML = 5 * 1024 * 1024;
/**
 * 100,000 elements: some twenty times a four-page submission from Word, and what bounds the
 * time (about a second of CPU at worst on a loaded machine).
 */
export const MAX_PASTE_ELEMENTS = 100_000;

export class PasteError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }
}

export interface PastedMarkdown {
  /** The blocks, separated by blank lines. */
  text: string;
  /** `[^n]: text`, one per footnote, numbered from `firstFootnote`. */
  definitions: string[];
  source: HtmlSource;
  /** What was left out. */
  notes: string[];
}

/** The notes, and the reason a paste is refused (PasteError), are written in `locale`. */
export function clipboardHtmlToMarkdown(html: string, firstFootnote = 1, locale: Locale = 'en'): PastedMarkdown {
  return inLocaleSync(locale, () => convertClipboard(html, firstFootnote, locale));
}

function convertClipboard(html: string, firstFootnote: number, locale: Locale): PastedMarkdown {
  if (html.length > MAX_PASTE_HTML) {
    throw new PasteError('paste.html-size', { size: thousands(Math.round(html.length / 1024)), max: MAX_PASTE_HTML / 1024 / 1024 });
  }
  let tree: HtmlElement;
  try {
    tree = parseHtml(html, { maxElements: MAX_PASTE_ELEMENTS });
  } catch (error) {
    if (error instanceof HtmlTooLargeError) throw new PasteError('paste.elements', { max: thousands(error.maxElements) });
    throw error;
  }
  const { root, source } = normalizeOfficeHtml(tree);
  const converted = htmlToMarkdown(root, { firstFootnote });
  const clean = (s: string): string => toXmlText(s).text;
  const text = clean(converted.blocks.join('\n\n'));
  const definitions = converted.footnotes.map((t, k) => clean(`[^${firstFootnote + k}]: ${t}`));
  if (text.length + definitions.reduce((n, d) => n + d.length + 1, 0) > MAX_IMPORT_CHARS) {
    throw new PasteError('paste.too-long', { max: thousands(MAX_IMPORT_CHARS / 1000) });
  }
  const notes: string[] = [];
  if (converted.images > 0) notes.push(wordCount(locale, 'import.images', converted.images));
  return { text, definitions, source, notes };
}

export interface DraftPaste {
  /** What replaces the pasted range. */
  insert: string;
  /** Footnote definitions to add at the draft's end (after its own definitions), if any. */
  append?: string;
  footnotes: number;
  source: HtmlSource;
  notes: string[];
}

/**
 * The paste of `html` over `[start, end)` of `draft`, whose highest footnote number is
 * `lastFootnote` (0 when it has none). Into an empty draft, the result is laid out like an
 * imported one (cover block and Parts in canonical form); at the draft's end the definitions
 * follow the pasted text; elsewhere they go to the draft's end. `undefined`: nothing to paste.
 */
export function pasteHtmlIntoDraft(html: string, draft: string, start: number, end: number, lastFootnote: number, locale: Locale = 'en'): DraftPaste | undefined {
  const pasted = clipboardHtmlToMarkdown(html, lastFootnote + 1, locale);
  if (pasted.text.trim() === '') return undefined;
  const base = { footnotes: pasted.definitions.length, source: pasted.source, notes: pasted.notes };
  const defs = pasted.definitions.join('\n');
  const before = draft.slice(0, start);
  const after = draft.slice(end);
  if (before.trim() === '' && after.trim() === '') {
    return { ...base, insert: canonicalizeDraft(`${pasted.text}${defs === '' ? '' : `\n\n${defs}`}\n`) };
  }
  const eol = draft.includes('\r\n') ? '\r\n' : '\n';
  let text = pasted.text;
  if (text.includes('\n\n')) {
    // Paragraphs pasted at a line's start or end stay paragraphs of their own; one paragraph
    // pasted inside a line is only text.
    if (/\S$/.test(before.slice(-1))) text = `${eol}${eol}${text}`;
    if (/^\S/.test(after) && (before === '' || before.endsWith('\n'))) text = `${text}${eol}${eol}`;
  }
  if (defs === '') return { ...base, insert: text };
  if (after.trim() === '') return { ...base, insert: `${text}\n\n${defs}` };
  const endsWithEol = /[\r\n]$/.test(draft);
  // Right after the draft's own definitions when it ends with them, else after a blank line.
  const trimmed = draft.trimEnd();
  const endsWithDefs = /^\s{0,3}\[\^[^\]\s]{1,100}\]:/.test(trimmed.slice(trimmed.lastIndexOf('\n') + 1));
  const prefix = (endsWithEol ? '' : eol) + (endsWithDefs ? '' : eol);
  return { ...base, insert: text, append: `${prefix}${defs.replace(/\n/g, eol)}${eol}` };
}
