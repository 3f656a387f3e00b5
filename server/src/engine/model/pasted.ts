import { normalizeSpan } from '../text/normalize';
import type { LineIndex } from '../text/line-index';
import type { Span } from '../types';
import { PART_DESCRIPTIONS } from '../template';
import type { Block } from './blocks';
import { beginsPlaceholder, endsClosed, isBlankish, lineHead, MAY_BEGIN_ROLE_AT, PLACEHOLDERS, roleOf, squash, startsLower, type LineRole } from './line-roles';
import { readPartLabel } from './parts';
import { runningHeaders } from './running-headers';
import { at } from '../text/at';

/**
 * Drafts pasted from Word (one line per paragraph, no blank lines) or copied out of a PDF (the
 * same, hard-wrapped) reach the editor as one Markdown paragraph that runs the cover lines, the
 * disclaimer and the Parts together. This pass reads such a paragraph line by line and splits it
 * where the template's elements begin and end, so that the model sees the same elements whatever
 * the layout; each piece after the first is `joined` (Markdown still reads it as part of the
 * paragraph above: pasted-layout reports that). A paragraph with no template element inside it
 * is left whole, however its lines are laid out. Page numbers, running headers and form feeds
 * left between a PDF's pages become blocks of kind `artifact`, which nothing reads.
 */
export type PastedRole = LineRole | 'text' | 'entity';

/** Roles whose start or end is a boundary of the template (pasted-layout reports a paragraph joined there). */
export const TEMPLATE_ROLES: ReadonlySet<PastedRole> = new Set<PastedRole>(['header', 'title', 'submitter', 'entity', 'input', 'disclaimer', 'part', 'subsection', 'placeholder']);

/**
 * Whether a block the pasted-text pass made for `(a)` or `(b)` is a heading and nothing more: short
 * (wrapped over two lines at most), with no sentence ending inside it or at its end. part-empty leaves its words
 * out of the Part's text, and pasted-layout's fix writes it as a heading.
 */
export function isPastedSubsectionHeading(text: string, b: Block): boolean {
  if (b.pasted !== 'subsection' || b.endLine - b.startLine > 1 || b.span.end - b.span.start > 120) return false;
  // A heading ends on a word: `(a) the.` is a sentence that begins with the label (`**(a)** the.` in
  // Markdown), which is the Part's text.
  const line = text.slice(b.span.start, b.span.end).trim();
  return !/[.!?;:]\s+\S/.test(line) && !/[.!?]\W*$/.test(line);
}

/** Words a heading cannot end with: a line that ends on one was wrapped. */
const DANGLING = /(?:^|\s)(?:of|and|the|to|in|for|on|with|by|at|a|an|or|from|its|their|all|as)$/i;

/** Whether a line holds a whole element by itself (the disclaimer, pasted from Word as one line, and so on): what follows is something else. */
function completeOnOneLine(role: LineRole, head: string, line: string): boolean {
  return closesAfterFirstLine({ start: 0, end: 0, role, closed: false, cause: 'none' }, head, line);
}

/** Elements a Markdown paragraph that begins with them is read as whole (unless its first line holds all of it). */
const WHOLE_PARAGRAPH: ReadonlySet<PastedRole> = new Set<PastedRole>(['input', 'disclaimer', 'title', 'placeholder']);

/** Lines a block needs before the column it was wrapped at can be told. */
const MIN_LINES_FOR_WIDTH = 12;

/**
 * Elements whose text is read whole, and so is joined across a page break. A footnote definition
 * too, where its next line goes on with it (`Available at: <https://...>`; `continues` decides): else
 * that line became body text of the last Part, and a PDF copy counted more words than its draft.
 */
const ABSORBS: ReadonlySet<PastedRole> = new Set<PastedRole>(['title', 'input', 'disclaimer', 'part', 'definition']);

/** Cover lines are looked for in the draft's first lines only. */
const COVER_LINES = 150;
/** How many lines an element may run over when hard-wrapped. */
const MAX_LINES: Partial<Record<PastedRole, number>> = { header: 5, title: 5, input: 16, disclaimer: 6, part: 8, entity: 2, placeholder: 12 };

