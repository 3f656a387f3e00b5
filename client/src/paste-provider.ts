import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MAX_PASTE_HTML, PasteHtmlRequest } from '../../server/src/protocol';

/**
 * Paste from Word: when the clipboard holds HTML, "Paste as WSIS Markdown" is one of the ways
 * to paste into a draft (VS Code's paste widget lists them, plain text among them). The server
 * converts the HTML with the converter of Import from Word, so the client stays small.
 *
 * Which is applied first: ours for HTML from Word or LibreOffice, since their plain text loses
 * what a submission needs (footnotes become stray digits and lose their texts, headings and
 * lists become plain lines, which `pasted-layout` then reports); plain text for any other HTML
 * (a web page), where our edit stays one click away. A copy inside VS Code is left alone: its
 * HTML is the draft's own Markdown in colours, and converting it would escape that Markdown.
 */
export const PASTE_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('markdown', 'wsis');
const TITLE = 'Paste as WSIS Markdown';
const HTML = 'text/html';
/** What VS Code adds to the clipboard when copying from one of its editors. */
const EDITOR_COPY = 'vscode-editor-data';

export class WsisPasteProvider implements vscode.DocumentPasteEditProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideDocumentPasteEdits(
    document: vscode.TextDocument,
    ranges: readonly vscode.Range[],
    dataTransfer: vscode.DataTransfer,
    _context: vscode.DocumentPasteEditContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentPasteEdit[] | undefined> {
    // One place to paste into: footnotes pasted at several cursors would be defined once each.
    if (ranges.length !== 1 || dataTransfer.get(EDITOR_COPY) !== undefined) return undefined;
    const html = await dataTransfer.get(HTML)?.asString();
    if (html === undefined || html.trim() === '' || html.length > MAX_PASTE_HTML || token.isCancellationRequested) return undefined;
    const range = ranges[0];
    let result;
    try {
      result = await this.client.sendRequest(
        PasteHtmlRequest,
        { uri: document.uri.toString(), version: document.version, html, range: this.client.code2ProtocolConverter.asRange(range) },
        token,
      );
    } catch {
      // Changed meanwhile, too large, not a draft: the plain paste goes ahead.
      return undefined;
    }
    if (result === null || token.isCancellationRequested) return undefined;
    const footnotes = result.footnotes === 0 ? '' : ` (${result.footnotes} footnote${result.footnotes === 1 ? '' : 's'})`;
    const edit = new vscode.DocumentPasteEdit(result.text, `${TITLE}${footnotes}`, PASTE_KIND);
    if (result.definitions !== undefined) {
      const additional = new vscode.WorkspaceEdit();
      additional.insert(document.uri, this.client.protocol2CodeConverter.asPosition(result.definitions.range.start), result.definitions.newText);
      edit.additionalEdit = additional;
    }
    if (result.source === 'html') edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
    return [edit];
  }
}

export function registerPasteProvider(client: LanguageClient): vscode.Disposable {
  return vscode.languages.registerDocumentPasteEditProvider(
    // Drafts: Markdown documents named *.wsis.md (and the `wsis` language for those who associate drafts with it).
    [{ language: 'markdown', pattern: '**/*.wsis.md' }, { language: 'wsis' }],
    new WsisPasteProvider(client),
    {
      providedPasteEditKinds: [PASTE_KIND],
      pasteMimeTypes: [HTML],
    },
  );
}
