import { checkText } from './check';
import { LineIndex } from './text/line-index';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Diagnostic, Fix, TextEdit } from './types';
import { at } from './text/at';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function toOffsets(index: LineIndex, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  // Two insertions at one point would have an order problem; treat them as overlapping too.
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && (a.start === a.end || b.start === b.end);
}

const byPosition = (a: OffsetEdit, b: OffsetEdit): number => a.start - b.start || a.end - b.end;

/**
 * The text with `edits` (sorted by position, none overlapping another) spliced in, in one pass:
 * rebuilding the whole text once per edit is quadratic when a fix has thousands of edits.
 * Insertions at one point go in the order given, as LSP clients apply them.
 */
function splice(text: string, edits: readonly OffsetEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Applies non-overlapping edits (ranges are in the coordinates of `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return splice(text, toOffsets(new LineIndex(text), edits).sort(byPosition));
}

/** Index of the first of `sorted` that comes after `e` (by start, then end). */
function upperBound(sorted: readonly OffsetEdit[], e: OffsetEdit): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(at(sorted, mid), e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Applies every diagnostic's fix that does not overlap one already taken; a fix's edits go
 * together or not at all. Returns the new text and how many fixes were applied.
 *
 * The taken edits are kept sorted; edits of different fixes never overlap, so an edit can only
 * overlap its two neighbours there (a binary search, not a scan of everything taken: a draft
 * with 10,000 fixes took seconds). A fix whose own edits overlap cannot be applied and is
 * skipped; one fix given to many diagnostics is applied once.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const index = new LineIndex(text);
  const taken: OffsetEdit[] = [];
  const seen = new Set<Fix>();
  let applied = 0;
  for (const d of diagnostics) {
    if (d.fix === undefined || seen.has(d.fix)) continue;
    seen.add(d.fix);
    const edits = toOffsets(index, d.fix.edits).sort(byPosition);
    const selfOverlapping = edits.some((e, i) => {
      const before = edits[i - 1];
      return before !== undefined && e.start < before.end;
    });
    if (selfOverlapping) continue;
    const conflict = edits.some((e) => {
      const i = upperBound(taken, e);
      const before = taken[i - 1];
      const after = taken[i];
      return (before !== undefined && overlaps(e, before)) || (after !== undefined && overlaps(e, after));
    });
    if (conflict) continue;
    for (const e of edits) taken.splice(upperBound(taken, e), 0, e);
    applied++;
  }
  if (applied === 0) return { text, applied };
  return { text: splice(text, taken), applied };
}

export interface FixAllResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** What remains after the last pass. */
  diagnostics: Diagnostic[];
}

/**
 * Fixes what can be fixed mechanically, re-checking between passes (one fix can make room for
 * another, as markdownlint does) until nothing changes or `maxPasses` is reached. `checked`:
 * the diagnostics of `text` under `settings`, when the caller has them already (the first check
 * is then not done again).
 */
export function fixAll(text: string, settings: Settings = DEFAULT_SETTINGS, maxPasses = 10, checked?: readonly Diagnostic[]): FixAllResult {
  let current = text;
  let applied = 0;
  let diagnostics = checked !== undefined ? [...checked] : checkText(current, settings).diagnostics;
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(current, diagnostics);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    diagnostics = checkText(current, settings).diagnostics;
  }
  return { text: current, applied, diagnostics };
}