interface Unit {
  start: number;
  end: number;
  /** Lines of the unit that begin a cover heading line (commission, session, venue and dates). */
  headerLines?: number;
  /** Artifact lines inside the unit (an element wrapped over a page break). */
  skips?: Span[];
  role: PastedRole;
  /** The unit was ended by its own content (an element read whole): the next line begins another. */
  closed: boolean;
  /** Why the unit begins where it does: a template boundary, an artifact, or a definition. */
  cause: 'template' | 'artifact' | 'definition' | 'none';
}

/** Normalized, lower-cased Part descriptions, to follow a Part heading hard-wrapped over its lines. */
const DESCRIPTIONS = PART_DESCRIPTIONS.map((d) => [squash(d), squash(d.replace(/\s*\([^)]*\)/, ''))]);

export function splitPasted(index: LineIndex, blocks: readonly Block[]): Block[] {
  const { text, lineStarts, lineEnds } = index;
  let out: Block[] | undefined;
  const context = { inCover: true, inPartThree: false };
  const headers = runningHeaders(index, blocks);
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = at(blocks, bi);
    context.inCover = context.inCover && b.startLine < COVER_LINES;
    const multi = (b.kind === 'paragraph' || b.kind === 'list-item') && b.endLine > b.startLine;
    if (!multi) {
      let kept = b;
      const start = b.kind === 'heading' ? b.content.start : b.span.start;
      const end = b.kind === 'heading' ? b.content.end : at(lineEnds, b.startLine);
      if ((b.kind === 'heading' || b.kind === 'paragraph') && (context.inCover || mayBeginRole(text, start, end))) {
        const head = lineHead(text, start, end);
        const role = roleOf(head, context);
        if (role === 'part') noteParts(head, context);
        if (role === 'artifact' && b.kind === 'paragraph') kept = { ...b, kind: 'artifact' };
      }
      if (out !== undefined) out.push(kept);
      else if (kept !== b) {
        out = blocks.slice(0, bi);
        out.push(kept);
      }
      continue;
    }
    const units = unitsOf(text, lineStarts, lineEnds, b, context, headers);
    if (units === undefined) {
      out?.push(b);
      continue;
    }
    if (out === undefined) out = blocks.slice(0, bi);
    units.forEach((u, k) => {
      const span = { start: at(lineStarts, u.start), end: at(lineEnds, u.end) };
      const kind = u.role === 'artifact' ? 'artifact' : k === 0 ? b.kind : 'paragraph';
      const block: Block = { kind, startLine: u.start, endLine: u.end, span, level: 0, content: span, pasted: u.role };
      if (u.skips !== undefined) block.skips = u.skips;
      if (u.headerLines !== undefined) block.headerLines = u.headerLines;
      if (k > 0) block.joined = true;
      out?.push(block);
    });
  }
  return out ?? (blocks as Block[]);
}

function noteParts(head: string, context: { inCover: boolean; inPartThree: boolean }): void {
  const label = readPartLabel(head);
  if (label === undefined) return;
  context.inCover = false;
  context.inPartThree = label.part === 3;
}

/**
 * Whether a line outside the cover may begin with a role, from its first character after spaces
 * and emphasis, without cutting it out: a digit or one of `[<(-`, a superscript, or the first
 * letter of `Part`, `Page`, `DISCLAIMER`, a Roman numeral, `Executive`, `Summary`, `Analytical`,
 * `A brief`, `Brief`, `Innovative`, `Future`, `(a)`/`(b)`. Most sentences begin otherwise.
 */
function mayBeginRole(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 42 || c === 95 || c === 62) k++;
    else break;
  }
  if (k >= end) return true;
  MAY_BEGIN_ROLE_AT.lastIndex = k;
  return MAY_BEGIN_ROLE_AT.test(text);
}

