import { INSTRUCTION_PHRASES } from '../template';
import { inSpans } from '../text/spans';
import { WHITE_SPACE_CODES } from '../text/white-space';
import type { Span } from '../types';
import type { Block } from './blocks';
import { at } from '../text/at';

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
    let fence = fences[f];
    while (fence !== undefined && fence.span.end < open) fence = fences[++f];
    if (fence !== undefined && fence.span.start <= open) {
      from = fence.span.end;
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
      const run = at(runs, k);
      next[k] = nextOfLength.get(run.len) ?? -1;
      nextOfLength.set(run.len, k);
    }
    let i = 0;
    while (i < runs.length) {
      // next has one entry per run, each -1 or the index of a later run.
      const j = at(next, i);
      if (j >= 0) {
        const close = at(runs, j);
        spans.push({ start: at(runs, i).at, end: close.at + close.len });
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

/**
 * Links that start in [from, to) (the whole text by default). A link lies within one block, as
 * in Markdown (a paragraph's inline content is its own): a match that runs on into the next
 * block is none, and the search goes on from its second character. So a new version's scan of
 * the blocks that changed finds every link they hold, and none of the others'.
 */
export function scanLinks(text: string, excluded: Exclusions, blockAt: (offset: number) => Block | undefined, from = 0, to = text.length): Link[] {
  const links: Link[] = [];
  if (text.indexOf('](', from) < 0) return links;
  LINK.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(text)) !== null && m.index < to) {
    const block = blockAt(m.index);
    if (block === undefined || m.index + m[0].length > block.span.end) {
      LINK.lastIndex = m.index + 1;
      continue;
    }
    if (excluded.has(m.index)) continue;
    const [whole, bang, label, space, raw] = m;
    if (bang === undefined || label === undefined || space === undefined || raw === undefined) continue; // the four groups always participate
    const target = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const close = bang.length + 1 + label.length; // where `](` stands in the match
    const targetStart = m.index + close + 2 + space.length;
    links.push({
      span: { start: m.index, end: m.index + whole.length },
      text: label,
      target,
      targetSpan: { start: targetStart, end: targetStart + raw.length },
      image: bang === '!',
    });
  }
  return links;
}

const WWW = /www\./gi;

/**
 * What ends a URL, by UTF-16 code unit: white space (as `\s` in a regex has it), `<>"'` and
 * backtick, `]` and `)` (so `(see https://x.org)` keeps its parenthesis). A table: the loop
 * over each URL's characters was a tenth of a 1 MB draft's parse when written as comparisons.
 */
const ENDS_URL = new Uint8Array(65536);
for (const c of [60, 62, 34, 39, 96, 93, 41, ...WHITE_SPACE_CODES]) ENDS_URL[c] = 1;

/** Punctuation a URL does not end with (it belongs to the sentence): `.,;:!?*_`. */
function isTrailingPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42 || c === 95;
}

/**
 * Where the URL whose address starts at `from` (after its scheme or `www.`) ends: its run of
 * URL characters, less the punctuation that ends it; -1 when nothing is left. A loop, not a
 * sticky regex, which costs more per URL than the whole search for them.
 */
function urlEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && ENDS_URL[text.charCodeAt(end)] === 0) end++;
  while (end > from && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  return end > from ? end : -1;
}

/** Letters, digits and `_`: what `\b` counts as a word character. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether `text` holds `lower` (ASCII lower case) at `at`, in any case. */
function hasAsciiAt(text: string, at: number, lower: string): boolean {
  if (at < 0) return false;
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

/**
 * Where URLs may start, in order: before each `://` that follows `http` or `https`, and at each
 * `www.`, on a word boundary. Found with indexOf and a literal search, which skip most of the
 * text, instead of one regex that tries the scheme at every character (scanUrls on the 1 MB
 * bench draft: 2.0 -> 1.3 ms).
 */
function urlStarts(text: string, from: number, to: number): number[] {
  const schemes: number[] = [];
  for (let p = text.indexOf('://', from); p >= 0 && p - 5 < to; p = text.indexOf('://', p + 3)) {
    const at = hasAsciiAt(text, p - 5, 'https') ? p - 5 : hasAsciiAt(text, p - 4, 'http') ? p - 4 : -1;
    if (at >= from && at < to && (at === 0 || !isWordChar(text.charCodeAt(at - 1)))) schemes.push(at);
  }
  const www: number[] = [];
  // Searched in the text cut to [from, to + 3) (a view, not a copy), so a new version's scan of
  // one paragraph does not run on to the next `www.` further down the draft.
  const region = from === 0 && to >= text.length ? text : text.slice(from, to + 3);
  WWW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WWW.exec(region)) !== null) {
    const at = from + m.index;
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) www.push(at);
    WWW.lastIndex = m.index + 1;
  }
  if (www.length === 0) return schemes;
  if (schemes.length === 0) return www;
  const all: number[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const s = schemes[i];
    const w = www[j];
    if (s !== undefined && (w === undefined || s < w)) {
      all.push(s);
      i++;
    } else if (w !== undefined) {
      all.push(w);
      j++;
    } else break;
  }
  return all;
}

