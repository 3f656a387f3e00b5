import * as vscode from 'vscode';
import { ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import { ExportWordRequest, ImportWordRequest, type WordFailure, type WordFormat, type WordResult } from '../../server/src/protocol';

/**
 * WSIS: Export to Word / Export to PDF / Import from Word. The server does the work (it has the
 * files, also in remote workspaces); the client asks the questions: export a draft that still
 * has errors? replace an existing file? roll last year's submission forward?
 */
function reasonOf(error: unknown): WordFailure | undefined {
  return error instanceof ResponseError ? (error.data as { reason?: WordFailure } | undefined)?.reason : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `request`; when the target exists, asks before sending it again with `force`. */
async function withOverwritePrompt(request: (force: boolean) => Promise<WordResult>): Promise<WordResult | undefined> {
  try {
    return await request(false);
  } catch (error) {
    if (reasonOf(error) !== 'exists') throw error;
    const choice = await vscode.window.showWarningMessage(messageOf(error).replace(/use --force.*$/, 'Replace it?'), { modal: true }, 'Replace');
    return choice === 'Replace' ? request(true) : undefined;
  }
}

/**
 * Runs an import to the default name; when a draft has that name (last year's, often), proposes
 * a free name beside it in a save dialog, never the existing draft: replacing one takes choosing
 * it in the dialog, which asks again. `request(out)` with `out` writes there (forced: the dialog asked).
 */
async function withNewNamePrompt(request: (out: string | undefined) => Promise<WordResult>): Promise<WordResult | undefined> {
  try {
    return await request(undefined);
  } catch (error) {
    if (reasonOf(error) !== 'exists') throw error;
    const suggestion = (error as ResponseError<{ suggestion?: string }>).data?.suggestion;
    const taken = messageOf(error).split(' exists')[0];
    const target = await vscode.window.showSaveDialog({
      title: `${taken.split(/[\\/]/).pop() ?? taken} exists and is left as it is: save the new draft as`,
      defaultUri: suggestion !== undefined ? vscode.Uri.file(suggestion) : undefined,
      filters: { 'WSIS draft': ['md'] },
      saveLabel: 'Save the new draft',
    });
    return target === undefined ? undefined : request(target.fsPath);
  }
}

async function announce(result: WordResult, verb: string): Promise<void> {
  const notes = result.notes.length > 0 ? ` (${result.notes.length} note${result.notes.length === 1 ? '' : 's'}: ${result.notes.slice(0, 2).join('; ')}${result.notes.length > 2 ? ' ...' : ''})` : '';
  const choice = await vscode.window.showInformationMessage(`WSIS: ${verb} ${result.path}${notes}.`, 'Reveal');
  if (choice === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.path));
}

async function exportTo(client: LanguageClient, format: WordFormat): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || (editor.document.languageId !== 'wsis' && editor.document.languageId !== 'markdown')) {
    void vscode.window.showInformationMessage('Open a WSIS draft first.');
    return;
  }
  const document = editor.document;
  const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'wsis' && d.severity === vscode.DiagnosticSeverity.Error);
  if (errors.length > 0) {
    const choice = await vscode.window.showWarningMessage(
      `The draft still has ${errors.length} error${errors.length === 1 ? '' : 's'} against the template. Export anyway?`,
      { modal: true },
      'Export anyway',
      'Show Problems',
    );
    if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== 'Export anyway') return;
  }
  let out: string | undefined;
  if (document.uri.scheme !== 'file') {
    const target = await vscode.window.showSaveDialog({ filters: format === 'pdf' ? { PDF: ['pdf'] } : { Word: ['docx'] } });
    if (target === undefined) return;
    out = target.fsPath;
  }
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `WSIS: exporting to ${format === 'pdf' ? 'PDF' : 'Word'}` }, () =>
      withOverwritePrompt((force) => client.sendRequest(ExportWordRequest, { uri: document.uri.toString(), version: document.version, format, out, force })),
    );
    if (result !== undefined) await announce(result, 'exported to');
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === 'program-refused') {
      // LibreOffice was found only inside the workspace (or named by a relative path): never run.
      const mode = vscode.workspace.isTrusted ? '' : ' (Restricted Mode)';
      void vscode.window.showErrorMessage(
        `WSIS: PDF export refused${mode}: LibreOffice is never run from inside the workspace, and the only one found lies there. Install LibreOffice, or set WSIS_LIBREOFFICE to the absolute path of one outside the workspace. (${messageOf(error)})`,
      );
    } else if (reason === 'no-libreoffice') {
      void vscode.window.showErrorMessage(`WSIS: PDF export needs LibreOffice, which was not found. Install it (e.g. apt-get install libreoffice-writer-nogui), or export to Word and save as PDF from Word. (${messageOf(error)})`);
    } else {
      void vscode.window.showErrorMessage(`WSIS: the export failed: ${messageOf(error)}`);
    }
  }
}

async function importFromWord(client: LanguageClient): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] }, title: 'Import a submission from Word' });
  if (picked === undefined || picked.length === 0) return;
  const mode = await vscode.window.showQuickPick(
    [
      { label: 'Keep it as it is', rollForward: false },
      { label: "Start this year's draft from it", description: 'session, years and dates one year on', rollForward: true },
    ],
    { title: 'Import from Word' },
  );
  if (mode === undefined) return;
  try {
    const result = await withNewNamePrompt((out) => client.sendRequest(ImportWordRequest, { path: picked[0].fsPath, rollForward: mode.rollForward, out, force: out !== undefined }));
    if (result === undefined) return;
    await vscode.window.showTextDocument(vscode.Uri.file(result.path));
    if (result.notes.length > 0) void vscode.window.showInformationMessage(`WSIS: imported with notes: ${result.notes.join('; ')}`);
  } catch (error) {
    void vscode.window.showErrorMessage(`WSIS: the import failed: ${messageOf(error)}`);
  }
}

export function registerWordCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('wsis.exportDocx', () => exportTo(client, 'docx')),
    vscode.commands.registerCommand('wsis.exportPdf', () => exportTo(client, 'pdf')),
    vscode.commands.registerCommand('wsis.importDocx', () => importFromWord(client)),
  ];
}