/** Estimated column a hard-wrapped block wraps at: the 80th percentile of its line lengths. */
function wrapWidth(lineStarts: readonly number[], lineEnds: readonly number[], b: Block): number {
  const lengths: number[] = [];
  for (let k = b.startLine; k <= b.endLine; k++) lengths.push(at(lineEnds, k) - at(lineStarts, k));
  lengths.sort((x, y) => x - y);
  // A block has at least one line, so lengths is not empty.
  return at(lengths, Math.min(lengths.length - 1, Math.floor(lengths.length * 0.8)));
}

/**
 * The block's lines cut into units at the template's boundaries, or undefined when it holds none
 * (nor a page's number or header): most multi-line paragraphs are prose, and stay as they are.
 */
function unitsOf(
  text: string,
  lineStarts: readonly number[],
  lineEnds: readonly number[],
  b: Block,
  context: { inCover: boolean; inPartThree: boolean },
  headers: ReadonlySet<string>,
): Unit[] | undefined {
  const count = b.endLine - b.startLine + 1;
  const roles: (LineRole | undefined)[] = new Array<LineRole | undefined>(count);
  // Heads are cut out only for lines that may begin something: most lines of a hard-wrapped
  // paragraph go on with an ordinary word, and are judged from their first characters.
  const heads: (string | undefined)[] = new Array<string | undefined>(count);
  const headAt = (i: number): string => (heads[i] ??= lineHead(text, at(lineStarts, b.startLine + i), at(lineEnds, b.startLine + i)));
  let any = false;
  for (let k = b.startLine; k <= b.endLine; k++) {
    const i = k - b.startLine;
    if (k >= COVER_LINES) context.inCover = false;
    if (!context.inCover && !mayBeginRole(text, at(lineStarts, k), at(lineEnds, k))) continue;
    const s = at(lineStarts, k);
    const e = at(lineEnds, k);
    const head = isBlankish(text, s, e) ? '' : headAt(i);
    heads[i] = head;
    const role = head.length === 0 ? 'artifact' : roleOf(head, context);
    roles[i] = role;
    if (role === 'part') noteParts(head, context);
    // A boundary inside the block: an element starting after its first line, or one (a Part heading, say) that its first line holds and that ends there.
    // (A paragraph that begins with the input paragraph, the disclaimer or the title and holds nothing else is all that element, as Markdown reads it.)
    if (role !== undefined && role !== 'definition' && (i > 0 || (count > 1 && role !== 'artifact' && (!WHOLE_PARAGRAPH.has(role) || completeOnOneLine(role, head, text.slice(s, e)))))) any = true;
  }
  if (headers.size > 0) {
    for (let i = 0; i < count; i++) {
      if (roles[i] === undefined && headers.has(text.slice(at(lineStarts, b.startLine + i), at(lineEnds, b.startLine + i)).trim())) {
        roles[i] = 'artifact';
        any ||= i > 0;
      }
    }
  }
  if (!any) return undefined;

  let width = -1;
  // Too few lines tell no column: NaN then, and each use says what it means without one.
  const widthOf = (): number => (width >= 0 || Number.isNaN(width) ? width : (width = count < MIN_LINES_FOR_WIDTH ? NaN : wrapWidth(lineStarts, lineEnds, b)));
  const units: Unit[] = [];
  const first = roles[0];
  let cur: Unit = { start: b.startLine, end: b.startLine, role: first ?? 'text', closed: first === 'artifact', cause: 'none' };
  cur.closed ||= closesAfterFirstLine(cur, headAt(0), text.slice(at(lineStarts, b.startLine), at(lineEnds, b.startLine)));
  let split = false;
  for (let k = b.startLine + 1; k <= b.endLine; k++) {
    const i = k - b.startLine;
    const head = headAt(i);
    const role = roles[i];
    // A page break inside an element wrapped over it (the input paragraph, a long title): the
    // element goes on after the page number and running header, which its text leaves out.
    if (role === 'artifact' && !cur.closed && ABSORBS.has(cur.role)) {
      let j = i;
      while (j < count && roles[j] === 'artifact') j++;
      if (j < count && roles[j] === undefined && continues(text, lineStarts, lineEnds, cur, b.startLine + j, headAt(j), undefined, widthOf)) {
        (cur.skips ??= []).push({ start: at(lineStarts, k), end: at(lineEnds, b.startLine + j - 1) });
        k = b.startLine + j;
        cur.end = k;
        cur.closed = closesAt(text, lineStarts, lineEnds, cur, k);
        continue;
      }
    }
    const prevClosed = endsClosed(text, at(lineStarts, k - 1), at(lineEnds, k - 1)) || (cur.role !== 'text' && cur.role !== 'subsection' && cur.role !== 'definition' && cur.end === k - 1 && cur.closed);
    // `(a) Projects` on a short line of its own is a heading: what follows is its text.
    if (cur.role === 'subsection' && cur.start === k - 1 && !startsLower(head) && at(lineEnds, k - 1) - at(lineStarts, k - 1) < (Number.isNaN(widthOf()) ? 100 : 0.7 * widthOf())) cur.closed = true;
    let startsNew = cur.closed;
    let cause: Unit['cause'] = cur.closed ? (cur.role === 'artifact' ? 'artifact' : TEMPLATE_ROLES.has(cur.role) ? 'template' : 'none') : 'none';
    if (role !== undefined && startsUnit(role, head, cur, prevClosed)) {
      startsNew = true;
      cause = role === 'artifact' ? 'artifact' : role === 'definition' ? 'definition' : 'template';
    } else if (!cur.closed && continues(text, lineStarts, lineEnds, cur, k, head, role, widthOf)) {
      cur.end = k;
      cur.closed = closesAt(text, lineStarts, lineEnds, cur, k);
      continue;
    } else if (!cur.closed && cur.role !== 'text') {
      startsNew = true;
      cause = TEMPLATE_ROLES.has(cur.role) ? 'template' : cur.role === 'artifact' ? 'artifact' : 'none';
    }
    if (!startsNew) {
      cur.end = k;
      continue;
    }
    units.push(cur);
    // The end of an element is a boundary of the template too, whatever begins after it.
    if (TEMPLATE_ROLES.has(cur.role) && cause !== 'artifact') cause = 'template';
    if (cause === 'template' || cause === 'artifact') split = true;
    const nextRole: PastedRole = cur.role === 'submitter' && cur.closed && role === undefined && !hasEntity(headAt(cur.start - b.startLine)) ? 'entity' : (role ?? 'text');
    cur = { start: k, end: k, role: nextRole, closed: nextRole === 'artifact', cause };
    cur.closed ||= closesAfterFirstLine(cur, head, text.slice(at(lineStarts, k), at(lineEnds, k)));
  }
  units.push(cur);
  // Definitions split from each other alone are Markdown's own layout: leave the block whole.
  if (!split) return undefined;
  for (const u of units) if (u.role === 'header') u.headerLines = roles.slice(u.start - b.startLine, u.end - b.startLine + 1).filter((r) => r === 'header').length;
  return units;
}

