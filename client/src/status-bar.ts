import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { WordCountRequest } from '../../server/src/protocol';
import { formatWordCount } from './word-count-format';
import { isDraftName, type DraftContext } from './draft-context';

const LANGUAGES = new Set(['wsis', 'markdown']);
const DELAY_MS = 150;

/**
 * The status bar item: words in the Part that holds the cursor and in the body, against the
 * template's guidance, in the warning colour when over. Asked of the server (which counts on
 * the model it already has) shortly after the cursor moves or the text changes; hidden for
 * files that are not checked.
 */
export class WordCountStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;

  /** `draft` is told, on each update, whether the active editor holds a checked draft (the `wsis.isDraft` context key). */
  constructor(
    private readonly client: LanguageClient,
    private readonly draft?: DraftContext,
  ) {
    this.item = vscode.window.createStatusBarItem('wsis.wordCount', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('WSIS word count');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wsis')) this.schedule();
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.schedule(0);
        else this.item.hide();
      }),
    );
    this.schedule(0);
  }

  schedule(delay = DELAY_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const sequence = ++this.sequence;
    if (editor === undefined || !(LANGUAGES.has(editor.document.languageId) || isDraftName(editor.document.uri))) {
      this.draft?.set(false);
      this.item.hide();
      return;
    }
    if (this.client.state !== State.Running) {
      this.item.hide();
      return;
    }
    let result;
    try {
      result = await this.client.sendRequest(WordCountRequest, {
        uri: editor.document.uri.toString(),
        position: { line: editor.selection.active.line, character: editor.selection.active.character },
      });
    } catch {
      // The document changed meanwhile (a newer update follows) or the server is restarting.
      return;
    }
    if (sequence !== this.sequence) return;
    this.draft?.set(result?.checked === true);
    if (result === null || !result.checked) {
      this.item.hide();
      return;
    }
    const display = formatWordCount(result, vscode.l10n.t);
    this.item.text = display.text;
    this.item.tooltip = display.tooltip;
    this.item.backgroundColor = display.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
