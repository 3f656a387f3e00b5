import type { Span } from '../types';
import { at } from './at';

/**
 * Prose as a reader sees it, for comparing a draft's wording with the template's:
 * Markdown emphasis, heading and quote markers, backslash escapes and HTML tags are dropped
 * (`23<sup>rd</sup>` reads `23rd`), every run of white space (line breaks included) becomes one
 * space, and curly quotes become straight ones. `offsets[i]` is the source offset of `text[i]`,
 * so a match in the normalized text maps back to an exact range in the draft.
 */
export interface NormalizedText {
  /** The whole document text the spans refer to. */
  source: string;
  text: string;
  offsets: number[];
  /** Source offset just past the last character taken. */
  end: number;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00A0': ' ',
};

const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/y;

/**
 * `limit`: stop once the normalized text is that long (a prefix, for a cheap first comparison;
 * `end` is then where it stopped). `skips`: spans of the source to leave out, in order.
 */
export function normalizeSpan(source: string, span: Span, limit = Infinity, skips?: readonly Span[]): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  let atLineStart = true;
  let i = span.start;
  const end = span.end;
  let skip = 0;
  while (i < end && text.length < limit) {
    // Spans to leave out (a PDF's page number and running header inside a wrapped element) read as a space.
    if (skips !== undefined && skip < skips.length && i >= at(skips, skip).start) {
      i = Math.max(i, at(skips, skip++).end);
      pendingSpace = text.length > 0;
      continue;
    }
    const ch = source.charAt(i);
    if (ch === '\n' || ch === '\r' || ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v') {
      if (ch === '\n' || ch === '\r') atLineStart = true;
      pendingSpace = text.length > 0;
      i++;
      continue;
    }
    if (atLineStart && (ch === '#' || ch === '>')) {
      i++;
      continue;
    }
    atLineStart = false;
    if (ch === '*' || ch === '_') {
      i++;
      continue;
    }
    if (ch === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(source.charAt(i + 1))) {
      i++;
      continue;
    }
    if (ch === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(source);
      if (m !== null && m.index + m[0].length <= end) {
        if (/^<br/i.test(m[0])) pendingSpace = text.length > 0;
        i += m[0].length;
        continue;
      }
    }
    if (pendingSpace) {
      text += ' ';
      offsets.push(i);
      pendingSpace = false;
    }
    text += QUOTES[ch] ?? ch;
    offsets.push(i);
    i++;
  }
  return { source, text, offsets, end: limit === Infinity ? end : i };
}

/** The source span of normalized characters [from, to). */
export function sourceSpan(n: NormalizedText, from: number, to: number): Span {
  if (n.offsets.length === 0) return { start: n.end, end: n.end };
  // Both indices are clamped into offsets, which is not empty here.
  const start = at(n.offsets, Math.min(Math.max(from, 0), n.offsets.length - 1));
  const end = to <= 0 ? start : at(n.offsets, Math.min(to, n.offsets.length) - 1) + 1;
  return { start, end: Math.max(start, end) };
}
