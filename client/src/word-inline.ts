import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { fromBase64, toBase64 } from '../../server/src/base64';
import { freeFileName, MAX_DOCX_BYTES, MAX_PDF_BYTES, rolledDraftName } from '../../server/src/engine/client-api';
import { ExportWordRequest, ImportWordRequest, type WordResult } from '../../server/src/protocol';

/**
 * Word export, and import from Word or PDF, where the server writes no files (VS Code for the Web,
 * where it runs in a web worker, and virtual workspaces): the server converts (docx, mammoth and
 * PDF.js run in browsers too), the client reads and writes the files with `vscode.workspace.fs`.
 */
export const PDF_IN_BROWSER =
  'WSIS: PDF export needs LibreOffice, a desktop program, which VS Code for the Web cannot run. Export to Word (WSIS: Export to Word), then save it as PDF from Word, or export to PDF in desktop VS Code.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `report.wsis.md` -> `report`; `report.docx` -> `report`; `report.pdf` -> `report`. */
export function baseNameOf(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const base = /^(.+?)(\.wsis)?\.(md|markdown|txt|docx|pdf)$/is.exec(name)?.[1];
  return base ?? (name.replace(/\.[^.]+$/, '') || name);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether to write `target`: yes when nothing is there, else as the person answers. */
async function mayWrite(target: vscode.Uri): Promise<boolean> {
  if (!(await exists(target))) return true;
  const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} exists. Replace it?`, { modal: true }, 'Replace');
  return choice === 'Replace';
}

export async function exportInline(
  client: BaseLanguageClient,
  document: vscode.TextDocument,
  announce: (result: WordResult, verb: string, written: vscode.Uri) => Promise<void>,
): Promise<void> {
  let target: vscode.Uri | undefined;
  if (document.isUntitled) {
    target = await vscode.window.showSaveDialog({ filters: { Word: ['docx'] }, title: 'Export to Word' });
  } else {
    target = vscode.Uri.joinPath(document.uri, '..', `${baseNameOf(document.uri)}.docx`);
    if (!(await mayWrite(target))) return;
  }
  if (target === undefined) return;
  const written = target;
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'WSIS: exporting to Word' }, async () => {
      const answer = await client.sendRequest(ExportWordRequest, { uri: document.uri.toString(), version: document.version, format: 'docx', inline: true });
      if (typeof answer.data !== 'string') throw new Error('the server sent no document');
      await vscode.workspace.fs.writeFile(written, fromBase64(answer.data));
      return answer;
    });
    await announce({ ...result, path: written.toString() }, 'exported to', written);
  } catch (error) {
    if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified) {
      void vscode.window.showWarningMessage('WSIS: the draft changed during the export: nothing was written. Try again.');
    } else {
      void vscode.window.showErrorMessage(`WSIS: the export failed: ${messageOf(error)}`);
    }
  }
}

/**
 * The draft's name beside the document, as the desktop's (server/src/word/word-files.ts,
 * defaultImportPath): `NAME.wsis.md`, or rolled forward `NAME-CSTD-30.wsis.md` for the session
 * the server says the draft is now for.
 */
export function importedDraftName(source: vscode.Uri, session: number | undefined): string {
  return session === undefined ? `${baseNameOf(source)}.wsis.md` : rolledDraftName(baseNameOf(source), session);
}

/**
 * Where to write the imported draft: its default name when free; when a draft has that name (last
 * year's, often), never that draft: a save dialog proposes the first free name beside it
 * (`NAME-2.wsis.md`), as the desktop does; choosing an existing file there is the dialog's to confirm.
 */
async function importTarget(source: vscode.Uri, session: number | undefined): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(source, '..');
  const name = importedDraftName(source, session);
  const target = vscode.Uri.joinPath(folder, name);
  if (!(await exists(target))) return target;
  const names = new Set<string>();
  try {
    for (const [n] of await vscode.workspace.fs.readDirectory(folder)) names.add(n);
  } catch {
    names.add(name); // an unreadable folder: at least not the name taken
  }
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('{0} exists and is left as it is: save the new draft as', name),
    defaultUri: vscode.Uri.joinPath(folder, freeFileName(name, (n) => names.has(n))),
    filters: { [vscode.l10n.t('WSIS draft')]: ['md'] },
    saveLabel: vscode.l10n.t('Save the new draft'),
  });
}

/** Imports a Word document or a PDF (the server tells which by its first bytes) into a new draft beside it. */
export async function importInline(client: BaseLanguageClient, source: vscode.Uri, rollForward: boolean): Promise<void> {
  try {
    const pdf = /\.pdf$/i.test(source.path);
    const limit = pdf ? MAX_PDF_BYTES : MAX_DOCX_BYTES;
    const stat = await vscode.workspace.fs.stat(source);
    if (stat.size > limit) throw new Error(vscode.l10n.t('the file is larger than {0} MB: not read', limit / 1048576));
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: pdf ? vscode.l10n.t('WSIS: importing the PDF') : vscode.l10n.t('WSIS: importing the Word document') }, async () => {
      const bytes = await vscode.workspace.fs.readFile(source);
      return client.sendRequest(ImportWordRequest, { data: toBase64(bytes), rollForward });
    });
    if (typeof result.text !== 'string') throw new Error(vscode.l10n.t('the server sent no draft'));
    const target = await importTarget(source, result.session);
    if (target === undefined) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(target);
    const summary = result.summary !== undefined ? `${result.summary} ` : '';
    if (result.notes.length > 0) void vscode.window.showInformationMessage(vscode.l10n.t('WSIS: imported. {0}Notes: {1}', summary, result.notes.join('; ')));
    else if (summary !== '') void vscode.window.showInformationMessage(vscode.l10n.t('WSIS: imported. {0}', summary));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: the import failed: {0}', messageOf(error)));
  }
}