/** URLs that start in [from, to) (the whole text by default). */
export function scanUrls(text: string, excluded: Exclusions, from = 0, to = text.length): Url[] {
  const urls: Url[] = [];
  let after = from;
  for (const at of urlStarts(text, from, to)) {
    // A start inside the URL before it (`https://www.`) is part of that URL.
    if (at < after) continue;
    const www = text.charCodeAt(at + 3) === 46;
    const end = urlEnd(text, at + (www ? 4 : text.charCodeAt(at + 4) === 58 ? 7 : 8));
    if (end < 0) continue;
    after = end;
    if (excluded.has(at)) continue;
    const url = text.slice(at, end);
    urls.push({ span: { start: at, end }, url: www ? `https://${url}` : url });
  }
  return urls;
}

const ACTION_CONTEXT = /action[\s-]+lines?/i;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The length of the action line code `C<1-2 digits>` at `at` (what `\bC(\d{1,2})\b` matches
 * there), 0 if there is none. Found from indexOf('C') rather than with that regex, which tries
 * every character of the draft (1 MB: 0.47 -> 0.05 ms for the search).
 */
function actionCodeLength(text: string, at: number): number {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return 0;
  if (!isDigit(text.charCodeAt(at + 1))) return 0;
  const length = isDigit(text.charCodeAt(at + 2)) ? 3 : 2;
  return isWordChar(text.charCodeAt(at + length)) ? 0 : length;
}

/**
 * WSIS action line codes. `C4` alone is too common a token to trust, so a code counts when it is
 * written like one (`C4:`, `C4 -`, `C4 –`) or its block speaks of action lines.
 */
export function scanActionLines(text: string, excluded: Exclusions, blockAt: (offset: number) => Block | undefined, from = 0, to = text.length): ActionLineRef[] {
  const refs: ActionLineRef[] = [];
  const contextCache = new Map<Block, boolean>();
  for (let at = text.indexOf('C', from); at >= 0 && at < to; at = text.indexOf('C', at + 1)) {
    const length = actionCodeLength(text, at);
    if (length === 0 || excluded.has(at)) continue;
    const before = at > 0 ? text[at - 1] : '';
    if (before === '-' || before === '/' || before === '.') continue;
    const after = text.slice(at + length, at + length + 2);
    let ok = /^\s?[:\u2013\u2014]|^ -/.test(after);
    if (!ok) {
      const block = blockAt(at);
      if (block !== undefined) {
        let has = contextCache.get(block);
        if (has === undefined) {
          has = ACTION_CONTEXT.test(text.slice(block.span.start, block.span.end));
          contextCache.set(block, has);
        }
        ok = has;
      }
    }
    if (ok) refs.push({ span: { start: at, end: at + length }, code: text.slice(at, at + length), number: Number(text.slice(at + 1, at + length)) });
  }
  return refs;
}

/** Where the template's instructions to authors ("Your input should be brief ...") stand. */
export interface InstructionPhrase {
  span: Span;
}

/**
 * The space between two words of a phrase: spaces, or one line end (a PDF copy wraps a phrase
 * like any other text: `(half a` / `page)`). Bounded, so that a phrase has a longest form and a
 * region's search needs to read only so far past its end.
 */
const WORD_GAP = '(?:[ \\t]{0,16}\\r?\\n[ \\t]{0,16}|[ \\t]{1,16})';

/**
 * Every instruction phrase in one case-insensitive search: one pass over the draft instead of
 * one per phrase (1 MB: 3.8 ms -> 1 ms). Searched in the text itself, not `text.toLowerCase()`,
 * which is not always as long as `text` ('İ' becomes two units), so its offsets would miss the
 * draft's; lowering a 1 MB draft also costs more than this search.
 */
const INSTRUCTIONS = new RegExp(
  INSTRUCTION_PHRASES.map((p) =>
    p
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(WORD_GAP),
  ).join('|'),
  'gi',
);
/**
 * How far past `to` a region's search reads: more than the longest phrase with every gap at its
 * widest, so a phrase that starts in the region and runs past its end is found whole.
 */
const PHRASE_REACH = Math.max(...INSTRUCTION_PHRASES.map((p) => p.length)) * 40;

/**
 * The instruction phrases that start in [from, to) (the whole text by default), overlapping
 * ones included. Read with the rest of the inline structure, so that a new version of a long
 * draft searches only what changed (template-instructions decides what to report).
 */
export function scanInstructionPhrases(text: string, from = 0, to = text.length): InstructionPhrase[] {
  const found: InstructionPhrase[] = [];
  // Searched in the text cut a little past [from, to) (a view, not a copy): the phrases are rare,
  // and a search from `from` would otherwise run on to the next one, often the end of the draft.
  // A phrase may run over a line end, so the cut is PHRASE_REACH past `to`; those that start at
  // `to` or later are left to the scan of what follows (a phrase that crosses `to` makes the
  // caller parse the whole text again).
  const region = from === 0 && to === text.length ? text : text.slice(from, Math.min(text.length, to + PHRASE_REACH));
  INSTRUCTIONS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INSTRUCTIONS.exec(region)) !== null) {
    const at = from + m.index;
    if (at >= to) break;
    found.push({ span: { start: at, end: at + m[0].length } });
    // The next search starts inside this match, so a phrase that overlaps it is still found.
    INSTRUCTIONS.lastIndex = m.index + 1;
  }
  return found;
}
