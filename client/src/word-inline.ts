import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { fromBase64, toBase64 } from '../../server/src/base64';
import { MAX_DOCX_BYTES } from '../../server/src/engine/file-text';
import { ExportWordRequest, ImportWordRequest, type WordResult } from '../../server/src/protocol';

/**
 * Word export and import where the server writes no files (VS Code for the Web, where it runs in
 * a web worker, and virtual workspaces): the server converts (docx and mammoth run in browsers
 * too), the client reads and writes the files with `vscode.workspace.fs`.
 */
export const PDF_IN_BROWSER =
  'WSIS: PDF export needs LibreOffice, a desktop program, which VS Code for the Web cannot run. Export to Word (WSIS: Export to Word), then save it as PDF from Word, or export to PDF in desktop VS Code.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `report.wsis.md` -> `report`; `report.docx` -> `report`. */
export function baseNameOf(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const m = /^(.+?)(\.wsis)?\.(md|markdown|txt|docx)$/is.exec(name);
  return m !== null ? m[1] : name.replace(/\.[^.]+$/, '') || name;
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

export async function importInline(client: BaseLanguageClient, docx: vscode.Uri, rollForward: boolean): Promise<void> {
  try {
    const stat = await vscode.workspace.fs.stat(docx);
    if (stat.size > MAX_DOCX_BYTES) throw new Error(`the Word document is larger than ${MAX_DOCX_BYTES / 1048576} MB: not read`);
    const bytes = await vscode.workspace.fs.readFile(docx);
    const result = await client.sendRequest(ImportWordRequest, { data: toBase64(bytes), rollForward });
    if (typeof result.text !== 'string') throw new Error('the server sent no draft');
    const target = vscode.Uri.joinPath(docx, '..', `${baseNameOf(docx)}.wsis.md`);
    if (!(await mayWrite(target))) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(target);
    if (result.notes.length > 0) void vscode.window.showInformationMessage(`WSIS: imported with notes: ${result.notes.join('; ')}`);
  } catch (error) {
    void vscode.window.showErrorMessage(`WSIS: the import failed: ${messageOf(error)}`);
  }
}
