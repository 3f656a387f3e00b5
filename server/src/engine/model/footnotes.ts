import type { LineIndex } from '../text/line-index';
import type { Span } from '../types';
import type { Block } from './blocks';
import type { Exclusions } from './inline';
import { at } from '../text/at';

/**
 * Footnotes in the three notations drafts use (HTML `<sup>8</sup>`, Unicode `⁸`, Markdown
 * `[^8]`), plus definitions that PDF conversion leaves as a bare number at a line's start.
 * References and definitions pair by label, whatever their notations.
 */
export type FootnoteNotation = 'html' | 'unicode' | 'markdown';
export type DefinitionNotation = FootnoteNotation | 'bare';

export interface FootnoteRef {
  label: string;
  /** The label as a number, when it is one. */
  number: number | undefined;
  notation: FootnoteNotation;
  /** The whole marker, e.g. `<sup>8</sup>`. */
  span: Span;
  /** Just the label, e.g. `8`: what renaming replaces. */
  labelSpan: Span;
}

export interface FootnoteDef {
  label: string;
  number: number | undefined;
  notation: DefinitionNotation;
  /** The marker, e.g. `<sup>8</sup>` or `[^8]:`. */
  span: Span;
  labelSpan: Span;
  /** The definition's text after the marker (to the next definition or the block's end). */
  textSpan: Span;
  text: string;
}

export interface Footnotes {
  refs: FootnoteRef[];
  defs: FootnoteDef[];
  /** Definitions by label (the first when a label is defined twice). */
  defByLabel: Map<string, FootnoteDef>;
  /** References by label, in document order. */
  refsByLabel: Map<string, FootnoteRef[]>;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const HTML_SUP = /<sup>[ \t]*(\d{1,4})[ \t]*<\/sup>/gi;
const UNICODE_SUP = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const MARKDOWN = /\[\^([^\]\s]{1,100})\](:?)/g;
/** A bare number and its text; not an ordinal written apart (`5 th session`). */
const BARE = /^[ \t]{0,3}(\d{1,3})[ \t]+(?=\S)(?!(?:st|nd|rd|th)\b)/;
/** Units written with ² or ³ (`km²`, `m³`, `km<sup>2</sup>`): exponents, not footnotes. */
const UNIT_BEFORE = /(?:^|[^A-Za-z])(?:[kcmdµμ]?m|ft|yd|mi|in|sq)$/;

function hasSuperscript(text: string, from: number, to: number): boolean {
  for (const ch of SUPERSCRIPT_DIGITS) {
    const at = text.indexOf(ch, from);
    if (at >= 0 && at < to) return true;
  }
  return false;
}

export function superscriptToDigits(s: string): string {
  let out = '';
  for (const ch of s) out += String(SUPERSCRIPT_DIGITS.indexOf(ch));
  return out;
}

export function digitsToSuperscript(s: string): string {
  let out = '';
  for (const ch of s) out += SUPERSCRIPT_DIGITS[Number(ch)] ?? ch;
  return out;
}

/** A definition from its marker (one object shape for every notation, which keeps V8 fast). */
function definition(item: { label: string; number: number | undefined; notation: DefinitionNotation; span: Span; labelSpan: Span }): FootnoteDef {
  return { label: item.label, number: item.number, notation: item.notation, span: item.span, labelSpan: item.labelSpan, textSpan: item.span, text: '' };
}

function numberOf(label: string): number | undefined {
  return /^\d+$/.test(label) ? Number(label) : undefined;
}

/** `²` or `³` (`<sup>2</sup>`) right after a unit: `km²` is an exponent, not footnote 2. */
function isUnitExponent(text: string, offset: number, label: string): boolean {
  return (label === '2' || label === '3') && UNIT_BEFORE.test(text.slice(Math.max(0, offset - 4), offset));
}

/** Only white space between the line's start and `offset`. */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

/** References and explicit definitions (not bare numbers), as found in the text. */
export interface FootnoteMarkers {
  refs: FootnoteRef[];
  defs: FootnoteDef[];
}

/**
 * The references and explicit definitions whose markers start in [from, to) (the whole text by
 * default), in no particular order. Only the marker itself and the characters just before and
 * after it decide what it is, so a part of the text can be scanned again on its own.
 *
 * `superscripts`, when given, are the offsets of every superscript digit in the prose blocks
 * of [from, to), in order (countWords notes them): Unicode markers are read from them instead
 * of searched for. Markers stand only in prose blocks, so the two ways find the same.
 */