function hasEntity(head: string): boolean {
  return /^(?:statement\s+submitted\s+by|submission\s+by|submitted\s+by)\b\s*:?\s*\S/i.test(head);
}

/** Whether a line with role `role` begins a unit of its own after the unit `cur`. */
function startsUnit(role: LineRole, head: string, cur: Unit, prevClosed: boolean): boolean {
  switch (role) {
    case 'artifact':
    case 'title':
    case 'submitter':
    case 'input':
    case 'disclaimer':
      return true;
    case 'header':
      // Not inside an element wrapped over its lines (the input paragraph names the Commission too).
      // (In capitals it is the commission line itself.)
      if (!cur.closed && !prevClosed && (cur.role === 'input' || cur.role === 'disclaimer' || cur.role === 'part') && head !== head.toUpperCase()) return false;
      return cur.role !== 'header' || cur.end - cur.start + 1 >= (MAX_LINES.header ?? 5);
    case 'part': {
      const label = readPartLabel(head);
      if (label === undefined) return false;
      // `Executive Summary` on a short line after a complete one; numbered (`II. Analytical overview`), after any line.
      if (label.titledOnly) return (prevClosed || /^(?:[IVX]{1,4}|[1-3])[.)]\s/.test(head)) && head.length <= 100 && label.title.length <= 60;
      // `Part Two: A brief ...` (a capital after the label) is a heading wherever it stands; `Part Two: the ...` only after a complete line.
      // After a line that ends mid-sentence, only a capital `Part` (`... raised in` / `part 2.` goes on with its sentence).
      if (prevClosed) return true;
      return /^(?:[IVX]{1,4}[.)]\s*)?P/.test(head) && (label.title.length === 0 || head === head.toUpperCase() || /^\p{Lu}/u.test(label.title));
    }
    case 'subsection':
      return prevClosed;
    case 'placeholder':
      // After `(a) Projects` on a line of its own too: the template's description of (a) follows its heading.
      return prevClosed || (cur.role === 'subsection' && cur.start === cur.end);
    case 'definition':
      // An explicit marker at a line's start is a definition wherever it stands (the footnote scan reads it so); a bare number only after a complete line.
      return prevClosed || cur.role === 'definition' || !/^\d/.test(head);
  }
}

