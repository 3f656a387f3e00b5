import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type LanguageClient, type WorkspaceEdit } from 'vscode-languageclient/node';
import {
  CheckWorkspaceRequest,
  ConvertFootnotesRequest,
  NewSubmissionRequest,
  RenumberFootnotesRequest,
  type FootnoteNotationName,
} from '../../server/src/protocol';

const LANGUAGES = new Set(['wsis', 'markdown']);

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !LANGUAGES.has(editor.document.languageId)) {
    void vscode.window.showInformationMessage('Open a WSIS draft (*.wsis.md, or a Markdown submission) first.');
    return undefined;
  }
  return editor;
}

function explain(error: unknown, what: string): void {
  if (error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified) {
    void vscode.window.showWarningMessage(`The draft changed while ${what}: nothing was changed. Try again.`);
  } else if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) {
    // cancelled by the user
  } else {
    void vscode.window.showErrorMessage(`WSIS: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
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
      void vscode.window.showWarningMessage(`The draft changed while ${what}: nothing was changed. Try again.`);
      return;
    }
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) void vscode.window.showWarningMessage(`WSIS: the editor refused the edit (${what}).`);
  } catch (error) {
    explain(error, what);
  }
}

const NOTATIONS: (vscode.QuickPickItem & { notation: FootnoteNotationName })[] = [
  { label: 'Markdown footnotes', description: '[^1] in the text, [^1]: at the bottom', notation: 'markdown' },
  { label: 'HTML superscripts', description: '<sup>1</sup>', notation: 'html' },
  { label: 'Unicode superscripts', description: '¹', notation: 'unicode' },
];

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('wsis.checkWorkspace', async () => {
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'WSIS: checking the drafts in the workspace', cancellable: true },
          (_progress, token) => client.sendRequest(CheckWorkspaceRequest, {}, token),
        );
        const problems = `${result.diagnostics} problem${result.diagnostics === 1 ? '' : 's'}`;
        const message =
          result.files === 0
            ? 'WSIS: no drafts found in the workspace (*.wsis.md, or Markdown files that look like submissions).'
            : `WSIS: checked ${result.files} draft${result.files === 1 ? '' : 's'}: ${problems} (${result.errors} error${result.errors === 1 ? '' : 's'}).`;
        const choice = await vscode.window.showInformationMessage(message + (result.unreadable > 0 ? ` ${result.unreadable} file(s) could not be read.` : ''), ...(result.diagnostics > 0 ? ['Show Problems'] : []));
        if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
      } catch (error) {
        explain(error, 'checking the workspace');
      }
    }),
    vscode.commands.registerCommand('wsis.renumberFootnotes', () =>
      footnoteEdit(client, 'renumbering the footnotes', 'WSIS: the footnotes already run 1, 2, 3 ...', (uri, version) => client.sendRequest(RenumberFootnotesRequest, { uri, version })),
    ),
    vscode.commands.registerCommand('wsis.convertFootnotes', async () => {
      if (activeDraft() === undefined) return;
      const pick = await vscode.window.showQuickPick(NOTATIONS, { title: 'Convert every footnote to', placeHolder: 'The notation to use for all references and definitions' });
      if (pick === undefined) return;
      await footnoteEdit(client, 'converting the footnotes', `WSIS: every footnote is already written as ${pick.label.toLowerCase()}.`, (uri, version) =>
        client.sendRequest(ConvertFootnotesRequest, { uri, version, notation: pick.notation }),
      );
    }),
    vscode.commands.registerCommand('wsis.newSubmission', async () => {
      try {
        const { text } = await client.sendRequest(NewSubmissionRequest, {});
        // A draft is a Markdown document; an untitled one is checked by its content, unless
        // `wsis.markdown.enable` is `never`: then the `wsis` language makes it a draft.
        const never = vscode.workspace.getConfiguration('wsis').get<string>('markdown.enable') === 'never';
        const document = await vscode.workspace.openTextDocument({ language: never ? 'wsis' : 'markdown', content: text });
        await vscode.window.showTextDocument(document);
      } catch (error) {
        explain(error, 'creating a new submission');
      }
    }),
  ];
}
