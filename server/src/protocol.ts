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
import { RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';

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
}

export interface WordResult {
  /** The file written. */
  path: string;
  footnotes: number;
  /** What the conversion could not keep, for the user to look at. */
  notes: string[];
}

/**
 * Why a Word request failed, in the error's `data.reason`: the target exists (ask, then send
 * `force`), LibreOffice is not installed (PDF), LibreOffice was found only where it may not be
 * run from (inside the workspace: `program-refused`), or the conversion itself failed.
 */
export type WordFailure = 'exists' | 'no-libreoffice' | 'program-refused' | 'conversion' | 'not-a-file';

export const ExportWordRequest = new RequestType<ExportWordParams, WordResult, { reason: WordFailure }>('wsis/exportWord');

export interface ImportWordParams {
  /** The .docx file's path. */
  path: string;
  /** Roll the session, years and dates forward one year (start this year's from last year's). */
  rollForward?: boolean;
  out?: string;
  force?: boolean;
}

export const ImportWordRequest = new RequestType<ImportWordParams, WordResult, { reason: WordFailure }>('wsis/importWord');
