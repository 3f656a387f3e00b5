// First: the built-ins as they are before PDF.js changes them, put back once it has loaded (below).
import { pdfjsLoaded } from './builtins-before-pdfjs';
import './dom-matrix';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { at } from '../engine';
import { decimal, thousands, WordMessageError, wordText, type WordArgs, type WordMessageId } from '../word/messages/catalogue';
import { Pacer, type Pause } from '../word/pacer';

// PDF.js has loaded (the imports above): put back what its polyfills changed (builtins-guard.ts).
pdfjsLoaded();

/**
 * Reads the text of a PDF with Mozilla's PDF.js: each page's text pieces with where they stand,
 * their size and their font's weight and slant. The bytes are passed in and nothing here touches
 * Node's built-ins, so the same code can run in a browser. PDF.js's worker runs in this thread
 * (its "fake worker"), given to it through the global it looks for.
 */
export interface PdfItem {
  text: string;
  /** Left end and baseline, in points from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  mono: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfText {
  /** Pages in the document. */
  pageCount: number;
  pages: PdfPage[];
}

export interface PdfLimits {
  /** The largest file read, in bytes. */
  maxBytes: number;
  /** The most pages a document may have. */
  maxPages: number;
  /** How long reading may take, in milliseconds (checked between pages). */
  timeBudgetMs: number;
  /** The most characters of text read in all. */
  maxChars: number;
}

/** A submission has 2 to 4 pages; a long annual report a hundred. */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 100, timeBudgetMs: 30_000, maxChars: 2_000_000 };

/** A PDF that cannot be read, with the reason in words a person can act on. */
export class PdfRefusedError extends WordMessageError {
  constructor(id: WordMessageId, args?: WordArgs) {
    super({ id, args });
  }
}

/** The reason a PDF without text is refused, in English. */
export const NO_TEXT = wordText('en', 'pdf.no-text');

export interface ReadOptions {
  limits?: Partial<PdfLimits>;
  pause?: Pause;
  /** The clock, for tests of the time budget. */
  now?: () => number;
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  const now = options.now ?? (() => performance.now());
  const started = now();
  if (bytes.length > limits.maxBytes) throw new PdfRefusedError('pdf.file-size', { size: mb(bytes.length), max: mb(limits.maxBytes) });
  if (!isPdf(bytes)) throw new PdfRefusedError('pdf.not-pdf');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler };

  const pacer = new Pacer(options.pause);
  // PDF.js takes the buffer over (and wants a plain Uint8Array, not Node's Buffer): give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    // Images are not decoded: only the text is wanted.
    maxImageSize: 1,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusal(error, bytes);
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new PdfRefusedError('pdf.pages', { pages: String(doc.numPages), max: String(limits.maxPages) });
    }
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (now() - started > limits.timeBudgetMs) {
        throw new PdfRefusedError('pdf.time', { seconds: String(Math.round(limits.timeBudgetMs / 1000)), page: String(n), pages: String(doc.numPages) });
      }
      const page = await doc.getPage(n);
      const read = await readPage(page, n);
      chars += read.items.reduce((sum, i) => sum + i.text.length, 0);
      if (chars > limits.maxChars) throw new PdfRefusedError('pdf.chars', { max: thousands(limits.maxChars), page: String(n) });
      pages.push(read);
      page.cleanup();
      await pacer.now();
    }
    if (!pages.some((p) => p.items.some((i) => /\S/.test(i.text)))) {
      throw new PdfRefusedError(hasEnd(bytes) ? 'pdf.no-text' : 'pdf.no-text-cut-short');
    }
    return { pageCount: doc.numPages, pages };
  } catch (error) {
    throw refusal(error, bytes);
  } finally {
    await task.destroy();
  }
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  // PDF.js gives a page's box as four numbers, [x1, y1, x2, y2] (normalized from the document's).
  const width = at(page.view, 2);
  const height = at(page.view, 3);
  const content = await page.getTextContent();
  const texts = content.items.filter((i): i is TextItem => 'str' in i && i.str !== '');
  // The fonts' names (LiberationSerif-Bold, Arial-ItalicMT) say weight and slant; PDF.js hands
  // them over with the page's drawing operations, which are asked for only when there is text.
  const fonts = new Map<string, string>();
  if (texts.length > 0) {
    await page.getOperatorList({ annotationMode: 0 });
    for (const name of new Set(texts.map((t) => t.fontName))) fonts.set(name, fontNameOf(page, name));
  }
  const items: PdfItem[] = [];
  for (const t of texts) {
    const matrix = textMatrix(t.transform);
    if (matrix === undefined) continue;
    const [a, b, c, d, e, f] = matrix;
    // Rotated or skewed text (a stamp, a margin note) is not part of the running text.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
    const font = fonts.get(t.fontName) ?? '';
    items.push({
      text: t.str,
      x: e,
      y: f,
      width: t.width,
      size: d,
      bold: /bold|black|heavy|semibold|demi/i.test(font),
      italic: /italic|oblique/i.test(font),
      mono: /mono|courier|consol/i.test(font),
    });
  }
  return { number, width, height, items };
}

/** A text item's transform, [a, b, c, d, e, f], if it is one (six numbers). */
function textMatrix(transform: unknown): [number, number, number, number, number, number] | undefined {
  if (!Array.isArray(transform) || transform.length !== 6) return undefined;
  const values: readonly unknown[] = transform;
  const [a, b, c, d, e, f] = values;
  return typeof a === 'number' && typeof b === 'number' && typeof c === 'number' && typeof d === 'number' && typeof e === 'number' && typeof f === 'number' ? [a, b, c, d, e, f] : undefined;
}

function fontNameOf(page: PDFPageProxy, loadedName: string): string {
  try {
    const font = page.commonObjs.has(loadedName) ? (page.commonObjs.get(loadedName) as { name?: unknown } | null) : null;
    return typeof font?.name === 'string' ? font.name : '';
  } catch {
    return '';
  }
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow some junk, up to 1 KB of it (as PDF readers allow).
  const head = latin1(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function hasEnd(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function mb(bytes: number): WordArgs[string] {
  return decimal((bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0));
}

function refusal(error: unknown, bytes: Uint8Array): PdfRefusedError {
  if (error instanceof PdfRefusedError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfRefusedError('pdf.encrypted');
  if (name === 'InvalidPDFException') {
    return hasEnd(bytes) ? new PdfRefusedError('pdf.unreadable', { detail: message }) : new PdfRefusedError('pdf.cut-short');
  }
  return new PdfRefusedError('pdf.unreadable', { detail: message });
}
