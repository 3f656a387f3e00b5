import type { LineIndex } from '../text/line-index';
import type { Block } from './blocks';
import { isPageNumber } from './line-roles';
import { at } from '../text/at';

/**
 * Running headers: a short line next to a page number, the same each time it stands there (or
 * standing once more elsewhere, at the top of the first page). Read over the whole draft, since a
 * PDF's page breaks fall in any paragraph; its lines become artifacts like the page numbers.
 */
export function runningHeaders(index: LineIndex, blocks: readonly Block[]): Set<string> {
  const { text, lineStarts, lineEnds } = index;
  const seen = new Map<string, number>();
  const lineText = (k: number): string => text.slice(at(lineStarts, k), at(lineEnds, k)).trim();
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'list-item') || b.endLine === b.startLine) continue;
    for (let k = b.startLine; k <= b.endLine; k++) {
      if (at(lineEnds, k) - at(lineStarts, k) > 16 || !isPageNumber(text, at(lineStarts, k), at(lineEnds, k))) continue;
      for (const j of [k - 1, k + 1]) {
        if (j < b.startLine || j > b.endLine || at(lineEnds, j) - at(lineStarts, j) > 100) continue;
        const h = lineText(j);
        if (h.length === 0 || isPageNumber(text, at(lineStarts, j), at(lineEnds, j))) continue;
        seen.set(h, (seen.get(h) ?? 0) + 1);
      }
    }
  }
  const headers = new Set<string>();
  let lookups = 0;
  for (const [h, n] of seen) {
    // A header stands next to page numbers, and at most once elsewhere (the first page's top): a
    // line of text that happens to repeat stands elsewhere more often.
    if (lookups++ >= 50) break;
    const whole = wholeLineCount(index, h, n + 2);
    if (whole >= 2 && whole <= n + 1) headers.add(h);
  }
  return headers;
}

/** How many times `h` stands as a whole line in the draft, counted up to `cap` (and within a bounded search). */
function wholeLineCount(index: LineIndex, h: string, cap: number): number {
  const { text, lineStarts, lineEnds } = index;
  let found = 0;
  let tries = 0;
  let pos = text.indexOf(h);
  while (pos >= 0 && found < cap && tries++ < 10_000) {
    const k = index.lineAt(pos);
    if (text.slice(at(lineStarts, k), at(lineEnds, k)).trim() === h) found++;
    pos = text.indexOf(h, Math.max(pos + h.length, at(lineEnds, k)));
  }
  return found;
}
