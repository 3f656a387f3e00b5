import type { Line, Segment } from './pdf-lines';
import type { PageLines } from './pdf-furniture';

/**
 * Footnotes in a PDF: the marks are small raised digits in the text; the definitions are the
 * smaller text at the foot of a page, each starting with its number (raised or not), its text
 * going on over lines and on to the next page; or, where a document has none there, a run of
 * numbered notes at its end (endnotes). Marks and definitions are matched by number, the same
 * page first, and numbered anew in the order of the references.
 */
export interface Definition {
  page: number;
  mark: string;
  /** The definition's lines, its number taken off the first. */
  lines: Segment[][];
}

export interface Reference {
  page: number;
  mark: string;
  segment: Segment;
  /** The text just before it, for the summary. */
  after: string;
}

/** A footnote area's text is at most this share of the body's size. */
const SMALLER = 0.92;
const MARK = /^(?:\d{1,3}|[*\u2020\u2021])$/;

/** The number a line starts with (raised, or plain and followed by a space), and the rest of the line. */
export function leadingMark(line: Line, plainOk: (mark: string) => boolean): { mark: string; rest: Segment[] } | undefined {
  const segs = line.segments;
  const first = segs.findIndex((s) => s.text.trim() !== '');
  const s = segs[first];
  if (s === undefined) return undefined;
  if (s.raised && MARK.test(s.text.trim())) return { mark: s.text.trim(), rest: trimStart(segs.slice(first + 1)) };
  const [numbered, mark] = /^\s*(\d{1,3})(?:[.)]\s*|\s+)(?=\S)/.exec(s.text) ?? [];
  if (numbered !== undefined && mark !== undefined && plainOk(mark)) return { mark, rest: [{ ...s, text: s.text.slice(numbered.length) }, ...segs.slice(first + 1)] };
  // `1` as a piece of its own, the text after it (with or without a space between).
  const next = segs.slice(first + 1).find((t) => t.text.trim() !== '');
  if (/^\s*\d{1,3}\s*$/.test(s.text) && next !== undefined && plainOk(s.text.trim())) return { mark: s.text.trim(), rest: trimStart(segs.slice(first + 1)) };
  return undefined;
}

function trimStart(segs: Segment[]): Segment[] {
  const out = [...segs];
  while (out[0]?.text.trim() === '') out.shift();
  const head = out[0];
  if (head !== undefined) out[0] = { ...head, text: head.text.trimStart() };
  return out;
}

/** The raised marks in the body's lines, in reading order. */
export function referencesIn(lines: readonly Line[]): Reference[] {
  const out: Reference[] = [];
  for (const line of lines) {
    let before = '';
    for (const s of line.segments) {
      if (s.raised && MARK.test(s.text.trim()) && /\S\s*$/.test(before)) out.push({ page: line.page, mark: s.text.trim(), segment: s, after: before.trim().split(/\s+/).pop() ?? '' });
      before += s.text;
    }
  }
  return out;
}

/**
 * Splits each page's lines into body and footnote definitions. `bodySize` is the size of the
 * running text.
 */
export function footnoteAreas(pages: readonly PageLines[], bodySize: number): { body: Line[]; definitions: Definition[] } {
  const body: Line[] = [];
  const definitions: Definition[] = [];
  let open: Definition | undefined;
  for (const page of pages) {
    const lines = page.lines;
    const smaller = (line: Line | undefined): boolean => line !== undefined && line.size <= bodySize * SMALLER;
    let start = lines.length;
    while (start > 0 && smaller(lines[start - 1])) start--;
    const marksHere = new Set(referencesIn(lines.slice(0, start)).map((r) => r.mark));
    const expected = (): string => String(Number(definitions[definitions.length - 1]?.mark ?? '0') + 1);
    const plainOk = (mark: string): boolean => mark === expected() || marksHere.has(mark);
    // Lines before the first definition belong to the body, unless a definition goes on from the page before.
    const found = lines.findIndex((line, k) => k >= start && leadingMark(line, plainOk) !== undefined);
    const first = found < 0 ? lines.length : found;
    const continuing = open !== undefined && start < lines.length && first > start;
    const zone = continuing ? start : first;
    body.push(...lines.slice(0, zone));
    if (!continuing) open = undefined;
    for (const line of lines.slice(zone)) {
      const lead = leadingMark(line, plainOk);
      if (lead !== undefined) {
        open = { page: page.number, mark: lead.mark, lines: [lead.rest] };
        definitions.push(open);
      } else if (open !== undefined) {
        open.lines.push(line.segments);
      }
    }
  }
  return { body, definitions };
}

/**
 * Endnotes: where no page has footnotes but the text has marks, the notes at the end (after a
 * `Notes` heading or not): the last run of lines starting 1, 2, 3 ... Returns the body without them.
 */
export function endnotes(body: readonly Line[]): { body: Line[]; definitions: Definition[] } {
  const none = { body: [...body], definitions: [] };
  if (referencesIn(body).length === 0) return none;
  // The last line that starts a note 1.
  let start = -1;
  for (const [k, line] of body.entries()) if (leadingMark(line, (m) => m === '1')?.mark === '1') start = k;
  if (start < 0) return none;
  const definitions: Definition[] = [];
  let last = 0;
  const plainOk = (mark: string): boolean => mark === String(last + 1);
  for (const line of body.slice(start)) {
    const lead = leadingMark(line, plainOk);
    if (lead !== undefined && lead.mark === String(last + 1)) {
      last++;
      definitions.push({ page: line.page, mark: lead.mark, lines: [lead.rest] });
    } else {
      // The first line (at start) opens note 1, so there is always a note to go on.
      definitions.at(-1)?.lines.push(line.segments);
    }
  }
  let cut = start;
  const heading = body[start - 1];
  if (heading !== undefined && /^\s*(?:end\s*)?notes?\s*:?\s*$/i.test(heading.text)) cut--;
  return { body: body.slice(0, cut), definitions };
}

export interface Matched {
  /** The new number of each reference that found its definition. */
  numbers: Map<Segment, number>;
  /** The definitions in their new order. */
  ordered: Definition[];
  unmatchedReferences: Reference[];
  unusedDefinitions: Definition[];
}

export function matchFootnotes(references: readonly Reference[], definitions: readonly Definition[]): Matched {
  const used = new Set<Definition>();
  const numbers = new Map<Segment, number>();
  const ordered: Definition[] = [];
  const unmatchedReferences: Reference[] = [];
  for (const ref of references) {
    const free = definitions.filter((d) => d.mark === ref.mark && !used.has(d));
    const def = free.find((d) => d.page === ref.page) ?? free.find((d) => d.page > ref.page) ?? free[0];
    if (def === undefined) {
      unmatchedReferences.push(ref);
      continue;
    }
    used.add(def);
    ordered.push(def);
    numbers.set(ref.segment, ordered.length);
  }
  return { numbers, ordered, unmatchedReferences, unusedDefinitions: definitions.filter((d) => !used.has(d)) };
}