export function scanFootnoteMarkers(
  text: string,
  excluded: Exclusions,
  blockAt: (offset: number) => Block | undefined,
  from = 0,
  to = text.length,
  superscripts?: readonly number[],
): FootnoteMarkers {
  const refs: FootnoteRef[] = [];
  const defs: FootnoteDef[] = [];
  const inProse = (offset: number): boolean => {
    if (excluded.has(offset)) return false;
    const kind = blockAt(offset)?.kind;
    return kind !== undefined && kind !== 'fence' && kind !== 'html';
  };

  // The regexes search `region` (the text cut to [from, to), a view, not a copy), so a new
  // version's scan of a paragraph does not run on to the next match further down the draft. No
  // marker crosses a line end, and `to` is a line's start: cutting there loses none.
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  if (region.includes('<')) {
    HTML_SUP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HTML_SUP.exec(region)) !== null) {
      const [whole, digits] = m;
      if (digits === undefined) continue; // the group always participates
      const at = from + m.index;
      if (!inProse(at)) continue;
      const span = { start: at, end: at + whole.length };
      const labelStart = at + whole.indexOf(digits, 5);
      const labelSpan = { start: labelStart, end: labelStart + digits.length };
      const label = String(Number(digits));
      const item = { label, number: Number(digits), notation: 'html' as const, span, labelSpan };
      if (atLineStart(text, at)) defs.push(definition(item));
      else if (!isUnitExponent(text, at, label)) refs.push(item);
    }
  }

  const unicode = (start: number, end: number): void => {
    if (!inProse(start)) return;
    const span = { start, end };
    const label = String(Number(superscriptToDigits(text.slice(start, end))));
    const item = { label, number: Number(label), notation: 'unicode' as const, span, labelSpan: span };
    if (atLineStart(text, start)) {
      const next = text.charCodeAt(end);
      if (next === 32 || next === 9) defs.push(definition(item));
    } else if (!isUnitExponent(text, start, label)) refs.push(item);
  };
  if (superscripts !== undefined) {
    // Runs of consecutive offsets are one marker each (`¹²` is 12), as the regex would match them.
    let i = 0;
    while (i < superscripts.length) {
      const start = at(superscripts, i);
      let end = start + 1;
      while (++i < superscripts.length && superscripts[i] === end) end++;
      if (start >= from && start < to) unicode(start, end);
    }
  } else {
    // Most drafts hold no superscript digit at all, and ten indexOf scans cost less than the regex.
    UNICODE_SUP.lastIndex = hasSuperscript(text, from, to) ? from : text.length;
    let u: RegExpExecArray | null;
    while ((u = UNICODE_SUP.exec(text)) !== null && u.index < to) unicode(u.index, u.index + u[0].length);
  }

  if (region.includes('[^')) {
    MARKDOWN.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = MARKDOWN.exec(region)) !== null) {
      const [whole, label, colon] = k;
      if (label === undefined || colon === undefined) continue; // both groups always participate
      const at = from + k.index;
      if (!inProse(at)) continue;
      const isDef = colon === ':' && atLineStart(text, at);
      const span = { start: at, end: at + (isDef ? whole.length : whole.length - colon.length) };
      const labelSpan = { start: at + 2, end: at + 2 + label.length };
      const item = { label, number: numberOf(label), notation: 'markdown' as const, span, labelSpan };
      if (isDef) defs.push(definition(item));
      else {
        refs.push(item);
        if (colon === ':') MARKDOWN.lastIndex = span.end - from;
      }
    }
  }
  return { refs, defs };
}

/** Every footnote of the draft, from its markers (scanFootnoteMarkers over the whole text by default). */
export function scanFootnotes(
  text: string,
  index: LineIndex,
  blocks: readonly Block[],
  excluded: Exclusions,
  blockAt: (offset: number) => Block | undefined,
  markers: FootnoteMarkers = scanFootnoteMarkers(text, excluded, blockAt),
): Footnotes {
  const refs = [...markers.refs];
  // Their text is set below, on the markers' own objects: markers are never shared between
  // versions (an incremental parse makes new ones of those it takes over).
  const defs = [...markers.defs];

  // Bare-number definitions: accepted only for a number that a reference uses and that no
  // explicit definition defines, so "2000 delegates ..." at a line's start is left alone.
  const explicit = new Set(defs.map((d) => d.label));
  const referenced = new Set(refs.filter((r) => r.notation !== 'markdown').map((r) => r.label));
  for (const block of referenced.size === 0 ? [] : blocks) {
    if (block.kind !== 'paragraph') continue;
    for (let line = block.startLine; line <= block.endLine; line++) {
      const start = at(index.lineStarts, line);
      // Only lines that start with a digit (after up to three spaces) can hold one: test the
      // characters before cutting the line out, since this runs on every line of the draft.
      let k = start;
      while (k < start + 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      const c = text.charCodeAt(k);
      if (c < 48 || c > 57) continue;
      const m = BARE.exec(text.slice(start, Math.min(at(index.lineEnds, line), start + 12)));
      const digits = m?.[1];
      if (m === null || digits === undefined) continue;
      const label = String(Number(digits));
      if (!referenced.has(label) || explicit.has(label)) continue;
      explicit.add(label);
      const labelStart = start + m[0].indexOf(digits);
      const labelSpan = { start: labelStart, end: labelStart + digits.length };
      defs.push({ label, number: Number(label), notation: 'bare', span: labelSpan, labelSpan, textSpan: labelSpan, text: '' });
    }
  }

  refs.sort((a, b) => a.span.start - b.span.start);
  defs.sort((a, b) => a.span.start - b.span.start);

  // A definition's text runs from its marker to the next definition or its block's end.
  for (const [i, def] of defs.entries()) {
    const block = blockAt(def.span.start);
    let end = block !== undefined ? block.span.end : at(index.lineEnds, index.lineAt(def.span.start));
    const next = defs[i + 1];
    if (next !== undefined && next.span.start < end) end = at(index.lineStarts, index.lineAt(next.span.start));
    let start = def.span.end;
    while (start < end && (text.charAt(start) === ' ' || text.charAt(start) === '\t')) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    def.textSpan = { start, end };
    def.text = text.slice(start, end);
  }

  const defByLabel = new Map<string, FootnoteDef>();
  for (const d of defs) if (!defByLabel.has(d.label)) defByLabel.set(d.label, d);
  const refsByLabel = new Map<string, FootnoteRef[]>();
  for (const r of refs) {
    const list = refsByLabel.get(r.label);
    if (list === undefined) refsByLabel.set(r.label, [r]);
    else list.push(r);
  }
  return { refs, defs, defByLabel, refsByLabel };
}
