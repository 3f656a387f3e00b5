import { normalizeSpan, type NormalizedText } from '../text/normalize';
import type { Span } from '../types';
import type { Block } from './blocks';
import { at } from '../text/at';

/**
 * Part headings, however a draft writes them: a Markdown heading, a bold paragraph or a plain
 * line; `Part One`, `Part I`, `Part 1`, `PART ONE`, `I. Executive Summary`, `II. Part 3: ...`.
 */
export type PartNumber = 1 | 2 | 3;
export type HeadingStyle = 'heading' | 'bold' | 'plain';

export interface PartHeading {
  part: PartNumber;
  blockIndex: number;
  style: HeadingStyle;
  /** The heading line(s) in the source; a plain line that runs into its paragraph covers one line. */
  span: Span;
  /** The heading's text as read (markers and emphasis removed). */
  text: string;
  /** What follows the Part label, e.g. `An executive summary ...` (may be empty). */
  title: string;
  /** Already `## Part One: ...`. */
  canonical: boolean;
}

export interface Subsection {
  letter: 'a' | 'b';
  blockIndex: number;
  span: Span;
}

export interface Part {
  number: PartNumber;
  heading: PartHeading;
  /** From the heading's start to the next Part heading (or the end of the draft). */
  span: Span;
  /** After the heading line(s). */
  bodySpan: Span;
  /** Indices of the blocks after the heading, within the Part. */
  firstBlock: number;
  lastBlock: number;
  words: number;
  subsections: Subsection[];
}

const NUMBER_WORDS: Record<string, PartNumber> = { one: 1, two: 2, three: 3, '1': 1, '2': 2, '3': 3, i: 1, ii: 2, iii: 3 };

// `\s*` where a space belongs: a PDF copy may lose the spaces (`PartI:ExecutiveSummary`).
const PART_LABEL = /^(?:[IVX]{1,4}[.)]\s*)?part\s*(one|two|three|iii|ii|i|1|2|3)(?![\p{L}\p{N}])\s*(?:[:.\-\u2013\u2014]\s*|$)/iu;
const TITLED = /^(?:(?:[IVX]{1,4}|[1-3])[.)]\s*)?(executive\s*summary|summary(?=\s*[:.]?\s*$)|(?:a\s+)?(?:brief\s+)?analytical\s*overview|(?:a\s+)?brief\s*description)\b/i;
const SUBSECTION = /^\(?([ab])\)\s*/i;

function styleOf(text: string, block: Block): HeadingStyle | undefined {
  if (block.kind === 'heading') return 'heading';
  if (block.kind !== 'paragraph') return undefined;
  const raw = text.slice(block.span.start, block.span.end).trim();
  return /^(\*\*|__)[\s\S]*(\*\*|__)$/.test(raw) ? 'bold' : 'plain';
}

function partOf(n: NormalizedText, style: HeadingStyle, singleLine: boolean): { part: PartNumber; title: string } | undefined {
  const found = readPartLabel(n.text);
  if (found === undefined) return undefined;
  // "I. Executive Summary" and the like: only as a heading or a short line of its own.
  if (found.titledOnly && style === 'plain' && !singleLine) return undefined;
  return { part: found.part, title: found.title };
}

export interface PartLabel {
  part: PartNumber;
  /** What follows the label (`An executive summary ...`), or the whole text for a titled heading. */
  title: string;
  /** Read from a title alone (`I. Executive Summary`), with no `Part` label: a heading only on a short line of its own. */
  titledOnly: boolean;
}

/** The Part a heading's text names, from its label (`Part One:`, `PART I`) or its title (`I. Executive Summary`, `SUMMARY`). */
export function readPartLabel(text: string): PartLabel | undefined {
  const label = PART_LABEL.exec(text);
  if (label !== null) {
    // The group always participates, and holds one of NUMBER_WORDS' keys.
    const part = NUMBER_WORDS[(label[1] ?? '').toLowerCase()];
    if (part !== undefined) return { part, title: text.slice(label[0].length).trim(), titledOnly: false };
  }
  if (text.length > 160) return undefined;
  const titled = TITLED.exec(text);
  if (titled === null) return undefined;
  const key = titled[1]?.toLowerCase();
  if (key === undefined) return undefined;
  const part: PartNumber = key.includes('summary') ? 1 : key.includes('overview') ? 2 : 3;
  const numeral = /^((?:[IVX]{1,4}|[1-3])[.)]\s*)/.exec(text);
  return { part, title: numeral === null ? text : text.slice(numeral[0].length), titledOnly: true };
}

/** The Part headings among the blocks at `candidates` (indices into `blocks`, in order). */
export function findPartHeadings(text: string, blocks: readonly Block[], candidates: readonly number[], lineEndOf: (offset: number) => number): PartHeading[] {
  const headings: PartHeading[] = [];
  for (const i of candidates) {
    const block = at(blocks, i);
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const firstLineEnd = lineEndOf(block.span.start);
    const style = styleOf(text, block);
    if (style === undefined) continue;
    // A heading the pasted-text pass cut out of a paragraph is all heading, over however many lines it was wrapped.
    const pastedHeading = block.pasted === 'part';
    const singleLine = block.startLine === block.endLine || pastedHeading;
    // A plain paragraph is a heading only by its first line; a bold one by its whole text.
    const headSpan = style === 'plain' && !pastedHeading ? { start: block.span.start, end: firstLineEnd } : block.kind === 'heading' ? block.content : block.span;
    const n = normalizeSpan(text, headSpan, Infinity, block.skips);
    const found = partOf(n, style, singleLine);
    if (found === undefined) continue;
    const lineSpan = style === 'plain' ? headSpan : block.span;
    const canonical =
      block.kind === 'heading' &&
      block.level === 2 &&
      // `[\s\S]`, not `.`: a title may hold U+2028, which `.` does not match; the fix would then
      // rewrite a canonical heading as itself on every pass.
      /^Part (One|Two|Three)(: \S[\s\S]*)?$/.test(text.slice(block.content.start, block.content.end)) &&
      !/[*_]/.test(text.slice(block.content.start, block.content.end));
    headings.push({ part: found.part, blockIndex: i, style, span: lineSpan, text: n.text, title: found.title, canonical });
  }
  return headings;
}

export function findSubsections(text: string, blocks: readonly Block[], first: number, last: number, lineEndOf: (offset: number) => number): Subsection[] {
  const subs: Subsection[] = [];
  // first and last are indices of blocks (a Part's body).
  for (let i = first; i <= last; i++) {
    const block = at(blocks, i);
    if (block.kind !== 'heading' && block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    // Cheap test first: after markup, a subsection label starts with `(`, `a` or `b`.
    if (!/^[\s#*_>-]*[(abAB]/.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 16)))) continue;
    // `(a)` is three characters as a reader sees them: no more need normalizing to test it.
    const head = normalizeSpan(text, { start: block.span.start, end: Math.min(block.span.end, block.span.start + 40) }, 3);
    const m = SUBSECTION.exec(head.text);
    if (m === null) continue;
    const letter = m[1]?.toLowerCase();
    if (letter !== 'a' && letter !== 'b') continue;
    if (subs.some((s) => s.letter === letter)) continue;
    subs.push({ letter, blockIndex: i, span: block.kind === 'heading' ? block.span : { start: block.span.start, end: lineEndOf(block.span.start) } });
  }
  return subs;
}
