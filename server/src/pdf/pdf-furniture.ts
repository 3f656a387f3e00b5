import type { Line } from './pdf-lines';

/**
 * Page furniture: page numbers (`3`, `- 3 -`, `Page 3 of 4`, `iii`) and running headers and
 * footers (a line in the top or bottom margin that comes back, page after page, with only its
 * numbers changed). They are left out of the draft; what stays is the pages' text.
 */
const PAGE_NUMBER = /^\s*(?:(?:page|p\.)\s*)?[-\u2013\u2014]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-\u2013\u2014]?\s*(?:(?:of|\/)\s*\d{1,4})?\s*$/i;
/** How far into the page, as a share of its height, its top and bottom margins reach. */
const MARGIN = 0.14;
/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 3;

export interface PageLines {
  number: number;
  height: number;
  lines: Line[];
}

export function dropFurniture(pages: readonly PageLines[]): { pages: PageLines[]; dropped: number } {
  const key = (l: Line): string => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edges = (p: PageLines): Line[] => {
    const top = p.lines.slice(0, EDGE_LINES).filter((l) => l.y > p.height * (1 - MARGIN));
    const bottom = p.lines.slice(-EDGE_LINES).filter((l) => l.y < p.height * MARGIN);
    return [...top, ...bottom];
  };
  // A running line: the same text (numbers aside) near the same height on two pages or more.
  const seen = new Map<string, { pages: Set<number>; y: number[] }>();
  for (const p of pages) {
    for (const l of edges(p)) {
      const k = key(l);
      if (k.length === 0) continue;
      const entry = seen.get(k) ?? { pages: new Set(), y: [] };
      entry.pages.add(p.number);
      entry.y.push(l.y);
      seen.set(k, entry);
    }
  }
  const running = (l: Line): boolean => {
    const e = seen.get(key(l));
    return e !== undefined && e.pages.size >= 2 && Math.max(...e.y) - Math.min(...e.y) < 24;
  };
  let dropped = 0;
  const out = pages.map((p) => {
    const furniture = new Set(edges(p).filter((l) => PAGE_NUMBER.test(l.text) || running(l)));
    dropped += furniture.size;
    return { ...p, lines: p.lines.filter((l) => !furniture.has(l)) };
  });
  return { pages: out, dropped };
}
