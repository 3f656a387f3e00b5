/**
 * The custom requests the WSIS language server answers, shared by the server and the VS Code
 * client (and the protocol tests). Everything else is plain LSP.
 *
 * Footnote commands are requests, not `workspace/executeCommand`: the client sends the
 * document's version, the server answers with a versioned WorkspaceEdit (or `null` when there
 * is nothing to change) and the client applies it, so an edit computed for an older version is
 * refused by the editor instead of landing in the wrong place. A request for a version that is
 * no longer current is answered with the LSP error ContentModified.
 */
import { RequestType, RequestType0, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';

/** The footnote notations a draft can be converted to. */
export type FootnoteNotationName = 'markdown' | 'html' | 'unicode';

export interface WordCountParams {
  uri: string;
  /** Where the cursor is: the Part that holds it is counted. */
  position: { line: number; character: number };
}

export interface WordCountResult {
  /** False when the document is open but not checked (a Markdown file that is not a draft). */
  checked: boolean;
  /** `Part One`, `Part Two` or `Part Three`, when the position falls inside a Part. */
  partName?: string;
  partWords?: number;
  /** Only Part One has a limit (`wsis.limits.partOneWords`). */
  partLimit?: number;
  /** Words in the body: after the cover, footnote definitions and comments left out. */
  bodyWords: number;
  /** `wsis.limits.totalWords`. */
  bodyLimit: number;
  /** Pages the Word export fills (engine/pages.ts): rounded up, and unrounded. */
  pages?: number;
  pagesExact?: number;
  /** Footnotes as the Word export writes them. */
  footnotes?: number;
}

/** `null` when the document is not open in the server. */
export const WordCountRequest = new RequestType<WordCountParams, WordCountResult | null, void>('wsis/wordCount');

export interface FootnoteEditParams {
  uri: string;
  /** The version the client sees; a stale version is answered with ContentModified. */
  version: number;
}

export interface ConvertFootnotesParams extends FootnoteEditParams {
  notation: FootnoteNotationName;
}

/** Renumbers every numeric footnote 1, 2, 3 ... in order of first reference; `null`: nothing to change. */
export const RenumberFootnotesRequest = new RequestType<FootnoteEditParams, WorkspaceEdit | null, void>('wsis/renumberFootnotes');

/** Writes every footnote in one notation; `null`: nothing to change. */
export const ConvertFootnotesRequest = new RequestType<ConvertFootnotesParams, WorkspaceEdit | null, void>('wsis/convertFootnotes');

export interface NewSubmissionParams {
  /** ISO date the template is for (tests); the server's clock when absent. */
  today?: string;
  /** The organization's name for 'Submission by'; the placeholder when absent or empty. */
  organization?: string;
}

export interface NewSubmissionResult {
  text: string;
  /** The session the template is for, e.g. 29. */
  session: number;
  /** A file name for the draft: the organization and the session (`Internet-Society-CSTD-30.wsis.md`), safe on Windows too. */
  fileName: string;
}

export const NewSubmissionRequest = new RequestType<NewSubmissionParams, NewSubmissionResult, void>('wsis/newSubmission');

export type CheckWorkspaceParams = Record<string, never>;

export interface CheckWorkspaceResult {
  /** Drafts checked (open or not). */
  files: number;
  /** Diagnostics published over all of them. */
  diagnostics: number;
  /** Of which errors. */
  errors: number;
  /** Files that could not be read. */
  unreadable: number;
}

/** Walks the workspace folders, checks every draft and publishes diagnostics for each. */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('wsis/checkWorkspace');

/** The most HTML a paste sends: 5 MB (the same as MAX_PASTE_HTML in word/paste-html.ts; a test holds them equal). */
export const MAX_PASTE_HTML = 5 * 1024 * 1024;

export interface PasteHtmlParams {
  uri: string;
  /** The version the client sees; a stale version is answered with ContentModified. */
  version: number;
  /** The clipboard's `text/html` (at most 5 MB). */
  html: string;
  /** Where it is pasted (the selection it replaces). */
  range: Range;
}

export interface PasteHtmlResult {
  /** The Markdown that replaces `range`. */
  text: string;
  /** Footnote definitions to insert at the draft's end, when they do not follow the pasted text. */
  definitions?: TextEdit;
  footnotes: number;
  /** Who wrote the HTML: a paste from Word or LibreOffice is offered first, other HTML after plain text. */
  source: 'word' | 'libreoffice' | 'html';
  notes: string[];
}

/**
 * Paste from Word: the clipboard's HTML as Markdown for the draft, footnotes numbered on from
 * the draft's last; `null` when it has no text.
 */
export const PasteHtmlRequest = new RequestType<PasteHtmlParams, PasteHtmlResult | null, void>('wsis/pasteHtml');

export type WordFormat = 'docx' | 'pdf';

export interface ExportWordParams {
  uri: string;
  /** The version the client sees; a stale version is answered with ContentModified. */
  version: number;
  format: WordFormat;
  /** Where to write (a file path); beside the draft as NAME.docx / NAME.pdf when absent. */
  out?: string;
  /** Replace an existing file that is not an untouched earlier export. */
  force?: boolean;
  /**
   * Write no file: answer with the document's bytes (base64, in `data`) for the client to write
   * through the editor (VS Code for the Web, virtual workspaces). Word only.
   */
  inline?: boolean;
}

export interface WordResult {
  /** The file written ('' when nothing was written: an `inline` answer). */
  path: string;
  /** `inline` export: the .docx, base64. */
  data?: string;
  /** Import from `data`: the draft's text (nothing was written). */
  text?: string;
  footnotes: number;
  /** What the conversion could not keep, for the user to look at. */
  notes: string[];
  /** An import from PDF: pages read, paragraphs and footnotes found, in a sentence. */
  summary?: string;
  /**
   * Import from `data` with `rollForward`: the session the draft is now for (its cover's, or the
   * one ahead today), for the client to name the draft with it as the desktop does (`NAME-CSTD-30.wsis.md`).
   */
  session?: number;
}

/**
 * Why a Word request failed, in the error's `data.reason`: the target exists (ask, then send
 * `force`), LibreOffice is not installed (PDF), LibreOffice was found only where it may not be
 * run from (inside the workspace: `program-refused`), or the conversion itself failed.
 */
export type WordFailure = 'exists' | 'no-libreoffice' | 'program-refused' | 'conversion' | 'not-a-file' | 'unavailable';

/**
 * What a failed Word request carries beside its message (which is in the messages' language, for
 * showing as it is): why, and for 'exists' the file that exists and a free name beside it, so the
 * editor asks its own question without reading the message.
 */
export interface WordFailureData {
  reason: WordFailure;
  path?: string;
  suggestion?: string;
}

export const ExportWordRequest = new RequestType<ExportWordParams, WordResult, WordFailureData>('wsis/exportWord');

export interface ImportWordParams {
  /** The .docx or .pdf file's path (the server reads it and writes the draft beside it). */
  path?: string;
  /**
   * Or the .docx or .pdf itself, base64 (told apart by its first bytes, `%PDF-`; at most MAX_DOCX_BYTES
   * or MAX_PDF_BYTES): the server answers with the draft's `text` and writes nothing.
   */
  data?: string;
  /** Roll the session, years and dates forward one year (start this year's from last year's). */
  rollForward?: boolean;
  out?: string;
  force?: boolean;
}

export const ImportWordRequest = new RequestType<ImportWordParams, WordResult, WordFailureData>('wsis/importWord');

/**
 * Requests the server sends the VS Code client, which answers them with `vscode.workspace.fs`
 * and `workspace.findFiles`: how the browser server (which has no file system) reads
 * `.wsisrc.json` and the drafts of the workspace check, and how the Node server reads them in a
 * virtual workspace. The client says it answers them with `clientFiles: true` in its
 * initialization options.
 */
export interface ReadFileParams {
  uri: string;
  /** Larger files are not read: the answer is `{ tooLarge: bytes }`. */
  maxBytes: number;
}

/** A regular file's bytes (base64); null when there is no such file. */
export type ReadFileResult = { data: string } | { tooLarge: number } | null;

export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('wsis/readFile');

export interface FindFilesParams {
  /** A workspace folder's URI. */
  folder: string;
  limit: number;
}

/** The URIs of the Markdown files (`*.md`) under the folder, node_modules and .git left out. */
export const FindFilesRequest = new RequestType<FindFilesParams, string[], void>('wsis/findFiles');

/**
 * The browser server asks the web client where the Word script (dist/word.js) can be loaded
 * from, on the first export or import: a worker's own location says nothing (VS Code for the Web
 * starts it from a blob: URL), and a remote extension's files are not URLs a worker can load.
 */
export const WordScriptRequest = new RequestType0<string, void>('wsis/wordScript');

/** The same for the PDF import's script (dist/pdf.js, PDF.js within: one bundle for Node and the browser), asked on the first PDF import only. */
export const PdfScriptRequest = new RequestType0<string, void>('wsis/pdfScript');

export interface InitializationOptions {
  logLevel?: string;
  /** The client answers wsis/readFile and wsis/findFiles. */
  clientFiles?: boolean;
  /** The client outlines Markdown documents itself (VS Code): the server's outline is left to drafts Markdown cannot outline. */
  markdownOutline?: boolean;
}
