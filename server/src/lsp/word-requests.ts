import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { base64Length, fromBase64, toBase64 } from '../base64';
import { isPdfData, MAX_DOCX_BYTES, MAX_PDF_BYTES, parseSubmission, sessionFor, type Locale } from '../engine';
import type { ExportWordParams, ImportWordParams, WordFailure, WordFailureData, WordResult } from '../protocol';
import type { ServerHost } from './host';

/**
 * Word export and import, and import from PDF, for the editor, on the server's side. Two ways: the Node server reads
 * and writes the files itself (ServerHost.fileWord: atomic writes, never replacing a document
 * someone saved since); or, in VS Code for the Web and virtual workspaces, the client sends the
 * .docx's or .pdf's bytes or asks for them (`inline`) and reads and writes the files through the editor.
 * The Word code is loaded on first use, the PDF code on the first PDF: checking never pays for them.
 */
export function failure(reason: WordFailure, message: string, more: Omit<WordFailureData, 'reason'> = {}): ResponseError<WordFailureData> {
  const data: WordFailureData = { reason };
  if (more.path !== undefined) data.path = more.path;
  if (more.suggestion !== undefined) data.suggestion = more.suggestion;
  return new ResponseError(ErrorCodes.InvalidRequest, message, data);
}

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export const PDF_UNAVAILABLE = 'PDF export needs LibreOffice, which cannot run here (VS Code for the Web). Export to Word, then save as PDF from Word.';

function conversion(error: unknown): never {
  if (error instanceof ResponseError) throw error;
  throw failure('conversion', error instanceof Error ? error.message : String(error));
}

/**
 * `text` is the draft's current text; `workspaceFolders` (URIs) are where no program may be run from.
 * The conversion's notes and refusals are written in `locale`.
 */
export async function exportWord(host: ServerHost, params: ExportWordParams, text: string, workspaceFolders: readonly string[], locale: Locale = 'en'): Promise<WordResult> {
  if (params.inline === true) {
    if (params.format !== 'docx') throw failure('unavailable', `${PDF_UNAVAILABLE} (An inline export gives Word only.)`);
    try {
      const docx = await (await host.loadWordCore()).draftToDocx(text, { locale });
      return { path: '', data: toBase64(docx.buffer), footnotes: docx.footnotes, notes: docx.notes };
    } catch (error) {
      conversion(error);
    }
  }
  if (host.fileWord === undefined) {
    throw params.format === 'pdf' ? failure('unavailable', PDF_UNAVAILABLE) : failure('not-a-file', 'This server writes no files: send the export with inline: true.');
  }
  return host.fileWord.exportWord(params, text, workspaceFolders, locale);
}

/** The import's summary, notes and refusals are written in `locale`. */
export async function importWord(host: ServerHost, params: ImportWordParams, locale: Locale = 'en'): Promise<WordResult> {
  if (typeof params.data === 'string') {
    const largest = Math.max(MAX_DOCX_BYTES, MAX_PDF_BYTES);
    if (base64Length(params.data) > largest) throw failure('conversion', `The document is larger than ${largest / 1048576} MB: not read.`);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(params.data);
    } catch {
      throw invalidParams('data must be base64.');
    }
    const rollForward = params.rollForward === true;
    try {
      const result = isPdfData(bytes) ? await importPdfData(host, bytes, rollForward, locale) : await importDocxData(host, bytes, rollForward, locale);
      // The session the rolled draft is for names it (as importDocxFile does on disk).
      const session = rollForward ? (parseSubmission(result.text ?? '').cover.session?.value ?? sessionFor(new Date())) : undefined;
      return session === undefined ? result : { ...result, session };
    } catch (error) {
      conversion(error);
    }
  }
  if (typeof params.path !== 'string') throw invalidParams('path (a string) or data (base64) is required.');
  if (host.fileWord === undefined) throw failure('not-a-file', 'This server reads no files: send the Word document or PDF as data.');
  return host.fileWord.importWord(params, locale);
}

async function importDocxData(host: ServerHost, bytes: Uint8Array, rollForward: boolean, locale: Locale): Promise<WordResult> {
  if (bytes.length > MAX_DOCX_BYTES) throw failure('conversion', `The Word document is larger than ${MAX_DOCX_BYTES / 1048576} MB: not read.`);
  const result = await (await host.loadWordCore()).docxToDraft(bytes, { rollForward, locale });
  return { path: '', text: result.text, footnotes: result.footnotes, notes: result.notes };
}

/** A PDF (told by its first bytes), read with the same limits as on disk: MAX_PDF_BYTES, pages, characters, time. */
async function importPdfData(host: ServerHost, bytes: Uint8Array, rollForward: boolean, locale: Locale): Promise<WordResult> {
  if (bytes.length > MAX_PDF_BYTES) throw failure('conversion', `The PDF is larger than ${MAX_PDF_BYTES / 1048576} MB: not read.`);
  const pdf = await host.loadPdf();
  try {
    const result = await pdf.pdfToDraft(bytes, { rollForward, locale, limits: { maxBytes: MAX_PDF_BYTES } });
    return { path: '', text: result.text, footnotes: result.footnotes, notes: result.notes, summary: result.summary };
  } catch (error) {
    if (error instanceof pdf.PdfImportError) throw failure('conversion', error.message);
    throw failure('conversion', `not a PDF that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
