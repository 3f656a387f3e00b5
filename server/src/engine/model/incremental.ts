import { commonPrefixLength, commonSuffixLength } from '../text/common';
import type { Span } from '../types';
import type { Block } from './blocks';
import type { Exclusions } from './inline';
import { at } from '../text/at';

/**
 * What a parse can take from the previous version's: the blocks both versions share at their
 * start (`headBlocks`) and at their end (`tailBlocks`), whose text is the same; the part of
 * the new text between them, [from, to), is scanned again. In the previous version that part
 * ended at `oldTo`; whatever follows it moved by `delta`.
 */
export interface Reuse {
  from: number;
  to: number;
  oldTo: number;
  delta: number;
  headBlocks: number;
  tailBlocks: number;
  oldBlockCount: number;
}

/** What the scans need of the previous version. */
export interface PreviousVersion {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly excluded: Exclusions;
}

/**
 * Characters around a shared block that must be unchanged too: the scans look a few characters
 * past a match (an action line's `C4:`, a unit before `²`, a word boundary).
 */
const MARGIN = 8;

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function sameSpan(a: Span, b: Span, delta: number): boolean {
  return a.start === b.start + delta && a.end === b.end + delta;
}

/** Whether new block `a` is old block `b` moved by `delta`. */
function sameBlock(a: Block, b: Block, delta: number): boolean {
  return a.kind === b.kind && a.level === b.level && a.open === b.open && a.endLine - a.startLine === b.endLine - b.startLine && sameSpan(a.span, b.span, delta) && sameSpan(a.content, b.content, delta);
}

/**
 * The part of the new text to scan again, or undefined when the previous version cannot help
 * (nothing shared, or the excluded spans (code, comments) changed outside the edit: a fence
 * opened above the tail hides it all).
 */
export function reusableRegion(previous: PreviousVersion, text: string, blocks: readonly Block[], excluded: Exclusions): Reuse | undefined {
  const oldText = previous.text;
  const oldBlocks = previous.blocks;
  const prefix = commonPrefixLength(oldText, text);
  const suffix = commonSuffixLength(oldText, text, Math.min(oldText.length, text.length) - prefix);
  const delta = text.length - oldText.length;

  let head = 0;
  while (head < blocks.length && head < oldBlocks.length && at(blocks, head).span.end + MARGIN <= prefix && sameBlock(at(blocks, head), at(oldBlocks, head), 0)) head++;
  const suffixStart = text.length - suffix;
  let tail = 0;
  while (tail < blocks.length - head && tail < oldBlocks.length - head) {
    // tail < length - head <= length in both lists, so both indices are in range.
    const a = at(blocks, blocks.length - 1 - tail);
    if (a.span.start - MARGIN < suffixStart || !sameBlock(a, at(oldBlocks, oldBlocks.length - 1 - tail), delta)) break;
    tail++;
  }
  if (head === 0 && tail === 0) return undefined;

  const from = head > 0 ? at(blocks, head - 1).span.end : 0;
  const to = tail > 0 ? at(blocks, blocks.length - tail).span.start : text.length;
  const oldTo = tail > 0 ? at(oldBlocks, oldBlocks.length - tail).span.start : oldText.length;
  if (!sameExclusions(previous.excluded.all, excluded.all, from, to, oldTo, delta)) return undefined;
  return { from, to, oldTo, delta, headBlocks: head, tailBlocks: tail, oldBlockCount: oldBlocks.length };
}

/** The excluded spans before `from` and after `to` are the same in both versions, and none crosses those bounds. */
function sameExclusions(old: readonly Span[], now: readonly Span[], from: number, to: number, oldTo: number, delta: number): boolean {
  const oldHead = old.filter((s) => s.start < from);
  const newHead = now.filter((s) => s.start < from);
  const oldTail = old.filter((s) => s.end > oldTo);
  const newTail = now.filter((s) => s.end > to);
  if (oldHead.length !== newHead.length || oldTail.length !== newTail.length) return false;
  // The lists in each pair have the same length (checked above).
  if (oldHead.some((s, i) => s.end > from || !sameSpan(at(newHead, i), s, 0))) return false;
  return !oldTail.some((s, i) => s.start < oldTo || !sameSpan(at(newTail, i), s, delta));
}

/**
 * A scan's results for the new version: the previous version's before the region, `fresh`
 * (the region scanned again), and the previous version's after it, moved by the edit. In
 * document order when the inputs are. Undefined when an item crosses the region's bounds: then
 * the whole text is scanned. No scan finds an item over two blocks today (links keep to one),
 * so this guards a scan added later.
 *
 * `shift` makes a new item for every one taken over, even one that did not move, with its
 * strings cut from the new text: a string cut from the previous version's text would keep that
 * whole text alive, and the next version's would keep it too, one more text per keystroke.
 */
export function shiftItems<T extends { span: Span }>(old: readonly T[], fresh: readonly T[], reuse: Reuse, shift: (item: T, delta: number) => T): T[] | undefined {
  const out: T[] = [];
  for (const item of old) {
    if (item.span.start >= reuse.from) continue;
    if (item.span.end > reuse.from) return undefined;
    out.push(shift(item, 0));
  }
  for (const item of fresh) {
    if (item.span.end > reuse.to) return undefined;
    out.push(item);
  }
  for (const item of old) {
    if (item.span.start < reuse.oldTo) continue;
    out.push(shift(item, reuse.delta));
  }
  return out;
}
