import { parseSubmission, type SubmissionModel } from './model/submission';
import { relayoutEdits } from './relayout';
import type { SpanEdit } from './rules/rule';
import { eolOf } from './text/eol';

/**
 * Format Document for a draft: its layout made tidy Markdown, never a word changed. Pasted text
 * (a Word paste, a PDF copy) is laid out as pasted-layout's fix does it (relayout.ts): a blank line
 * between paragraphs, wrapped lines joined, page numbers and running headers dropped. The Part
 * headings become level-2 Markdown headings with their own words (`**Part I: Summary**` becomes
 * `## Part I: Summary`: the label is not rewritten, which part-heading-style's fix does), every
 * heading gets a blank line before and after, runs of blank lines become one, and the draft ends
 * with one line break. Formatting twice gives what formatting once does.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const MAX_PASSES = 3;

function apply(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.span.start < at) continue;
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/** Part headings written as a bold paragraph, a plain line or another heading level: `## ` and their words. */
function partHeadingEdits(model: SubmissionModel): SpanEdit[] {
  const edits: SpanEdit[] = [];
  for (const p of model.parts) {
    const h = p.heading;
    const raw = model.text.slice(h.span.start, h.span.end);
    if (h.canonical || /^## (?![*_])[^\n]*[^*_\s]$/.test(raw) || raw.includes('\n') || h.text.trim() === '') continue;
    edits.push({ span: h.span, newText: `## ${h.text.trim()}` });
  }
  return edits;
}

/** Blank lines around headings, one blank line at most between blocks, one line break at the end (fenced code untouched). */
function tidyLines(text: string, eol: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let fence: string | undefined;
  const blank = (l: string | undefined): boolean => l === undefined || l.trim() === '';
  for (const [i, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      out.push(line);
      if (marker?.startsWith(fence) === true) fence = undefined;
      continue;
    }
    if (marker !== undefined) fence = marker.charAt(0).repeat(3);
    if (blank(line)) {
      if (out.length > 0 && !blank(out.at(-1))) out.push('');
      continue;
    }
    const heading = fence === undefined && ATX.test(line);
    if (heading && out.length > 0 && !blank(out.at(-1))) out.push('');
    out.push(heading ? line.replace(/[ \t]+$/, '') : line);
    if (heading && !blank(lines[i + 1])) out.push('');
  }
  while (out.length > 0 && blank(out.at(-1))) out.pop();
  return out.length === 0 ? '' : out.join(eol) + eol;
}

/** The draft's text formatted (see above). */
export function formatText(text: string): string {
  const eol = eolOf(text);
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const model = parseSubmission(current);
    const edits = [...relayoutEdits(model)];
    const next = apply(current, edits.length > 0 ? edits : partHeadingEdits(model));
    if (next === current) break;
    current = next;
  }
  return tidyLines(current, eol);
}

/** Format Document as one edit: the changed middle of the text, or none when it is tidy already. */
export function formatEdits(model: SubmissionModel): SpanEdit[] {
  const { text } = model;
  const formatted = formatText(text);
  if (formatted === text) return [];
  let start = 0;
  while (start < text.length && start < formatted.length && text[start] === formatted[start]) start++;
  let end = 0;
  while (end < text.length - start && end < formatted.length - start && text[text.length - 1 - end] === formatted[formatted.length - 1 - end]) end++;
  // Not inside a surrogate pair or a CRLF.
  while (start > 0 && (/[\udc00-\udfff\n]/.test(text[start] ?? '') || text[start - 1] === '\r')) start--;
  return [{ span: { start, end: text.length - end }, newText: formatted.slice(start, formatted.length - end) }];
}
