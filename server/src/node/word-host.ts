import { basename, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResponseError } from 'vscode-languageserver';
import type { FileWord } from '../lsp/host';
import { failure, invalidParams } from '../lsp/word-requests';
import type { ExportWordParams, ImportWordParams, WordResult } from '../protocol';
import type { Locale } from '../engine';
import { loadWord } from '../word/load';

/**
 * Word export, and import of a .docx or a PDF, that write files, for the Node server (where the files are, also in a
 * remote workspace): the same code as the CLI's (atomic writes, an existing document replaced
 * only when it is an untouched earlier export, LibreOffice never run from the workspace).
 */
function translate(error: unknown): never {
  const word = loadWord();
  if (error instanceof word.OverwriteError) throw failure('exists', error.message, { path: error.path, suggestion: error.suggestion });
  if (error instanceof word.LibreOfficeMissingError) throw failure(error.refused.length > 0 ? 'program-refused' : 'no-libreoffice', error.message);
  if (error instanceof ResponseError) throw error;
  throw failure('conversion', error instanceof Error ? error.message : String(error));
}

/**
 * A path a request names, as an absolute file path: an absolute path, or a `file:` URI. Anything
 * else (`-`, a relative path that would resolve against the server's working folder, another
 * scheme) is refused, and so is a name without the `extensions` when they are given.
 */
export function requestPath(value: unknown, what: string, extensions?: readonly string[]): string {
  if (typeof value !== 'string' || value === '' || value.includes('\0')) throw invalidParams(`${what} must be an absolute file path or a file: URI.`);
  let path = value;
  if (/^file:/i.test(value)) {
    try {
      path = fileURLToPath(value);
    } catch {
      throw invalidParams(`${what} is not a file: URI this server can open: '${value}'.`);
    }
  }
  if (!isAbsolute(path)) throw invalidParams(`${what} must be an absolute file path or a file: URI, not '${value}'.`);
  const name = basename(path).toLowerCase();
  if (extensions !== undefined && !extensions.some((e) => name.endsWith(e) && name.length > e.length)) {
    throw invalidParams(`${what} must name a ${extensions.join(' or ')} file, not '${value}'.`);
  }
  return path;
}

async function exportWord(params: ExportWordParams, text: string, workspaceFolders: readonly string[], locale: Locale = 'en'): Promise<WordResult> {
  const out = params.out === undefined ? undefined : requestPath(params.out, 'out');
  let draftPath: string;
  if (params.uri.startsWith('file:')) draftPath = fileURLToPath(params.uri);
  else if (out !== undefined) draftPath = out;
  else throw failure('not-a-file', 'Save the draft first, or choose where to write the export.');
  const untrusted = workspaceFolders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  try {
    const result = await loadWord().exportDraftFile(draftPath, text, { format: params.format, out, force: params.force === true, untrusted, locale });
    return { path: result.path, footnotes: result.footnotes, notes: result.notes };
  } catch (error) {
    translate(error);
  }
}

async function importWord(params: ImportWordParams, locale: Locale = 'en'): Promise<WordResult> {
  const docx = requestPath(params.path, 'path');
  const out = params.out === undefined ? undefined : requestPath(params.out, 'out', ['.wsis.md', '.md']);
  try {
    const result = await loadWord().importDocxFile(docx, { rollForward: params.rollForward === true, out, force: params.force === true, locale });
    return { path: result.path, footnotes: result.footnotes, notes: result.notes, ...(result.summary !== undefined ? { summary: result.summary } : {}) };
  } catch (error) {
    translate(error);
  }
}

export const nodeFileWord: FileWord = { exportWord, importWord };
