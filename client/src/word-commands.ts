import * as vscode from 'vscode';
import { ResponseError, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportWordRequest, ImportWordRequest, type WordFailure, type WordFailureData, type WordFormat, type WordResult } from '../../server/src/protocol';
import { ACTION_COMMANDS, exportActions } from './export-actions';
import { draftFor } from './guide-commands';
import type { Where } from './start';
import { exportInline, importInline, PDF_IN_BROWSER } from './word-inline';

/**
 * WSIS: Export to Word / Export to PDF / Import from Word or PDF. The server does the work (it has the
 * files, also in remote workspaces); the client asks the questions: export a draft that still
 * has errors? replace an existing file? roll last year's submission forward?
 */
function reasonOf(error: unknown): WordFailure | undefined {
  return dataOf(error)?.reason;
}

function dataOf(error: unknown): Partial<WordFailureData> | undefined {
  return error instanceof ResponseError ? (error.data as Partial<WordFailureData> | undefined) : undefined;
}

/** The file's name, for a question about it. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
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
    const replace = vscode.l10n.t('Replace');
    // The server names the file in its data; its message ends with the command line's advice (--force, --out).
    const path = dataOf(error)?.path;
    const question =
      path !== undefined
        ? vscode.l10n.t('{0} exists and is not an untouched earlier export: it was saved in an office suite since, or made another way. Replace it?', fileName(path))
        : messageOf(error);
    const choice = await vscode.window.showWarningMessage(question, { modal: true }, replace);
    return choice === replace ? request(true) : undefined;
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
    const { suggestion, path: taken } = dataOf(error) ?? {};
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('{0} exists and is left as it is: save the new draft as', taken !== undefined ? fileName(taken) : messageOf(error)),
      defaultUri: suggestion !== undefined ? vscode.Uri.file(suggestion) : undefined,
      filters: { [vscode.l10n.t('WSIS draft')]: ['md'] },
      saveLabel: vscode.l10n.t('Save the new draft'),
    });
    return target === undefined ? undefined : request(target.fsPath);
  }
}

/** Says where the export went, and offers what works here: reveal it in the OS, show it in the Explorer, download it. */
export async function announce(result: WordResult, _verb: string, written: vscode.Uri = vscode.Uri.file(result.path)): Promise<void> {
  const notes = result.notes.length > 0 ? ` (${vscode.l10n.t('notes: {0}', result.notes.slice(0, 2).join('; ') + (result.notes.length > 2 ? ' ...' : ''))})` : '';
  const actions = exportActions({ web: vscode.env.uiKind === vscode.UIKind.Web, remoteName: vscode.env.remoteName, scheme: written.scheme });
  const where = written.scheme === 'file' ? written.fsPath : vscode.workspace.asRelativePath(written);
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('WSIS: exported to {0}{1}.', where, notes), ...actions);
  if (choice === undefined) return;
  try {
    for (const command of ACTION_COMMANDS[choice]) await vscode.commands.executeCommand(command, written);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: {0} failed: {1}', choice, messageOf(error)));
  }
}

