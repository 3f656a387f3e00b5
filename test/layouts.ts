// The layouts a draft arrives in when it is not typed as Markdown (issue: "Read drafts as they are
// pasted"). Each takes a Markdown draft and lays its words out as a paste would:
//
// - wordPaste: one line per paragraph (a Markdown block), no blank lines, heading and bold marks
//   dropped, as text copied from Word arrives in a plain-text editor.
// - pdfCopy: the same, hard-wrapped at a width between 60 and 100 columns, with, when asked, a
//   page number and a running header every so many lines, as text copied out of a PDF.
//
// Both keep every word of the draft in order (test/property/layout.test.ts checks that too), so the
// template findings on the three layouts must be the same.

/** A seeded generator (the bench's mulberry32), so a failing layout can be made again from its seed. */
export { mulberry32 as rng } from '../bench/generate';
import { at } from '../server/src/engine/text/at';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A list item at any depth: Word gives a nested item a paragraph of its own too. */
const LIST = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
/** A Markdown footnote definition or a footnote-like line (`<sup>3</sup> ...`, `³ ...`, `3 ...`) starts a paragraph of its own. */
const DEFINITION = /^ {0,3}(?:\[\^[^\]\s]+\]:|<sup>\s*\d+\s*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s)/i;

/** Heading and bold marks dropped; italics, links and footnote marks kept. */
function dropMarks(line: string): string {
  return line
    .replace(ATX, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/\*\*|__/g, '');
}

/**
 * The draft's paragraphs, each as the one line Word would give it. Fenced code and HTML comments
 * are kept line for line (a comment may be a `wsis-disable` directive); rules are dropped.
 */
export function paragraphsOf(markdown: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const joined = current.map((l) => l.trim()).filter((l) => l.length > 0).join(' ');
    if (joined.length > 0) out.push(joined);
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = at(lines, i);
    const fence = FENCE.exec(line);
    if (fence !== null) {
      flush();
      out.push(line);
      let j = i + 1;
      while (j < lines.length && !at(lines, j).trimStart().startsWith(at(fence, 1))) out.push(at(lines, j++));
      if (j < lines.length) out.push(at(lines, j));
      i = j;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      flush();
      let j = i;
      while (j < lines.length - 1 && !at(lines, j).includes('-->')) out.push(at(lines, j++));
      out.push(at(lines, j));
      i = j;
      continue;
    }
    if (/^\s*$/.test(line)) {
      flush();
      continue;
    }
    if (THEMATIC.test(line) && current.length === 0) continue;
    if (SETEXT.test(line) && current.length > 0) {
      flush();
      continue;
    }
    if (THEMATIC.test(line)) {
      flush();
      continue;
    }
    if (ATX.test(line) || LIST.test(line) || QUOTE.test(line) || DEFINITION.test(line)) flush();
    current.push(dropMarks(line));
    if (ATX.test(line)) flush();
  }
  flush();
  return out;
}

/** One line per paragraph, no blank lines, heading and bold marks dropped. */
export function wordPaste(markdown: string): string {
  return paragraphsOf(markdown).join('\n') + '\n';
}

/** `line` hard-wrapped at `width` columns, breaking at spaces (a word longer than the width stays whole). */
export function hardWrap(line: string, width: number): string[] {
  const words = line.split(/ +/).filter((w) => w.length > 0);
  const out: string[] = [];
  let current = '';
  for (const w of words) {
    // A short first word (a footnote's number, a list's bullet) stays with what follows it, and a
    // footnote mark with the word before it, as in a PDF (a mark at a line's start would read as a definition).
    const openTag = (current.match(/<sup/gi) ?? []).length > (current.match(/<\/sup>/gi) ?? []).length;
    const lone = openTag || (out.length === 0 && current.length <= 8 && current === words[0]) || /^(?:<sup>|\[\^[^\]]*\](?!:)|[\u2070-\u2079\u00b9\u00b2\u00b3])/i.test(w);
    if (current.length > 0 && current.length + 1 + w.length > width && !lone) {
      out.push(current);
      current = w;
    } else {
      current = current.length > 0 ? `${current} ${w}` : w;
    }
  }
  if (current.length > 0 || out.length === 0) out.push(current);
  return out;
}

export interface PdfCopyOptions {
  /** Columns to wrap at (60-100 in a real PDF). */
  width: number;
  /** Lines per page: a page number, and the running header when given, stand between pages. Omit for none. */
  pageLines?: number;
  runningHeader?: string;
}

/**
 * The Word-paste layout hard-wrapped at `width`; fenced code and comments keep their lines. With
 * `pageLines`, a page number (and the running header) is put between pages, only between two
 * lines of prose (never inside code or a comment, which a PDF does not have either).
 */
export function pdfCopy(markdown: string, options: PdfCopyOptions): string {
  const lines: string[] = [];
  let verbatim = false;
  let fence = '';
  for (const p of paragraphsOf(markdown)) {
    // Code and comments pass through as they are.
    const f = FENCE.exec(p);
    if (verbatim) {
      lines.push(p);
      if ((fence !== '' && p.trimStart().startsWith(fence)) || (fence === '' && p.includes('-->'))) verbatim = false;
      continue;
    }
    if (f !== null) {
      verbatim = true;
      fence = at(f, 1);
      lines.push(p);
      continue;
    }
    if (p.trimStart().startsWith('<!--')) {
      lines.push(p);
      if (!p.includes('-->')) {
        verbatim = true;
        fence = '';
      }
      continue;
    }
    for (const l of hardWrap(p, options.width)) lines.push(l);
  }
  if (options.pageLines === undefined) return lines.join('\n') + '\n';
  const out: string[] = [];
  // A running header stands at the top of every page, the first too (when there is more than one).
  if (options.runningHeader !== undefined && lines.length > options.pageLines) out.push(options.runningHeader);
  let page = 1;
  let sincePage = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = at(lines, i);
    out.push(line);
    sincePage++;
    const next = lines[i + 1];
    const prose = (l: string | undefined): boolean => l !== undefined && !FENCE.test(l) && !l.includes('<!--') && !l.includes('-->');
    // A PDF has no Markdown links: never break a page inside one's brackets (`[text` ... `](url)`).
    const inLink = (l: string): boolean => l.lastIndexOf('[') > l.lastIndexOf(']') || l.lastIndexOf('](') > l.lastIndexOf(')');
    if (sincePage >= options.pageLines && prose(line) && prose(next) && !inLink(line)) {
      page++;
      out.push(String(page));
      if (options.runningHeader !== undefined) out.push(options.runningHeader);
      sincePage = 0;
    }
  }
  return out.join('\n') + '\n';
}

/** The words of a text in order, marks aside (for "keeps every word" checks). */
export function wordsOf(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\*\*|__|^#+\s|\s#+$/gm, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^[#*_>=-]+$/.test(w));
}
