import * as vscode from 'vscode';

/**
 * The `wsis.isDraft` context key: whether the active editor holds a document the server checks
 * (a `*.wsis.md` file, an untitled draft, or a Markdown file that `wsis.markdown.enable` makes a
 * draft). The manifest's `when` clauses use it beside the file name, so draft-only commands and
 * buttons show on every draft, whatever its language id, and on nothing else.
 */
export const DRAFT_CONTEXT_KEY = 'wsis.isDraft';

export class DraftContext {
  private value: boolean | undefined;

  set(value: boolean): void {
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', DRAFT_CONTEXT_KEY, value);
  }
}

/** A draft by its name, whatever language VS Code gave it (`*.wsis.md`). */
export function isDraftName(uri: vscode.Uri): boolean {
  return /\.wsis\.md$/i.test(uri.path);
}
