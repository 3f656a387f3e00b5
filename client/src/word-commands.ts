import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportWordRequest, ImportWordRequest, type WordFailure, type WordFormat, type WordResult } from '../../server/src/protocol';
import { ACTION_COMMANDS, exportActions } from './export-actions';
import type { Where } from './start';
import { exportInline, importInline, PDF_IN_BROWSER } from './word-inline';

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

/** Says where the export went, and offers what works here: reveal it in the OS, show it in the Explorer, download it. */
export async function announce(result: WordResult, verb: string, written: vscode.Uri = vscode.Uri.file(result.path)): Promise<void> {
  const notes = result.notes.length > 0 ? ` (${result.notes.length} note${result.notes.length === 1 ? '' : 's'}: ${result.notes.slice(0, 2).join('; ')}${result.notes.length > 2 ? ' ...' : ''})` : '';
  const actions = exportActions({ web: vscode.env.uiKind === vscode.UIKind.Web, remoteName: vscode.env.remoteName, scheme: written.scheme });
  const where = written.scheme === 'file' ? written.fsPath : vscode.workspace.asRelativePath(written);
  const choice = await vscode.window.showInformationMessage(`WSIS: ${verb} ${where}${notes}.`, ...actions);
  if (choice === undefined) return;
  try {
    for (const command of ACTION_COMMANDS[choice]) await vscode.commands.executeCommand(command, written);
  } catch (error) {
    void vscode.window.showErrorMessage(`WSIS: ${choice.toLowerCase()} failed: ${messageOf(error)}`);
  }
}

async function exportTo(client: LanguageClient, format: WordFormat, where: Where): Promise<void> {
  if (format === 'pdf' && !where.serverWritesFiles) {
    // The command is hidden and disabled in the browser (package.json, isWeb); a keybinding or another extension may still run it.
    void vscode.window.showErrorMessage(PDF_IN_BROWSER);
    return;
  }
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
  if (!where.serverWritesFiles || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) {
    if (format === 'pdf') {
      void vscode.window.showErrorMessage('WSIS: PDF export needs the draft saved on this computer (LibreOffice converts a file): export to Word instead.');
      return;
    }
    // The server makes the document, the editor writes it (VS Code for the Web, virtual workspaces).
    await exportInline(client, document, announce);
    return;
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
    } else if (reason === 'unavailable') {
      void vscode.window.showErrorMessage(PDF_IN_BROWSER);
    } else if (reason === 'no-libreoffice') {
      void vscode.window.showErrorMessage(`WSIS: PDF export needs LibreOffice, which was not found. Install it (e.g. apt-get install libreoffice-writer-nogui), or export to Word and save as PDF from Word. (${messageOf(error)})`);
    } else {
      void vscode.window.showErrorMessage(`WSIS: the export failed: ${messageOf(error)}`);
    }
  }
}

async function importFromWord(client: LanguageClient, where: Where): Promise<void> {
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
  if (!where.serverWritesFiles || picked[0].scheme !== 'file') {
    await importInline(client, picked[0], mode.rollForward);
    return;
  }
  try {
    const result = await withOverwritePrompt((force) => client.sendRequest(ImportWordRequest, { path: picked[0].fsPath, rollForward: mode.rollForward, force }));
    if (result === undefined) return;
    await vscode.window.showTextDocument(vscode.Uri.file(result.path));
    if (result.notes.length > 0) void vscode.window.showInformationMessage(`WSIS: imported with notes: ${result.notes.join('; ')}`);
  } catch (error) {
    void vscode.window.showErrorMessage(`WSIS: the import failed: ${messageOf(error)}`);
  }
}

export function registerWordCommands(client: LanguageClient, where: Where): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('wsis.exportDocx', () => exportTo(client, 'docx', where)),
    vscode.commands.registerCommand('wsis.exportPdf', () => exportTo(client, 'pdf', where)),
    vscode.commands.registerCommand('wsis.importDocx', () => importFromWord(client, where)),
  ];
}
