import type { Locale } from '../engine';
import { canonicalizeDraft } from '../word/canonical-draft';
import { inLocale, wordCount, wordText } from '../word/messages/catalogue';
import { rollForward } from '../word/roll-forward';
import { toXmlText } from '../word/xml-text';
import { dropFurniture, type PageLines } from './pdf-furniture';
import { endnotes, footnoteAreas, matchFootnotes, referencesIn, type Definition } from './pdf-footnotes';
import { linesOf, type Line, type Segment } from './pdf-lines';
import { documentMarkdown, inlineMarkdown } from './pdf-markdown';
import { blocksOf, join, layoutOf, type Layout } from './pdf-paragraphs';
import { PdfRefusedError, readPdf, type ReadOptions } from './pdf-read';

/**
 * A PDF (last year's published submission, say) to a Markdown draft: the document rebuilt from
 * the text PDF.js reads (see pdf-read.ts), then the same path as the Word import: cover block and
 * Parts in canonical form, and with `rollForward` the cover one year on. Bytes in, text out: no
 * Node built-in, so a browser can run it too.
 */
export interface PdfImportOptions extends ReadOptions {
  rollForward?: boolean;
  /** The language of the summary, the notes and the reason a PDF is refused (English by default). */
  locale?: Locale;
}

export interface PdfImport {
  text: string;
  pages: number;
  paragraphs: number;
  footnotes: number;
  /** The summary in a sentence: pages, paragraphs, footnotes. */
  summary: string;
  /** What the person should know: what was unsure and left as it was, what roll-forward changed. */
  notes: string[];
}

export { PdfRefusedError as PdfImportError };

export async function pdfToDraft(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<PdfImport> {
  return inLocale(options.locale, () => convert(bytes, options));
}

async function convert(bytes: Uint8Array, options: PdfImportOptions): Promise<PdfImport> {
  const locale = options.locale ?? 'en';
  const read = await readPdf(bytes, options);
  const notes: string[] = [];
  const empty = read.pages.filter((p) => !p.items.some((i) => /\S/.test(i.text))).map((p) => p.number);
  if (empty.length > 0) notes.push(wordCount(locale, 'pdf.empty-pages', empty.length, { pages: empty.join(', ') }));

  const pages: PageLines[] = read.pages.map((p) => ({ number: p.number, height: p.height, lines: linesOf(p) }));
  const { pages: kept } = dropFurniture(pages);
  const all = kept.flatMap((p) => p.lines);
  const layout = layoutOf(all);
  let { body, definitions } = footnoteAreas(kept, layout.bodySize);
  if (definitions.length === 0) ({ body, definitions } = endnotes(body));

  const references = referencesIn(body);
  const matched = matchFootnotes(references, definitions);
  for (const r of matched.unmatchedReferences) {
    notes.push(wordText(locale, 'pdf.unmatched-mark', { page: String(r.page), mark: r.mark, after: r.after }));
  }
  const blocks = blocksOf(body, layout);
  const noteTexts = matched.ordered.map((d) => definitionText(d, layout, matched.numbers));
  // A footnote no mark points to keeps its words, as a paragraph at the end.
  for (const d of matched.unusedDefinitions) {
    notes.push(wordText(locale, 'pdf.unused-footnote', { page: String(d.page), mark: d.mark }));
    blocks.push({ kind: 'paragraph', level: 0, number: 0, segments: [{ text: `${d.mark} `, bold: false, italic: false, mono: false, raised: false }, ...definitionSegments(d, layout)], lines: [] });
  }
  const markdown = toXmlText(documentMarkdown(blocks, matched.numbers, noteTexts)).text;
  const unsure = notes.length;
  let text = canonicalizeDraft(markdown);
  if (options.rollForward === true) {
    const rolled = rollForward(text, locale);
    text = rolled.text;
    notes.push(...rolled.notes);
  }
  const paragraphs = blocks.length;
  const footnotes = noteTexts.length;
  const summary = wordText(locale, 'pdf.summary', {
    pages: wordCount(locale, 'pdf.summary.pages', read.pageCount),
    paragraphs: wordCount(locale, 'pdf.summary.paragraphs', paragraphs),
    footnotes: wordCount(locale, 'pdf.summary.footnotes', footnotes),
    unsure: unsure === 0 ? wordText(locale, 'pdf.summary.sure') : wordCount(locale, 'pdf.summary.unsure', unsure),
  });
  return { text, pages: read.pageCount, paragraphs, footnotes, summary, notes };
}

/** A definition's lines joined as a paragraph's are (broken words and addresses mended). */
function definitionSegments(d: Definition, layout: Layout): Segment[] {
  // Definitions keep no geometry: each line is taken as full (so an address alone on a line and
  // cut at its end goes on with no space).
  const lineOf = (segments: Segment[]): Line => ({ page: d.page, segments, text: segments.map((t) => t.text).join(''), x: 0, right: Infinity, y: 0, size: layout.bodySize, bold: false, firstWord: 0 });
  // A definition has its first line (footnoteAreas and endnotes make one with it).
  const [head, ...rest] = d.lines;
  if (head === undefined) return [];
  const block = { segments: [...head], lines: [lineOf(head)] };
  for (const segs of rest) join(block, lineOf(segs), layout);
  return block.segments;
}

function definitionText(d: Definition, layout: Layout, refs: ReadonlyMap<Segment, number>): string {
  return inlineMarkdown(definitionSegments(d, layout), refs);
}
