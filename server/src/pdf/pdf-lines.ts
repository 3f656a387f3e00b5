import { at } from '../engine';
import type { PdfItem, PdfPage } from './pdf-read';

/**
 * A page's text pieces gathered into lines. PDF.js gives the pieces in the order they are drawn,
 * which for the documents in question is reading order: a piece that goes on rightwards near the
 * same baseline belongs to the line, anything else starts the next one. Small raised pieces (a
 * footnote mark) ride on the line they stand above.
 */
export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  mono: boolean;
  /** A small raised piece: a footnote mark, or an ordinal's ending. */
  raised: boolean;
}

export interface Line {
  page: number;
  segments: Segment[];
  /** The line's text, raised pieces included. */
  text: string;
  x: number;
  right: number;
  /** Baseline of the line's main text. */
  y: number;
  /** Size of the line's main text (the size most of its characters have). */
  size: number;
  /** Whether all its (non-space) text is bold. */
  bold: boolean;
  /** Width of its first word, to tell whether that word would have fitted on the line before. */
  firstWord: number;
}

/** A piece smaller than this share of the line's size, standing above its baseline, is raised. */
const RAISED_SIZE = 0.85;
const RAISED_RISE = 0.12;

export function linesOf(page: PdfPage): Line[] {
  const groups: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let lastEnd = -Infinity;
  for (const item of page.items) {
    const last = current[current.length - 1];
    const size = current.length === 0 ? 0 : Math.max(item.size, ...current.map((i) => i.size));
    const base = current.length === 0 ? 0 : mainOf(current).y;
    const continues = last !== undefined && item.x >= lastEnd - Math.max(2, item.size * 0.5) && Math.abs(item.y - base) <= size * 0.8;
    if (!continues && current.length > 0) {
      groups.push(current);
      current = [];
    }
    current.push(item);
    lastEnd = Math.max(current.length === 1 ? -Infinity : lastEnd, item.x + item.width);
  }
  if (current.length > 0) groups.push(current);
  const lines = groups.map((g) => lineOf(page.number, g)).filter((l) => l.text.trim() !== '');
  // Top to bottom (a footnote area drawn before the text still comes last); stable otherwise.
  return lines.map((l, i) => ({ l, i })).sort((a, b) => (Math.abs(a.l.y - b.l.y) > 1 ? b.l.y - a.l.y : a.i - b.i)).map((e) => e.l);
}

/** The pieces that set a line's size and baseline: those of the size with the most characters. */
function mainOf(items: readonly PdfItem[]): { size: number; y: number } {
  const weight = new Map<number, number>();
  for (const i of items) {
    const key = Math.round(i.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + i.text.trim().length + 0.01 * i.size);
  }
  let size = 0;
  let best = -1;
  for (const [s, w] of weight) {
    if (w > best) {
      best = w;
      size = s;
    }
  }
  // Called with a line's items, never none (a group starts with the item that opens it).
  const main = items.find((i) => Math.round(i.size * 2) / 2 === size) ?? at(items, 0);
  return { size: main.size, y: main.y };
}

function lineOf(page: number, items: PdfItem[]): Line {
  const main = mainOf(items);
  const segments: Segment[] = [];
  let text = '';
  let prevEnd: number | undefined;
  for (const item of items) {
    const raised = item.size < main.size * RAISED_SIZE && item.y - main.y > main.size * RAISED_RISE && item.text.trim() !== '';
    // A gap wider than a fifth of the size between pieces is a space the PDF did not draw.
    if (prevEnd !== undefined && item.x - prevEnd > Math.min(item.size, main.size) * 0.2 && !/\s$/.test(text) && !/^[\s,.;:!?)\]]/.test(item.text) && !raised) {
      segments.push({ text: ' ', bold: false, italic: false, mono: false, raised: false });
      text += ' ';
    }
    segments.push({ text: item.text, bold: item.bold, italic: item.italic, mono: item.mono, raised });
    text += item.text;
    prevEnd = item.x + item.width;
  }
  const x = Math.min(...items.filter((i) => i.text.trim() !== '').map((i) => i.x));
  const right = Math.max(...items.filter((i) => i.text.trim() !== '').map((i) => i.x + i.width));
  const solid = segments.filter((s) => s.text.trim() !== '' && !s.raised);
  const first = items.find((i) => i.text.trim() !== '') ?? at(items, 0);
  const word = /^\s*\S+/.exec(first.text)?.[0] ?? first.text;
  const firstWord = first.text.length > 0 ? (first.width * word.length) / first.text.length : 0;
  return { page, segments, text, x, right, y: main.y, size: main.size, bold: solid.length > 0 && solid.every((s) => s.bold), firstWord };
}
