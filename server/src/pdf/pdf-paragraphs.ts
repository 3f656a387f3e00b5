import { at } from '../engine';
import type { Line, Segment } from './pdf-lines';

/**
 * The body's lines joined into the document's blocks. A line starts a new block when the one
 * before ended short of the column (its next word would have fitted), after a gap wider than the
 * line spacing, at a change of size or of weight, at a first-line indent or an outdent, and at a
 * bullet or a list number; headings are the blocks set larger than the running text. Words
 * broken at a line's end with a hyphen are joined again where the document spells them whole.
 */
export type BlockKind = 'paragraph' | 'heading' | 'bullet' | 'number';

export interface Block {
  kind: BlockKind;
  /** 1-3, for headings. */
  level: number;
  /** A numbered item's number. */
  number: number;
  segments: Segment[];
  lines: Line[];
}

const BULLET = /^\s*([\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u25A0\u25A1\u2023\u2043\u00B7\u2013\uF0B7\uF0A7\uF076\uF0D8-])(\s+|$)/;
const NUMBERED = /^\s*(\d{1,2})[.)](\s+)(?=\S)/;

export interface Layout {
  bodySize: number;
  /** The usual distance between the baselines of two lines of running text. */
  lineGap: number;
  /** The left and right edges of the text column on each page. */
  leftEdge: Map<number, number>;
  rightEdge: Map<number, number>;
  /** Words the document spells whole, in lower case, to tell a broken word from a hyphenated one. */
  words: Set<string>;
}

