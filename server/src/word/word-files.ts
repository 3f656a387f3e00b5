import { lstatSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { checkText, DEFAULT_SETTINGS, freeFileName, isPdfData, MAX_PDF_BYTES, parseSubmission, rolledDraftName, sessionFor, type Diagnostic, type Locale, type Settings } from '../engine';
import { writeFileAtomically } from '../node/atomic-write';
import { MAX_DOCX_BYTES, readRegularFile } from '../node/read-file';
import { draftToDocx, EXPORT_KEYWORD } from './export-docx';
import { loadPdf } from '../pdf/load';
import { docxToDraft, ImportError, type ImportOptions } from './import-docx';
import { docxToPdf } from './libreoffice';
import { inLocale, WordMessageError, type WordArgs, type WordMessageId } from './messages/catalogue';

/**
 * Export and import as the CLI and the editor commands do them: where the result goes by
 * default, what must not be overwritten, and the check that comes before an export.
 */
export type ExportFormat = 'docx' | 'pdf';

export class OverwriteError extends WordMessageError {
  /**
   * `path` is the file that exists (the editor names it in its own question, in its own words);
   * `suggestion` a free name beside it, to propose instead (never the existing file).
   */
  constructor(id: WordMessageId, args: WordArgs & { path: string }, readonly suggestion?: string) {
    super({ id, args });
    this.path = args.path;
  }

  readonly path: string;
}

/** `report.wsis.md` -> `report`; `report.md` -> `report`; `report.docx` -> `report`. */
export function baseName(path: string): string {
  const name = basename(path);
  const base = /^(.+?)(\.wsis)?\.(md|markdown|txt|docx|pdf)$/is.exec(name)?.[1];
  return base ?? (name.replace(/\.[^.]+$/, '') || name);
}

/** `NAME.docx` or `NAME.pdf` beside the draft. */
export function defaultExportPath(draftPath: string, format: ExportFormat): string {
  return join(dirname(draftPath), `${baseName(draftPath)}.${format}`);
}

/**
 * `NAME.wsis.md` beside the Word document or PDF; this year's draft started from it (`session`) gets
 * this year's session in its name (`NAME-CSTD-30.wsis.md`, `ISOC-CSTD-29` -> `ISOC-CSTD-30`), so
 * it is not last year's draft's name.
 */
export function defaultImportPath(docxPath: string, session?: number): string {
  return join(dirname(docxPath), session === undefined ? `${baseName(docxPath)}.wsis.md` : rolledDraftName(baseName(docxPath), session));
}

/** The first free name beside `path` (`NAME-2.wsis.md` ...), to propose when `path` is taken. */
export function freePathBeside(path: string): string {
  return join(dirname(path), freeFileName(basename(path), (n) => exists(join(dirname(path), n))));
}

/** The error-level problems a draft still has: what an export warns about first. */
export function errorsBeforeExport(text: string, settings: Settings = DEFAULT_SETTINGS): Diagnostic[] {
  return checkText(text, settings).diagnostics.filter((d) => d.severity === 'error');
}

/**
 * Whether `path` is an earlier export that nobody has saved since (Word and LibreOffice put
 * the person's name in its last author; a PDF keeps the export's keywords). Such a file may be
 * replaced; any other (the Word document a draft was imported from, say) may not.
 */
export async function isUntouchedExport(path: string): Promise<boolean> {
  try {
    // Only a regular file, and not an endless one (a link to /dev/zero or a FIFO is no export).
    const bytes = readRegularFile(path, MAX_DOCX_BYTES);
    if (path.toLowerCase().endsWith('.pdf')) {
      // LibreOffice writes the keywords as UTF-16 in hex: <FEFF0077...>.
      const hex = `FEFF${[...EXPORT_KEYWORD].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}`;
      const info = bytes.toString('latin1');
      return info.includes(`/Keywords(${EXPORT_KEYWORD})`) || info.toUpperCase().includes(`/KEYWORDS<${hex.toUpperCase()}>`);
    }
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    if (core === undefined) return false;
    return core.includes(`<cp:keywords>${EXPORT_KEYWORD}</cp:keywords>`) && core.includes(`<cp:lastModifiedBy>${EXPORT_KEYWORD}</cp:lastModifiedBy>`);
  } catch {
    return false;
  }
}

/** Whether anything is at `path`, a link to nothing included. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface ExportResult {
  path: string;
  footnotes: number;
  notes: string[];
}

export interface ExportFileOptions {
  format: ExportFormat;
  /** Where to write; `NAME.docx` or `NAME.pdf` beside the draft when not given. */
  out?: string;
  /** Replace any existing file, not only an untouched earlier export. */
  force?: boolean;
  timeoutMs?: number;
  /** Folders no program may be run from (the workspace folders): LibreOffice found inside one is not run. */
  untrusted?: readonly string[];
  /** The language of the notes and of the reason for a refusal (English by default). */
  locale?: Locale;
}

