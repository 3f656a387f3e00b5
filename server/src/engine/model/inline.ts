import { inSpans } from '../text/spans';
import type { Span } from '../types';
import type { Block } from './blocks';

/**
 * Inline structure read once over the whole text: HTML comments, code spans, links, URLs and
 * WSIS action line codes. Matches inside fenced code, code spans and comments are dropped, so
 * no rule ever reports on text that is not prose.
 */

export interface Comment {
  span: Span;
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
}

export interface Link {
  span: Span;
  text: string;
  target: string;
  targetSpan: Span;
  image: boolean;
}

export interface Url {
  span: Span;
  url: string;
}

export interface ActionLineRef {
  span: Span;
  code: string;
  number: number;
}

/** Sorted, non-overlapping spans that hold no prose (fences, comments, code spans). */
export class Exclusions {
  private readonly spans: Span[];
  constructor(spans: Span[]) {
    this.spans = spans.sort((a, b) => a.start - b.start);
  }
  /** Whether `offset` falls inside an excluded span. */
  has(offset: number): boolean {
    return inSpans(this.spans, offset);
  }
  get all(): readonly Span[] {
    return this.spans;
  }
}

export function scanComments(text: string, blocks: readonly Block[]): Comment[] {
  const comments: Comment[] = [];
  const fences = blocks.filter((b) => b.kind === 'fence');
  let f = 0;
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    while (f < fences.length && fences[f].span.end < open) f++;
    if (f < fences.length && fences[f].span.start <= open) {
      from = fences[f].span.end;
      continue;
    }
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    comments.push({ span: { start: open, end }, body: text.slice(open + 4, close < 0 ? text.length : close).trim() });
    from = end;
  }
  return comments;
}

/**
 * Code spans: a backtick run closed by the next run of the same length in the same block.
 * Each run's next run of the same length is found in one pass from the end, so runs that are
 * never closed do not each rescan the rest of the block.
 */
function scanCodeSpans(text: string, blocks: readonly Block[]): Span[] {
  const spans: Span[] = [];
  if (text.indexOf('`') < 0) return spans;
  for (const block of blocks) {
    if (block.kind === 'fence' || block.kind === 'html') continue;
    const { start, end } = block.span;
    if (text.indexOf('`', start) >= end || text.indexOf('`', start) < 0) continue;
    const runs: { at: number; len: number }[] = [];
    const re = /`+/g;
    re.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < end) runs.push({ at: m.index, len: m[0].length });
    const next = new Int32Array(runs.length);
    const nextOfLength = new Map<number, number>();
    for (let k = runs.length - 1; k >= 0; k--) {
      next[k] = nextOfLength.get(runs[k].len) ?? -1;
      nextOfLength.set(runs[k].len, k);
    }
    let i = 0;
    while (i < runs.length) {
      const j = next[i];
      if (j >= 0) {
        spans.push({ start: runs[i].at, end: runs[j].at + runs[j].len });
        i = j + 1;
      } else {
        i++;
      }
    }
  }
  return spans;
}

export function buildExclusions(text: string, blocks: readonly Block[], comments: readonly Comment[]): Exclusions {
  const spans: Span[] = [];
  for (const b of blocks) if (b.kind === 'fence') spans.push(b.span);
  for (const c of comments) spans.push(c.span);
  // Not `push(...spans)`: spreading 250,000 code spans overflows the stack.
  for (const s of scanCodeSpans(text, blocks)) spans.push(s);
  // Merge overlaps (a comment inside a code span, say) so the binary search stays valid.
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return new Exclusions(merged);
}

// Link text may hold escaped brackets; it stops at any other bracket, so a failed attempt
// never scans past the next `[` (no quadratic behaviour on `[[[[`). An escaped `\[` starts no
// link (CommonMark), which also keeps `[\[\[\[...` linear: attempts start at unescaped brackets
// only. The white space after `(` is taken atomically (`(?=(\s*))\3`): plain `\s*` would be
// retried with every shorter length before failing, which is quadratic on `[a](` and many
// spaces. A title then follows that white space directly when the target is empty.
const LINK =
  /(!?)\[(?<!(?<!\\)(?:\\\\)*\\\[)((?:\\.|[^[\]\\])*)\]\((?=(\s*))\3(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*')|(?<=\(\s+)(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;

export function scanLinks(text: string, excluded: Exclusions): Link[] {
  const links: Link[] = [];
  if (text.indexOf('](') < 0) return links;
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(text)) !== null) {
    if (excluded.has(m.index)) continue;
    const raw = m[4];
    const target = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const close = m[1].length + 1 + m[2].length; // where `](` stands in the match
    const targetStart = m.index + close + 2 + m[3].length;
    links.push({
      span: { start: m.index, end: m.index + m[0].length },
      text: m[2],
      target,
      targetSpan: { start: targetStart, end: targetStart + raw.length },
      image: m[1] === '!',
    });
  }
  return links;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`\])]*[^\s<>"'`\]).,;:!?*_]/gi;

export function scanUrls(text: string, excluded: Exclusions): Url[] {
  const urls: Url[] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) {
    if (excluded.has(m.index)) continue;
    let url = m[0];
    // Keep balanced parentheses that belong to the URL (Wikipedia-style), drop the rest.
    const opens = (url.match(/\(/g) ?? []).length;
    const closes = (url.match(/\)/g) ?? []).length;
    if (closes > opens) url = url.replace(/\)+$/, '');
    urls.push({ span: { start: m.index, end: m.index + url.length }, url: url.startsWith('www.') ? `https://${url}` : url });
  }
  return urls;
}

const ACTION_LINE = /\bC(\d{1,2})\b/g;
const ACTION_CONTEXT = /action[\s-]+lines?/i;

/**
 * WSIS action line codes. `C4` alone is too common a token to trust, so a code counts when it is
 * written like one (`C4:`, `C4 -`, `C4 –`) or its block speaks of action lines.
 */
export function scanActionLines(text: string, excluded: Exclusions, blockAt: (offset: number) => Block | undefined): ActionLineRef[] {
  const refs: ActionLineRef[] = [];
  const contextCache = new Map<Block, boolean>();
  ACTION_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACTION_LINE.exec(text)) !== null) {
    if (excluded.has(m.index)) continue;
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (before === '-' || before === '/' || before === '.') continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    let ok = /^\s?[:\u2013\u2014]|^ -/.test(after);
    if (!ok) {
      const block = blockAt(m.index);
      if (block !== undefined) {
        let has = contextCache.get(block);
        if (has === undefined) {
          has = ACTION_CONTEXT.test(text.slice(block.span.start, block.span.end));
          contextCache.set(block, has);
        }
        ok = has;
      }
    }
    if (ok) refs.push({ span: { start: m.index, end: m.index + m[0].length }, code: m[0], number: Number(m[1]) });
  }
  return refs;
}
