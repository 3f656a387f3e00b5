import * as vscode from 'vscode';
import { isDraftName } from './draft-context';
import { SHOW_RULE_DOC, showRuleDoc } from './rule-docs';

/** The kind of the server's "fix all" code action (server/src/lsp/features/code-actions.ts). */
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('wsis');

/** The draft a command acts on: the one a menu names, or the active editor's. */
export async function draftFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
  const document = vscode.window.activeTextEditor?.document;
  if (document !== undefined && (isDraftName(document.uri) || document.languageId === 'wsis' || document.languageId === 'markdown')) return document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a WSIS draft (*.wsis.md, or a Markdown submission) first.'));
  return undefined;
}

/** `WSIS: Fix all problems that can be fixed`: the server's fix-all action for the draft's current version. */
async function fixAll(uri: unknown): Promise<void> {
  const document = await draftFor(uri);
  if (document === undefined) return;
  const version = document.version;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value)) ?? [];
  const action = actions.find((a) => a.kind !== undefined && FIX_ALL_KIND.contains(a.kind) && a.edit !== undefined);
  if (action?.edit === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('WSIS: nothing left to fix mechanically. What the Problems panel still lists is for you to write.'));
    return;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while fixing it: nothing was changed. Try again.'));
    return;
  }
  if (!(await vscode.workspace.applyEdit(action.edit))) void vscode.window.showWarningMessage(vscode.l10n.t('WSIS: the editor refused the edit ({0}).', vscode.l10n.t('fix all')));
}

/** The example draft shipped in the extension. */
const EXAMPLE = 'draft-with-problems.wsis.md';

/**
 * `WSIS: Open an example draft`: the bundled example as a new untitled draft named like one
 * (so it is a draft by its name, and Save As proposes that name), never the file in the
 * extension's folder, which stays as shipped.
 */
async function openExample(extensionUri: vscode.Uri): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const target = folder !== undefined ? vscode.Uri.joinPath(folder.uri, EXAMPLE).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: EXAMPLE });
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', EXAMPLE)));
    const document = await vscode.workspace.openTextDocument(target);
    if (document.getText().length === 0) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), text);
      await vscode.workspace.applyEdit(edit);
    }
    await vscode.window.showTextDocument(document);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: the example could not be opened: {0}', error instanceof Error ? error.message : String(error)));
  }
}

export function registerGuideCommands(extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('wsis.fixAll', (uri?: unknown) => fixAll(uri)),
    vscode.commands.registerCommand('wsis.openExample', () => openExample(extensionUri)),
    vscode.commands.registerCommand(SHOW_RULE_DOC, (rule?: unknown) => showRuleDoc(extensionUri, rule)),
  ];
}
