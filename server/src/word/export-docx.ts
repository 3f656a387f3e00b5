import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { CODE_FONT, numbering, numberedReference, PAGE, STYLES } from './docx-styles';
import type { Inline, TextStyle } from './inline-markdown';
import type { Locale } from '../engine';
import { inLocale, thousands } from './messages/catalogue';
import { Pacer, type Pause } from './pacer';
import { DraftTooLargeError, readDraft, type DraftBlock, type DraftDocument } from './read-draft';

/**
 * Writes a draft as a Word document laid out like the published submissions: the cover centred
 * and bold, the input paragraph and disclaimer, the Parts as Heading 1 (Part Three's (a) and (b)
 * as Heading 2, so Word's navigation pane shows them), lists, tables, links as hyperlinks and
 * every footnote as a Word footnote that Word numbers itself.
 */
export interface DocxExport {
  /** The .docx file's bytes. */
  buffer: Uint8Array;
  /** What the conversion changed or left out (undefined footnotes, unused definitions ...). */
  notes: string[];
  footnotes: number;
}

/**
 * Written as the document's keywords and last author: a file that still has both is an
 * earlier export nobody has saved since, which a new export may replace.
 */
export const EXPORT_KEYWORD = 'wsis-lint';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const LINKABLE = /^(?:https?:|ftp:|mailto:)/i;

/**
 * The longest draft exported, in UTF-16 code units: 50 times a long submission. Every step is
 * linear, and the conversion pauses between steps, but writing the document's XML (the docx
 * library's) is one step: this bounds how long it keeps a server from answering.
 */
export const MAX_EXPORT_CHARS = 2_000_000;

/**
 * What a Word document may hold, counted in pieces: a paragraph, a run of text, a line break, a
 * footnote reference each count one, a table cell eight (it writes that much XML). A long
 * submission has a few thousand; 10,000 footnotes about 50,000. Writing the document's XML is
 * one step of the docx library, about 20 microseconds a piece: this bounds it to about a second.
 */
export const MAX_EXPORT_PIECES = 80_000;
const CELL_PIECES = 8;

export interface ExportOptions {
  /** How the conversion gives others a turn (the event loop's, by default). */
  pause?: Pause;
  /** The language of the notes and of the reason a draft is refused (English by default). */
  locale?: Locale;
}

export async function draftToDocx(text: string, options: ExportOptions = {}): Promise<DocxExport> {
  return inLocale(options.locale, () => convert(text, options));
}

async function convert(text: string, options: ExportOptions): Promise<DocxExport> {
  if (text.length > MAX_EXPORT_CHARS) throw new DraftTooLargeError('export.chars', { count: thousands(text.length), max: thousands(MAX_EXPORT_CHARS) });
  const pacer = new Pacer(options.pause);
  const draft = readDraft(text, options.locale);
  const pieces = piecesOf(draft);
  if (pieces > MAX_EXPORT_PIECES) throw new DraftTooLargeError('export.pieces', { count: thousands(pieces), max: thousands(MAX_EXPORT_PIECES) });
  await pacer.now();
  const doc = await buildDocumentPaced(draft, pacer);
  await pacer.now();
  return { buffer: new Uint8Array(await Packer.toArrayBuffer(doc)), notes: draft.notes, footnotes: draft.footnotes.length };
}

export function buildDocument(draft: DraftDocument): Document {
  return assemble(
    draft,
    draft.footnotes.map((content) => footnoteParagraph(content)),
    draft.blocks.flatMap((block, k) => blockToDocx(block, draft.blocks[k + 1])),
  );
}

/** `buildDocument`, pausing now and then (a draft may have tens of thousands of blocks and footnotes). */
async function buildDocumentPaced(draft: DraftDocument, pacer: Pacer): Promise<Document> {
  const notes: Paragraph[] = [];
  for (const content of draft.footnotes) {
    notes.push(footnoteParagraph(content));
    await pacer.tick();
  }
  const children: (Paragraph | Table)[] = [];
  for (const [k, block] of draft.blocks.entries()) {
    children.push(...blockToDocx(block, draft.blocks[k + 1]));
    await pacer.tick();
  }
  return assemble(draft, notes, children);
}

/** How much the Word document will hold (see MAX_EXPORT_PIECES). */
export function piecesOf(draft: DraftDocument): number {
  const inline = (items: readonly Inline[]): number => items.reduce((n, item) => n + 1 + (item.kind === 'link' ? inline(item.children) : 0), 0);
  let n = 0;
  for (const note of draft.footnotes) n += 2 + inline(note);
  for (const block of draft.blocks) {
    if (block.kind === 'table') for (const row of block.rows) for (const cell of row) n += CELL_PIECES + inline(cell);
    else if (block.kind === 'code') n += 1 + block.text.split('\n').length;
    else n += 1 + (block.kind === 'rule' ? 0 : inline(block.inlines));
  }
  return n;
}

