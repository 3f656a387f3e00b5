import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { ExportWordParams, ImportWordParams, WordFailure, WordResult } from '../protocol';
import { loadWord } from '../word/load';

/**
 * Word export and import for the editor, on the server's side (where the files are, also in a
 * remote or web workspace). The Word code is loaded on first use: checking never pays for it.
 */
function failure(reason: WordFailure, message: string): ResponseError<{ reason: WordFailure }> {
  return new ResponseError(ErrorCodes.InvalidRequest, message, { reason });
}

function translate(error: unknown): never {
  const word = loadWord();
  if (error instanceof ResponseError) throw error;
  if (error instanceof word.OverwriteError) throw failure('exists', error.message);
  if (error instanceof word.LibreOfficeMissingError) throw failure(error.refused.length > 0 ? 'program-refused' : 'no-libreoffice', error.message);
  const message = error instanceof Error ? error.message : String(error);
  throw failure('conversion', message);
}

/**
 * `text` is the draft's current text (unsaved changes included); `workspaceFolders` are the
 * folders no program may be run from (LibreOffice found inside one is not run).
 */
export async function exportWord(params: ExportWordParams, text: string, workspaceFolders: readonly string[] = []): Promise<WordResult> {
  let draftPath: string;
  if (params.uri.startsWith('file:')) draftPath = fileURLToPath(params.uri);
  else if (params.out !== undefined) draftPath = params.out;
  else throw failure('not-a-file', 'Save the draft first, or choose where to write the export.');
  try {
    const result = await loadWord().exportDraftFile(draftPath, text, { format: params.format, out: params.out, force: params.force === true, untrusted: workspaceFolders });
    return { path: result.path, footnotes: result.footnotes, notes: result.notes };
  } catch (error) {
    translate(error);
  }
}

export async function importWord(params: ImportWordParams): Promise<WordResult> {
  try {
    const result = await loadWord().importDocxFile(params.path, { rollForward: params.rollForward === true, out: params.out, force: params.force === true });
    return { path: result.path, footnotes: result.footnotes, notes: result.notes };
  } catch (error) {
    translate(error);
  }
}