export function layoutOf(lines: readonly Line[]): Layout {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(Math.round(l.size * 2) / 2, (bySize.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const bodySize = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  const gaps: number[] = [];
  body.forEach((line, i) => {
    const above = body[i - 1];
    if (above === undefined) return;
    const g = above.y - line.y;
    if (line.page === above.page && g > 0) gaps.push(g);
  });
  gaps.sort((a, b) => a - b);
  // Most gaps are the line spacing; in a short document the cover's and headings' gaps may
  // outnumber them, so a gap of more than 1.3 times the size counts only if no smaller one is seen.
  const smallest = gaps[0];
  // The first quarter's gap: an index below gaps.length.
  const lineGap = smallest !== undefined ? Math.min(at(gaps, Math.floor(gaps.length / 4)), Math.max(smallest, bodySize * 1.3)) : bodySize * 1.2;
  const rightEdge = new Map<number, number>();
  const leftEdge = new Map<number, number>();
  for (const l of body) {
    rightEdge.set(l.page, Math.max(rightEdge.get(l.page) ?? 0, l.right));
    leftEdge.set(l.page, Math.min(leftEdge.get(l.page) ?? Infinity, l.x));
  }
  const words = new Set<string>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) words.add(w);
  return { bodySize, lineGap, leftEdge, rightEdge, words };
}

export function blocksOf(lines: readonly Line[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let block: Block | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const bullet = BULLET.exec(line.text);
    // `1) ...` all in bold is a heading's number, not a list's.
    const numbered = bullet === null && !line.bold ? NUMBERED.exec(line.text) : null;
    const breaks = prev === undefined || block === undefined || startsAnew(prev, line, block, layout);
    if (bullet !== null || (numbered !== null && (breaks || line.x > prev!.x + line.size))) {
      const marker = (bullet ?? numbered)![0];
      block = { kind: bullet !== null ? 'bullet' : 'number', level: 0, number: numbered !== null ? Number(numbered[1]) : 0, segments: dropPrefix(line.segments, marker.length), lines: [line] };
      blocks.push(block);
    } else if (breaks) {
      block = { kind: 'paragraph', level: 0, number: 0, segments: [...line.segments], lines: [line] };
      blocks.push(block);
    } else {
      join(block!, line, layout);
    }
    prev = line;
  }
  // Headings: set larger than the running text, and short.
  // Each block here starts with the line that opened it.
  const sizeOf = (b: Block): number => Math.round(at(b.lines, 0).size);
  const sizes = [...new Set(blocks.filter((b) => isHeading(b, layout)).map(sizeOf))].sort((a, b) => b - a);
  for (const b of blocks) if (isHeading(b, layout)) b.kind = 'heading';
  for (const b of blocks) if (b.kind === 'heading') b.level = Math.min(3, sizes.indexOf(sizeOf(b)) + 1);
  return blocks;
}

function isHeading(b: Block, layout: Layout): boolean {
  return b.kind === 'paragraph' && b.lines.length <= 3 && b.lines.every((l) => l.size > layout.bodySize * 1.08) && b.segments.reduce((n, s) => n + s.text.length, 0) <= 200;
}

function startsAnew(prev: Line, line: Line, block: Block, layout: Layout): boolean {
  if (Math.abs(prev.size - line.size) > 0.6 || prev.bold !== line.bold) return true;
  const scale = Math.max(prev.size, line.size) / layout.bodySize;
  if (prev.page === line.page && prev.y - line.y > Math.max(layout.lineGap * 1.3, layout.lineGap + 0.3 * line.size) * scale) return true;
  // A line above this one (on the same page) means they are not one paragraph's wrapped lines.
  if (prev.page === line.page && line.y >= prev.y - 0.5) return true;
  const right = layout.rightEdge.get(prev.page) ?? prev.right;
  const list = block.kind === 'bullet' || block.kind === 'number';
  const left = (layout.leftEdge.get(line.page) ?? 0) + 1;
  // Centred lines (a title over two lines) start where they start.
  const centred = prev.x > left && line.x > left && Math.abs(prev.x + prev.right - line.x - line.right) < 6;
  const short = prev.right + line.size * 0.3 + line.firstWord < right - 1;
  const indented = !centred && ((!list && line.x > prev.x + line.size * 0.8) || line.x < prev.x - line.size * 0.8);
  // A line broken by hand in the middle of a sentence (a title set over two lines) goes on.
  return (short || indented) && !continuesSentence(prev.text, line.text);
}

const LINKING = /^(?:and|or|of|the|to|on|in|for|at|a|an|with|from|into|its|their|as)$/i;

/** Whether `next` plainly goes on with the sentence `prev` leaves unfinished. */
function continuesSentence(prev: string, next: string): boolean {
  const last = /(\S+)\s*$/.exec(prev)?.[1] ?? '';
  const first = /^\s*(\S+)/.exec(next)?.[1] ?? '';
  if (/[.:;!?]["'\u201D\u2019)]?$/.test(last) || /^[\u2022\u25E6\u25AA\u25CF\u25A0\u00B7-]/.test(first)) return false;
  // `(CSTD)` under `... FOR DEVELOPMENT` is the line's acronym.
  return /^\p{Ll}/u.test(first) || LINKING.test(last) || (/^\p{Lu}+$/u.test(first) && LINKING.test(first)) || /^\(\p{Lu}{2,}\)[.,;:]?$/u.test(first);
}

function dropPrefix(segments: readonly Segment[], chars: number): Segment[] {
  const out: Segment[] = [];
  let left = chars;
  for (const s of segments) {
    if (left >= s.text.length) {
      left -= s.text.length;
      continue;
    }
    out.push(left > 0 ? { ...s, text: s.text.slice(left) } : s);
    left = 0;
  }
  return out;
}

const URL_END = /(?:https?:\/\/|www\.)\S*$/i;

/** Appends `line` to the block: with a space, or with none after a broken word or address. */
export function join(block: { segments: Segment[]; lines: Line[] }, line: Line, layout: Layout): void {
  const segs = block.segments;
  const lastIndex = segs.length - 1;
  const last = segs[lastIndex];
  const text = last?.text ?? '';
  const next = line.segments.find((s) => s.text.trim() !== '')?.text.trimStart() ?? '';
  const prev = block.lines[block.lines.length - 1];
  const full = prev !== undefined && prev.right >= (layout.rightEdge.get(prev.page) ?? prev.right) - prev.size * 2;
  let glue = ' ';
  // (A text that ends in a hyphen has a last segment.)
  if (last !== undefined && /\u00AD\s*$/.test(text)) {
    segs[lastIndex] = { ...last, text: text.replace(/\u00AD\s*$/, '') };
    glue = '';
  } else if (last !== undefined && /\p{L}-$/u.test(text) && /^\p{L}/u.test(next)) {
    const head = /([\p{L}\p{M}]+)-$/u.exec(text)?.[1] ?? '';
    const tail = /^[\p{L}\p{M}]+/u.exec(next)?.[0] ?? '';
    const whole = `${head}${tail}`.toLowerCase();
    // A word broken by hyphenation is spelt whole elsewhere; a hyphenated one keeps its hyphen.
    if (/^\p{Ll}/u.test(next) && layout.words.has(whole) && !layout.words.has(`${head}-${tail}`.toLowerCase())) segs[lastIndex] = { ...last, text: text.slice(0, -1) };
    glue = '';
  } else if (/\s$/.test(text) || text === '') {
    glue = '';
  } else if (full && /^\s*\S+\s*$/.test(prev?.text ?? text) && URL_END.test(text) && /^\S/.test(next) && !/^\p{Lu}\p{Ll}/u.test(next)) {
    // An address too long for a line of its own goes on on the next with no space.
    glue = '';
  }
  if (glue !== '') segs.push({ text: glue, bold: false, italic: false, mono: false, raised: false });
  segs.push(...line.segments);
  block.lines.push(line);
}