/** Elements read whole from their first line: the submitter, the entity, a Part heading that is complete. */
function closesAfterFirstLine(u: Unit, head: string, line: string): boolean {
  if (u.role === 'submitter' || u.role === 'entity') return true;
  // A heading line that ends mid-sentence (`... by all stakeholders,`) may go on over the next.
  if (u.role === 'part') return (readPartLabel(head)?.title.length ?? 0) === 0 || (!partGoesOn(head) && endsClosed(line, 0, line.length));
  if (u.role === 'placeholder') return isWholePlaceholder(line);
  if (u.role === 'title') return /(?:WSIS|Information Society)\W*$/i.test(line);
  // The disclaimer is 190 characters and the input paragraph 560: a first line that long and ending a sentence holds it all.
  if (u.role === 'input' || u.role === 'disclaimer') return /[.]\W*$/.test(line) && line.length > (u.role === 'input' ? 400 : 150);
  return false;
}

/** Whether a Part heading's text so far is the start of the template's description of the Part, not all of it. */
function partGoesOn(headingText: string): boolean {
  const label = readPartLabel(headingText);
  if (label === undefined) return false;
  const title = squash(label.title);
  if (title.length === 0) return false;
  return at(DESCRIPTIONS, label.part - 1).some((d) => d.startsWith(title) && title.length < d.length);
}

