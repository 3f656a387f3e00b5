import type { LineIndex } from '../text/line-index';
import type { Span } from '../types';
import type { PastedRole } from './pasted';
import { at } from '../text/at';
import { isPageNumberLine } from './line-roles';

/**
 * The draft's block structure, from one pass over its lines. This is a deliberately small
 * CommonMark subset, written by hand because it is what every rule needs and it runs on each
 * keystroke: a full Markdown parser (markdown-it 11 MB/s, micromark 1 MB/s, measured on a
 * 1 MB draft) is too slow for the 50 MB/s target. It needs no recursion, so nesting depth
 * cannot overflow the stack. Indented code blocks are not recognised: drafts converted from
 * PDF or Word are often indented, and hiding their text (and footnotes) would do more harm.
 * Kind `artifact`: a page number, running header or form feed left by a PDF copy (model/pasted.ts).
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'fence' | 'html' | 'thematic' | 'artifact';

export interface Block {
  kind: BlockKind;
  /** First and last line (inclusive). */
  startLine: number;
  endLine: number;
  /** From the first line's start to the last line's end (line break excluded). */
  span: Span;
  /** Heading level 1-6 (ATX or setext), 0 for other blocks. */
  level: number;
  /** The heading's text without its markers; for other blocks, the same as `span`. */
  content: Span;
  /** A fence or comment never closed: it runs to the end of the draft, and hides whatever is added after it. */
  open?: boolean;
  /**
   * Split from the Markdown paragraph above it by the pasted-text pass (model/pasted.ts): the two
   * stand on consecutive lines, so Markdown joins them into one paragraph.
   */
  joined?: boolean;
  /** What the pasted-text pass read at this block's start, for blocks it made. */
  pasted?: PastedRole;
  /** In a block of the cover's heading lines that a paste ran together: how many such lines it holds (the cover counts each). */
  headerLines?: number;
  /** Page numbers and running headers inside an element wrapped over a PDF's page break: its text is read without them. */
  skips?: Span[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;

/**
 * A list item that may interrupt a paragraph (CommonMark): a bullet, or an ordered item numbered 1,
 * with text after it. `2019.` at the start of a hard-wrapped line goes on with its paragraph.
 */
const LIST_INTERRUPT = /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/;

/**
 * A list item, but not a PDF copy's page number written `- 5 -` on a line of its own: CommonMark
 * would read that as an item ("5 -") that the next lines continue; no draft writes such an item, so
 * it is read as a line of its paragraph, where the line roles take it for the page artifact it is.
 */
const isListItem = (line: string): boolean => LIST_ITEM.test(line) && !isPageNumberLine(line);

function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) ||
    ATX.test(line) ||
    THEMATIC.test(line) ||
    (LIST_INTERRUPT.test(line) && !isPageNumberLine(line)) ||
    QUOTE.test(line) ||
    line.trimStart().startsWith('<!--')
  );
}

const isSpaceOrTab = (ch: string): boolean => ch === ' ' || ch === '\t';

/** ASCII characters that may begin a line that ends a paragraph: setext underline, fence, heading, rule, list item, quote, comment. */
const INTERRUPTS = new Uint8Array(128);
for (const ch of '=-`~#*_+><0123456789') INTERRUPTS[ch.charCodeAt(0)] = 1;

/**
 * Whether a line is plainly more of the paragraph above: not blank, and its first character after
 * spaces and tabs is none that could start another block. Most lines of a draft are; they are
 * judged from that one character, without cutting the line out and testing six patterns on it.
 * A line that starts with other white space (which `trimStart` also skips) takes the full test.
 */
function plainContinuation(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === end) return false;
  const c = text.charCodeAt(k);
  if (c < 128) return INTERRUPTS[c] === 0 && c > 32;
  return !/\s/.test(text.charAt(k));
}

/**
 * Where an ATX heading's text ends: before trailing white space and a closing `#` sequence that
 * follows white space (or is all there is). A loop from the end, not a regex: `/[ \t]+$/` and the
 * like retry from every character of a long run of spaces inside the heading.
 */
function atxContentEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceOrTab(text.charAt(end - 1))) end--;
  let hashes = end;
  while (hashes > start && text.charCodeAt(hashes - 1) === 35 /* # */) hashes--;
  if (hashes < end && (hashes === start || isSpaceOrTab(text.charAt(hashes - 1)))) {
    end = hashes;
    while (end > start && isSpaceOrTab(text.charAt(end - 1))) end--;
  }
  return end;
}

export function scanBlocks(index: LineIndex): Block[] {
  const blocks: Block[] = [];
  const { text, lineStarts, lineEnds, lineCount } = index;
  const push = (kind: BlockKind, startLine: number, endLine: number, level = 0, content?: Span): Block => {
    const span = { start: at(lineStarts, startLine), end: at(lineEnds, endLine) };
    const block: Block = { kind, startLine, endLine, span, level, content: content ?? span };
    blocks.push(block);
    return block;
  };

  let i = 0;
  while (i < lineCount) {
    const line = text.slice(at(lineStarts, i), at(lineEnds, i));
    if (BLANK.test(line)) {
      i++;
      continue;
    }

    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      const close = new RegExp(`^ {0,3}${marker.startsWith('`') ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      let j = i + 1;
      while (j < lineCount && !close.test(text.slice(at(lineStarts, j), at(lineEnds, j)))) j++;
      const last = Math.min(j, lineCount - 1);
      const block = push('fence', i, last);
      if (j >= lineCount) block.open = true;
      i = last + 1;
      continue;
    }

    if (line.trimStart().startsWith('<!--')) {
      const close = text.indexOf('-->', at(lineStarts, i) + line.indexOf('<!--') + 4);
      const last = close < 0 ? lineCount - 1 : index.lineAt(close);
      const block = push('html', i, last);
      if (close < 0) block.open = true;
      i = last + 1;
      continue;
    }

    const atx = ATX.exec(line);
    const hashes = atx?.[1];
    if (atx !== null && hashes !== undefined) {
      const contentStart = at(lineStarts, i) + atx[0].length;
      push('heading', i, i, hashes.length, { start: contentStart, end: atxContentEnd(text, contentStart, at(lineEnds, i)) });
      i++;
      continue;
    }

    if (THEMATIC.test(line)) {
      push('thematic', i, i);
      i++;
      continue;
    }

    if (QUOTE.test(line)) {
      let j = i + 1;
      while (j < lineCount && QUOTE.test(text.slice(at(lineStarts, j), at(lineEnds, j)))) j++;
      push('quote', i, j - 1);
      i = j;
      continue;
    }

    const kind: BlockKind = isListItem(line) ? 'list-item' : 'paragraph';
    let j = i + 1;
    let setext = 0;
    while (j < lineCount) {
      if (plainContinuation(text, at(lineStarts, j), at(lineEnds, j))) {
        j++;
        continue;
      }
      const next = text.slice(at(lineStarts, j), at(lineEnds, j));
      if (BLANK.test(next)) break;
      if (kind === 'paragraph' && SETEXT.test(next)) {
        setext = next.trimStart().startsWith('=') ? 1 : 2;
        break;
      }
      // In a list any item marker begins the next item; a paragraph is interrupted only as CommonMark says.
      if (startsBlock(next) || (kind === 'list-item' && isListItem(next))) break;
      j++;
    }
    if (setext > 0) {
      push('heading', i, j, setext, { start: at(lineStarts, i) + (line.length - line.trimStart().length), end: at(lineEnds, j - 1) });
      i = j + 1;
      continue;
    }
    push(kind, i, j - 1);
    i = j;
  }
  return blocks;
}
