import type { Locale, ReadConfig } from '../engine';
import type { ExportWordParams, ImportWordParams, WordResult } from '../protocol';
import type * as PdfBundle from '../pdf/pdf-bundle';
import type * as WordCore from '../word/word-core';
import type { Cancellable } from './workspace-files';

/**
 * What the language server needs from where it runs: the seam between the server (which is the
 * same code in Node and in a browser worker) and its two entries, server/src/node/main.ts (stdio
 * or IPC, the disk) and server/src/browser/main.ts (a web worker with no file system). Nothing
 * below the entries imports a Node built-in.
 *
 * Files the host cannot read itself (all of them in the browser; those of a virtual workspace on
 * Node) are asked of the client (wsis/readFile, wsis/findFiles), which reads them with
 * `vscode.workspace.fs`.
 */
export interface ServerHost {
  /** The files this host reads itself (Node: `file:` URIs), if any. */
  readonly files?: LocalFiles;
  /** Word export and import that read and write files themselves (Node); absent where the client writes them. */
  readonly fileWord?: FileWord;
  /** docx and mammoth, loaded on first use (checking never pays for them). */
  loadWordCore(): Promise<typeof WordCore>;
  /** PDF.js and the PDF import, loaded on the first PDF import only (the largest part of the extension). */
  loadPdf(): Promise<typeof PdfBundle>;
  /** Lets waiting messages through (between the files of the workspace check). */
  yieldToEvents(): Promise<void>;
}

export interface LocalFiles {
  handles(uri: string): boolean;
  /** A regular file's bytes, at most `maxBytes`; undefined when there is none; throws (with a reason in words) when it cannot be read. */
  read(uri: string, maxBytes: number): Promise<Uint8Array | undefined>;
  /** The URIs of the Markdown files under a folder, node_modules and .git left out. */
  findMarkdownFiles(folderUri: string, token?: Cancellable): Promise<string[]>;
  readConfig: ReadConfig;
}

export interface FileWord {
  /** `text` is the draft's current text; `workspaceFolders` (URIs) are where no program may be run from. */
  exportWord(params: ExportWordParams, text: string, workspaceFolders: readonly string[], locale?: Locale): Promise<WordResult>;
  importWord(params: ImportWordParams, locale?: Locale): Promise<WordResult>;
}

/** A file that is there but is not read: not a regular file, or larger than the limit (the message says which). */
export class FileRefused extends Error {}