/** Whether line `k` (with no role that starts a unit) goes on with the unit `cur`. */
function continues(text: string, lineStarts: readonly number[], lineEnds: readonly number[], cur: Unit, k: number, head: string, role: LineRole | undefined, widthOf: () => number): boolean {
  const lines = cur.end - cur.start + 1;
  if (lines >= (MAX_LINES[cur.role] ?? Infinity)) return false;
  switch (cur.role) {
    case 'header':
      // The heading lines go on with a short line of their own (`Geneva`, `(virtual meeting)`) as with the next of them.
      return role === 'header' || startsLower(head) || head.startsWith('(') || /^(?:for\s+)?develop/i.test(head) || (role === undefined && at(lineEnds, k) - at(lineStarts, k) <= 40);
    case 'part': {
      const sofar = normalizeSpan(text, { start: at(lineStarts, cur.start), end: at(lineEnds, k) }).text;
      if (readPartLabel(sofar) === undefined || squash(head).length === 0) return false;
      const before = normalizeSpan(text, { start: at(lineStarts, cur.start), end: at(lineEnds, cur.end) }).text;
      // The line must add words to the heading (`<br>` adds none).
      if (partGoesOn(before)) return squash(sofar).length > squash(before).length && partContinues(sofar);
      // A heading of the draft's own words goes on only from a line as long as the column (it was wrapped), mid-sentence, into a lower-case word.
      const length = at(lineEnds, cur.end) - at(lineStarts, cur.end);
      const open = !endsClosed(text, at(lineStarts, cur.end), at(lineEnds, cur.end)) && startsLower(head);
      // In a paragraph too short to tell the column: when the line ends on a word no heading ends with (`... overview of`).
      if (Number.isNaN(widthOf())) return open && DANGLING.test(text.slice(at(lineStarts, cur.end), at(lineEnds, cur.end)).trimEnd());
      return length >= 0.8 * widthOf() && open;
    }
    case 'placeholder':
      return beginsPlaceholder(squash(text.slice(at(lineStarts, cur.start), at(lineEnds, k))));
    case 'input':
    case 'disclaimer':
      // Wrapped: the line before ran to the column. Pasted from Word, the paragraph is one line, and what follows is something else.
      // A label on a line of its own (`DISCLAIMER:`) goes on with its text.
      if (cur.end === cur.start && /^disclaimer\s*:?\s*$/i.test(lineHead(text, at(lineStarts, cur.start), at(lineEnds, cur.start)))) return true;
      // A paragraph of a few lines that begins with the element is all of it, as a Markdown paragraph is.
      return Number.isNaN(widthOf()) || at(lineEnds, cur.end) - at(lineStarts, cur.end) >= 0.6 * widthOf();
    case 'definition': {
      // A definition goes on over its wrapped lines: after a line that ends mid-sentence, into a
      // web address, or into a lower-case word after a line that ended neither a sentence nor an
      // address. A new sentence after a complete line is the text going on (a PDF's page-bottom
      // notes stand between two parts of a paragraph): the column's width cannot tell, since the
      // text after the notes runs to the column too.
      const prev = text.slice(at(lineStarts, k - 1), at(lineEnds, k - 1)).trimEnd();
      const prevEndsAddress = /(?:>|https?:\/\/\S*|www\.\S*)$/i.test(prev);
      // A source's address goes on the note too (`See: http://...`, `Available at: ...`).
      const address = /^(?:see|available|retrieved|accessed|online)\b/i.test(head) || /^.{0,30}(?:https?:\/\/|www\.)/i.test(head);
      // Wrapped at the column with a short last line that ends the note (`WSIS.`): the note's tail, not a new paragraph.
      const w = widthOf();
      const tail = !Number.isNaN(w) && prev.length >= 0.85 * w && at(lineEnds, k) - at(lineStarts, k) < 0.5 * w && endsClosed(text, at(lineStarts, k), at(lineEnds, k));
      return /^(?:<?https?:\/\/|www\.)/i.test(head) || (address && !prevEndsAddress) || (startsLower(head) && !prevEndsAddress && !/[.!?]$/.test(prev)) || tail || !endsClosed(text, at(lineStarts, k - 1), at(lineEnds, k - 1));
    }
    default:
      return true;
  }
}

/** Whether the Part heading read up to a line is still (a start of) the template's description. */
function partContinues(sofar: string): boolean {
  const label = readPartLabel(sofar);
  if (label === undefined) return false;
  const title = squash(label.title);
  return at(DESCRIPTIONS, label.part - 1).some((d) => d.startsWith(title));
}

/** Whether the unit, now ending at line `k`, is complete: the next line begins another. */
function closesAt(text: string, lineStarts: readonly number[], lineEnds: readonly number[], cur: Unit, k: number): boolean {
  const line = text.slice(at(lineStarts, k), at(lineEnds, k));
  switch (cur.role) {
    case 'title':
      return /(?:WSIS|Information Society)\W*$/i.test(line);
    case 'input':
    case 'disclaimer':
      return /[.]\W*$/.test(line);
    case 'part':
      return !partGoesOn(normalizeSpan(text, { start: at(lineStarts, cur.start), end: at(lineEnds, k) }).text) && endsClosed(text, at(lineStarts, k), at(lineEnds, k));
    case 'entity':
      return true;
    case 'placeholder':
      return isWholePlaceholder(text.slice(at(lineStarts, cur.start), at(lineEnds, k)));
    default:
      return false;
  }
}

function isWholePlaceholder(s: string): boolean {
  const q = squash(s);
  return PLACEHOLDERS.some((p) => q.length >= p.length && q.startsWith(p));
}
