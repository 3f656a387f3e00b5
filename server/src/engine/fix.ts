import { checkText } from './check';
import { LineIndex } from './text/line-index';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Diagnostic, TextEdit } from './types';

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

/** Applies non-overlapping edits (ranges are in the coordinates of `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = toOffsets(index, edits).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * Applies every diagnostic's fix that does not overlap one already taken; a fix's edits go
 * together or not at all. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const index = new LineIndex(text);
  const taken: OffsetEdit[] = [];
  let applied = 0;
  for (const d of diagnostics) {
    if (d.fix === undefined) continue;
    const edits = toOffsets(index, d.fix.edits);
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  if (applied === 0) return { text, applied };
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of taken) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied };
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
 * another, as markdownlint does) until nothing changes or `maxPasses` is reached.
 */
export function fixAll(text: string, settings: Settings = DEFAULT_SETTINGS, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let diagnostics = checkText(current, settings).diagnostics;
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(current, diagnostics);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    diagnostics = checkText(current, settings).diagnostics;
  }
  return { text: current, applied, diagnostics };
}
