import * as vscode from 'vscode';

const DELAY_MS = 300;

/**
 * With `wsis.preview.showProblems` on, the Markdown preview marks the paragraphs that have a
 * problem; VS Code refreshes a preview when its document changes, not when the problems (which
 * the server publishes a moment later) or our settings change. This refreshes the previews then,
 * a little after the last change; with the setting off, problems changing do nothing.
 */
export function refreshPreviewsOnProblems(): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined), DELAY_MS);
  };
  const showing = (uri?: vscode.Uri): boolean => vscode.workspace.getConfiguration('wsis', uri).get<boolean>('preview.showProblems', false);
  const subscriptions = [
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((uri) => /\.md$/i.test(uri.path) && showing(uri))) refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('wsis.preview')) refresh();
    }),
  ];
  return new vscode.Disposable(() => {
    if (timer !== undefined) clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
  });
}