function footnoteParagraph(content: readonly Inline[]): Paragraph {
  return new Paragraph({ style: 'FootnoteText', children: [new TextRun(' '), ...runs(content, { cover: false })] });
}

function assemble(draft: DraftDocument, notes: readonly Paragraph[], children: (Paragraph | Table)[]): Document {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  notes.forEach((paragraph, k) => {
    footnotes[String(k + 1)] = { children: [paragraph] };
  });
  const starts = draft.blocks.filter((b) => b.kind === 'list-item' && b.ordered).map((b) => (b.kind === 'list-item' ? b.start : 1));
  return new Document({
    title: draft.title,
    creator: draft.entity,
    subject: 'WSIS submission to the CSTD',
    keywords: EXPORT_KEYWORD,
    lastModifiedBy: EXPORT_KEYWORD,
    description: 'Exported by wsis-lint from a Markdown draft.',
    styles: STYLES,
    numbering: numbering(starts),
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
}

function blockToDocx(block: DraftBlock, next: DraftBlock | undefined): (Paragraph | Table)[] {
  return [toDocx(block, next), ...(block.kind === 'table' ? [new Paragraph({ spacing: { after: 0 }, children: [] })] : [])];
}

function toDocx(block: DraftBlock, next: DraftBlock | undefined): Paragraph | Table {
  switch (block.kind) {
    case 'cover':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(block.inlines, { cover: true, bold: true }) });
    case 'paragraph':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(block.inlines, { cover: false }) });
    case 'heading':
      return new Paragraph({ heading: HEADINGS[Math.min(block.level, HEADINGS.length) - 1], children: runs(block.inlines, { cover: false }) });
    case 'list-item':
      return new Paragraph({
        children: runs(block.inlines, { cover: false }),
        // The list's last item keeps a paragraph's space after it.
        spacing: { after: next?.kind === 'list-item' && next.list === block.list ? 80 : 160 },
        numbering: block.ordered
          ? { reference: numberedReference(block.start), level: block.depth, instance: block.list }
          : { reference: 'bullets', level: block.depth, instance: block.list },
      });
    case 'quote':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { left: 720, right: 720 }, children: runs(block.inlines, { cover: false }) });
    case 'code':
      return new Paragraph({
        spacing: { after: 160, line: 240 },
        children: block.text.split('\n').map((line, k) => new TextRun({ text: line, font: CODE_FONT, size: 20, break: k > 0 ? 1 : undefined })),
      });
    case 'rule':
      return new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '808080' } }, children: [] });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (cells, r) =>
            new TableRow({
              tableHeader: r === 0,
              children: cells.map((cell) => new TableCell({ margins: { top: 40, bottom: 40, left: 100, right: 100 }, children: [new Paragraph({ spacing: { after: 0 }, children: runs(cell, { cover: false, bold: r === 0 }) })] })),
            }),
        ),
      });
  }
}

interface RunContext {
  /** Source line breaks are line breaks in the cover, spaces elsewhere. */
  cover: boolean;
  bold?: boolean;
}

function textRun(text: string, style: TextStyle, ctx: RunContext, link = false): TextRun {
  return new TextRun({
    text,
    bold: ctx.bold === true || style.bold === true ? true : undefined,
    italics: style.italic === true ? true : undefined,
    strike: style.strike === true ? true : undefined,
    superScript: style.sup === true ? true : undefined,
    subScript: style.sub === true ? true : undefined,
    font: style.code === true ? CODE_FONT : undefined,
    style: link ? 'Hyperlink' : undefined,
  });
}

function runs(items: readonly Inline[], ctx: RunContext, link = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  items.forEach((item, k) => {
    switch (item.kind) {
      case 'text':
        out.push(textRun(item.text, item.style, ctx, link));
        break;
      case 'soft': {
        // A line break inside bold text is a bold space: one bold run in Word, not two.
        const before = items[k - 1];
        const after = items[k + 1];
        const style = before?.kind === 'text' && after?.kind === 'text' ? commonStyle(before.style, after.style) : {};
        out.push(ctx.cover ? new TextRun({ break: 1 }) : textRun(' ', style, ctx, link));
        break;
      }
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'note':
        out.push(new FootnoteReferenceRun(item.id));
        break;
      case 'link':
        if (!link && LINKABLE.test(item.target)) out.push(new ExternalHyperlink({ link: item.target, children: runs(item.children, ctx, true) }));
        else out.push(...runs(item.children, ctx, link));
        break;
    }
  });
  return out;
}

function commonStyle(a: TextStyle, b: TextStyle): TextStyle {
  return { bold: a.bold === true && b.bold === true, italic: a.italic === true && b.italic === true, strike: a.strike === true && b.strike === true };
}
