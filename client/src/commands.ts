import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type BaseLanguageClient as LanguageClient, type WorkspaceEdit } from 'vscode-languageclient';
import {
  CheckWorkspaceRequest,
  ConvertFootnotesRequest,
  NewSubmissionRequest,
  RenumberFootnotesRequest,
  type FootnoteNotationName,
} from '../../server/src/protocol';
import { isDraftName } from './draft-context';
import { freeFileName } from '../../server/src/engine/client-api';

const LANGUAGES = new Set(['wsis', 'markdown']);

/**
 * An untitled document named `fileName` (in the first workspace folder, so Save As proposes
 * that name there), or the next free name (`NAME-2.wsis.md` ...) when a file or an open document
 * has it: New submission never lands on an existing draft.
 */
async function untitledDraftUri(fileName: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path.split('/').pop() ?? ''));
  const existing = new Set<string>();
  if (folder !== undefined) {
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(folder)) existing.add(name);
    } catch {
      // an unreadable folder: only the open documents count
    }
  }
  const name = freeFileName(fileName, (n) => open.has(n) || existing.has(n));
  return folder !== undefined ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
}

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !(LANGUAGES.has(editor.document.languageId) || isDraftName(editor.document.uri))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a WSIS draft (*.wsis.md, or a Markdown submission) first.'));
    return undefined;
  }
  return editor;
}

function explain(error: unknown, what: string): void {
  if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while {0}: nothing was changed. Try again.', what));
  } else if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) {
    // cancelled by the user
  } else {
    void vscode.window.showErrorMessage(vscode.l10n.t('WSIS: {0} failed: {1}', what, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Runs a footnote request for the active draft's current version and applies the edit it
 * returns, unless the draft changed meanwhile (the server checks the version it was sent; the
 * client checks again just before applying).
 */
async function footnoteEdit(
  client: LanguageClient,
  what: string,
  nothing: string,
  request: (uri: string, version: number) => Promise<WorkspaceEdit | null>,
): Promise<void> {
  const editor = activeDraft();
  if (editor === undefined) return;
  const document = editor.document;
  const version = document.version;
  try {
    const edit = await request(document.uri.toString(), version);
    if (edit === null) {
      void vscode.window.showInformationMessage(nothing);
      return;
    }
    const workspaceEdit = await client.protocol2CodeConverter.asWorkspaceEdit(edit);
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The draft changed while {0}: nothing was changed. Try again.', what));
      return;
    }
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) void vscode.window.showWarningMessage(vscode.l10n.t('WSIS: the editor refused the edit ({0}).', what));
  } catch (error) {
    explain(error, what);
  }
}

const notations = (): (vscode.QuickPickItem & { notation: FootnoteNotationName })[] => [
  { label: vscode.l10n.t('Markdown footnotes'), description: vscode.l10n.t('[^1] in the text, [^1]: at the bottom'), notation: 'markdown' },
  { label: vscode.l10n.t('HTML superscripts'), description: '<sup>1</sup>', notation: 'html' },
  { label: vscode.l10n.t('Unicode superscripts'), description: '¹', notation: 'unicode' },
];

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('wsis.checkWorkspace', async () => {
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('WSIS: checking the drafts in the workspace'), cancellable: true },
          (_progress, token) => client.sendRequest(CheckWorkspaceRequest, {}, token),
        );
        const message =
          result.files === 0
            ? vscode.l10n.t('WSIS: no drafts found in the workspace (*.wsis.md, or Markdown files that look like submissions).')
            : vscode.l10n.t('WSIS: drafts checked: {0}; problems: {1}, of which errors: {2}.', result.files, result.diagnostics, result.errors);
        const unreadable = result.unreadable > 0 ? ' ' + vscode.l10n.t('Files that could not be read: {0}.', result.unreadable) : '';
        const show = vscode.l10n.t('Show Problems');
        const choice = await vscode.window.showInformationMessage(message + unreadable, ...(result.diagnostics > 0 ? [show] : []));
        if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
      } catch (error) {
        explain(error, vscode.l10n.t('checking the workspace'));
      }
    }),
    vscode.commands.registerCommand('wsis.renumberFootnotes', () =>
      footnoteEdit(client, vscode.l10n.t('renumbering the footnotes'), vscode.l10n.t('WSIS: the footnotes already run 1, 2, 3 ...'), (uri, version) => client.sendRequest(RenumberFootnotesRequest, { uri, version })),
    ),
    vscode.commands.registerCommand('wsis.convertFootnotes', async () => {
      if (activeDraft() === undefined) return;
      const pick = await vscode.window.showQuickPick(notations(), { title: vscode.l10n.t('Convert every footnote to'), placeHolder: vscode.l10n.t('The notation to use for all references and definitions') });
      if (pick === undefined) return;
      await footnoteEdit(client, vscode.l10n.t('converting the footnotes'), vscode.l10n.t('WSIS: every footnote is already written as {0}.', pick.label), (uri, version) =>
        client.sendRequest(ConvertFootnotesRequest, { uri, version, notation: pick.notation }),
      );
    }),
    vscode.commands.registerCommand('wsis.newSubmission', async () => {
      // The organization first: it goes on the cover and into the draft's name.
      const organization = await vscode.window.showInputBox({
        title: vscode.l10n.t('WSIS: New submission'),
        prompt: vscode.l10n.t("Your organization's name, as it goes under 'Submission by' (leave empty to fill it in later)"),
        placeHolder: vscode.l10n.t('e.g. Internet Society'),
        ignoreFocusOut: true,
      });
      if (organization === undefined) return;
      try {
        const { text, fileName } = await client.sendRequest(NewSubmissionRequest, { organization });
        const uri = await untitledDraftUri(fileName);
        let document = await vscode.workspace.openTextDocument(uri);
        // A draft is a Markdown document (its name says so); with `wsis.markdown.enable` set to
        // `never` only the `wsis` language makes it a draft.
        if (vscode.workspace.getConfiguration('wsis').get<string>('markdown.enable') === 'never') document = await vscode.languages.setTextDocumentLanguage(document, 'wsis');
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), text));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
      } catch (error) {
        explain(error, vscode.l10n.t('creating a new submission'));
      }
    }),
  ];
}