async function exportTo(client: LanguageClient, format: WordFormat, where: Where, uri: unknown): Promise<void> {
  if (format === 'pdf' && !where.serverWritesFiles) {
    // The command is hidden and disabled in the browser (package.json, isWeb); a keybinding or another extension may still run it.
    void vscode.window.showErrorMessage(PDF_IN_BROWSER);
    return;
  }
  const document = await draftFor(uri);
  if (document === undefined) return;
  const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'wsis' && d.severity === vscode.DiagnosticSeverity.Error);
  if (errors.length > 0) {
    const anyway = vscode.l10n.t('Export anyway');
    const show = vscode.l10n.t('Show Problems');
    const choice = await vscode.window.showWarningMessage(
      errors.length === 1 ? vscode.l10n.t('The draft still has an error against the template. Export anyway?') : vscode.l10n.t('The draft still has {0} errors against the template. Export anyway?', errors.length),
      { modal: true },
      anyway,
      show,
    );
    if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== anyway) return;
  }
  if (!where.serverWritesFiles || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) {
    if (format === 'pdf') {
      void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: PDF export needs the draft saved on this computer (LibreOffice converts a file): export to Word instead.'));
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
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: format === 'pdf' ? vscode.l10n.t('WSIS: exporting to PDF') : vscode.l10n.t('WSIS: exporting to Word') }, () =>
      withOverwritePrompt((force) => client.sendRequest(ExportWordRequest, { uri: document.uri.toString(), version: document.version, format, out, force })),
    );
    if (result !== undefined) await announce(result, 'exported to');
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === 'program-refused') {
      // LibreOffice was found only inside the workspace (or named by a relative path): never run.
      const mode = vscode.workspace.isTrusted ? '' : ' ' + vscode.l10n.t('(Restricted Mode)');
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'WSIS: PDF export refused{0}: LibreOffice is never run from inside the workspace, and the only one found lies there. Install LibreOffice, or set WSIS_LIBREOFFICE to the absolute path of one outside the workspace. ({1})',
          mode,
          messageOf(error),
        ),
      );
    } else if (reason === 'unavailable') {
      void vscode.window.showErrorMessage(PDF_IN_BROWSER);
    } else if (reason === 'no-libreoffice') {
      void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: PDF export needs LibreOffice, which was not found. Install it (e.g. apt-get install libreoffice-writer-nogui), or export to Word and save as PDF from Word. ({0})', messageOf(error)));
    } else {
      void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: the export failed: {0}', messageOf(error)));
    }
  }
}

async function importFromWord(client: LanguageClient, where: Where, uri: unknown): Promise<void> {
  // From the Explorer's menu on a .docx or .pdf, that file; otherwise the user picks one.
  const picked =
    uri instanceof vscode.Uri
      ? [uri]
      : await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word or PDF')]: ['docx', 'pdf'] }, title: vscode.l10n.t('Import a submission from Word or PDF') });
  const file = picked?.[0];
  if (file === undefined) return;
  const mode = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Keep it as it is'), rollForward: false },
      { label: vscode.l10n.t("Start this year's draft from it"), description: vscode.l10n.t('session, years and dates one year on'), rollForward: true },
    ],
    { title: vscode.l10n.t('Import from Word or PDF') },
  );
  if (mode === undefined) return;
  if (!where.serverWritesFiles || file.scheme !== 'file') {
    // The editor reads the file (Word or PDF) and writes the draft (VS Code for the Web, virtual workspaces).
    await importInline(client, file, mode.rollForward);
    return;
  }
  try {
    const result = await withNewNamePrompt((out) => client.sendRequest(ImportWordRequest, { path: file.fsPath, rollForward: mode.rollForward, out, force: out !== undefined }));
    if (result === undefined) return;
    await vscode.window.showTextDocument(vscode.Uri.file(result.path));
    const summary = result.summary !== undefined ? `${result.summary} ` : '';
    if (result.notes.length > 0) void vscode.window.showInformationMessage(vscode.l10n.t('WSIS: imported. {0}Notes: {1}', summary, result.notes.join('; ')));
    else if (summary !== '') void vscode.window.showInformationMessage(vscode.l10n.t('WSIS: imported. {0}', summary));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: the import failed: {0}', messageOf(error)));
  }
}

export function registerWordCommands(client: LanguageClient, where: Where): vscode.Disposable[] {
  return [
    // Menus (editor title, Explorer) pass the file's URI; the palette passes nothing.
    vscode.commands.registerCommand('wsis.exportDocx', (uri?: unknown) => exportTo(client, 'docx', where, uri)),
    vscode.commands.registerCommand('wsis.exportPdf', (uri?: unknown) => exportTo(client, 'pdf', where, uri)),
    vscode.commands.registerCommand('wsis.importDocx', (uri?: unknown) => importFromWord(client, where, uri)),
  ];
}