/** Exports the draft `text` (read from `draftPath`). Check `errorsBeforeExport` first. */
export async function exportDraftFile(draftPath: string, text: string, options: ExportFileOptions): Promise<ExportResult> {
  return inLocale(options.locale, () => exportFile(draftPath, text, options));
}

async function exportFile(draftPath: string, text: string, options: ExportFileOptions): Promise<ExportResult> {
  const path = options.out ?? defaultExportPath(draftPath, options.format);
  if (options.force !== true && exists(path) && !(await isUntouchedExport(path))) {
    throw new OverwriteError('files.overwrite-export', { path });
  }
  const docx = await draftToDocx(text, { locale: options.locale });
  const bytes = options.format === 'pdf' ? await docxToPdf(docx.buffer, { timeoutMs: options.timeoutMs, untrusted: options.untrusted }) : docx.buffer;
  // A link at the output's name is replaced, not written through: it may lead anywhere.
  writeFileAtomically(path, bytes, { throughLink: false });
  return { path, footnotes: docx.footnotes, notes: docx.notes };
}

export interface ImportFileOptions extends ImportOptions {
  /** Where to write; `NAME.wsis.md` beside the document when not given. */
  out?: string;
  force?: boolean;
}

export { MAX_PDF_BYTES } from '../engine';

export interface DocumentImport {
  text: string;
  footnotes: number;
  notes: string[];
  /** For a PDF: pages read, paragraphs and footnotes found, in a sentence. */
  summary?: string;
}

/**
 * Reads a Word document or a PDF (told by its content) into a draft. A PDF that cannot be read
 * is an ImportError, as a Word document is; the PDF reader is loaded only for a PDF.
 */
export async function importDocument(path: string, options: ImportOptions = {}): Promise<DocumentImport> {
  return inLocale(options.locale, () => readDocument(path, options));
}

async function readDocument(path: string, options: ImportOptions): Promise<DocumentImport> {
  const bytes = readRegularFile(path, path.toLowerCase().endsWith('.pdf') ? MAX_PDF_BYTES : MAX_DOCX_BYTES);
  if (!isPdfData(bytes)) {
    if (path.toLowerCase().endsWith('.pdf')) throw new ImportError('pdf.not-pdf');
    return docxToDraft(bytes, options);
  }
  const pdf = loadPdf();
  try {
    const result = await pdf.pdfToDraft(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), options);
    return { text: result.text, footnotes: result.footnotes, notes: result.notes, summary: result.summary };
  } catch (error) {
    if (error instanceof pdf.PdfImportError) throw ImportError.from(error);
    throw new ImportError('pdf.unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Imports a Word document or a PDF into a new draft; refuses to overwrite one unless `force` (the error
 * names a free name beside it). Rolled forward, the draft's default name carries the session it
 * is now for (its cover's, or the one ahead on `today`).
 */
export async function importDocxFile(docxPath: string, options: ImportFileOptions & { today?: Date } = {}): Promise<ExportResult & DocumentImport> {
  return inLocale(options.locale, () => importFile(docxPath, options));
}

async function importFile(docxPath: string, options: ImportFileOptions & { today?: Date }): Promise<ExportResult & DocumentImport> {
  const refuse = (path: string): OverwriteError => {
    const free = freePathBeside(path);
    return new OverwriteError('files.overwrite-import', { path, free }, free);
  };
  if (options.out !== undefined && options.force !== true && exists(options.out)) throw refuse(options.out);
  if (options.out === undefined && options.rollForward !== true && options.force !== true && exists(defaultImportPath(docxPath))) throw refuse(defaultImportPath(docxPath));
  const result = await importDocument(docxPath, options);
  const session = options.rollForward === true ? (parseSubmission(result.text).cover.session?.value ?? sessionFor(options.today ?? new Date())) : undefined;
  const path = options.out ?? defaultImportPath(docxPath, session);
  if (options.force !== true && exists(path)) throw refuse(path);
  // 'wx' creates the file or fails, following no link; --force replaces a link, not its target.
  if (options.force === true) writeFileAtomically(path, result.text, { throughLink: false });
  else writeFileSync(path, result.text, { encoding: 'utf8', flag: 'wx' });
  return { ...result, path };
}
