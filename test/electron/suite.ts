// The end-to-end steps through the `vscode` API, run by a VS Code extension host as its
// extensionTestsPath: in code-server by test/e2e/api.e2e.ts (npm run test:e2e, here and in CI),
// and in desktop VS Code by run.ts through @vscode/test-electron (npm run test:electron, on a
// machine that can download VS Code). Bundled by build-suite.ts with esbuild; `run()` is what
// the extension host calls. It reports one line per step, `ok - NAME` or `not ok - NAME: WHY`,
// then `N passed, M failed` (api.e2e.ts reads them from the workbench's console), and throws
// when a step failed.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleDocFile } from '../../client/src/rule-doc-files';

const EXTENSION_ID = 'wsis-tools.wsis-submission-checker';

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function wsisDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wsis');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixtures folder open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

const steps: [string, () => Promise<void>][] = [
  ['activates for a wsis draft and lists its problems', async () => {
    const doc = await open('rules/disclaimer/missing.md');
    assert.equal(doc.languageId, 'markdown');
    const draft = await open('clean-submission.wsis.md');
    // Drafts are Markdown documents (the server attaches to them by name).
    assert.equal(draft.languageId, 'markdown');
    await until('the extension to activate', () => (vscode.extensions.getExtension(EXTENSION_ID)?.isActive === true ? true : undefined));
    const problems = await until('the disclaimer problem', () => {
      const ds = wsisDiagnostics(doc.uri);
      return ds.some((d) => codeOf(d) === 'disclaimer') ? ds : undefined;
    });
    assert.deepEqual(problems.map((d) => [codeOf(d), d.range.start.line]), [['disclaimer', 11]]);
  }],
  ['outlines a Word paste: the cover, the disclaimer and the Parts with (a) and (b)', async () => {
    // Without Markdown headings, Markdown's outline is empty and ours is the one tree (with
    // headings, the server leaves the outline to Markdown's: see the e2e test 2).
    const doc = await open('rules/pasted-layout/word-paste.md');
    const symbols = await until('the outline', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s !== undefined && s.length > 0 ? s : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name).filter((n) => n !== 'Footnotes'), ['Cover', 'Disclaimer', 'Part One', 'Part Two', 'Part Three']);
    assert.deepEqual(symbols.find((s) => s.name === 'Part Three')?.children.map((s) => s.name), ['(a)', '(b)']);
  }],
  ['offers the quick fix that inserts the disclaimer, and the problem goes', async () => {
    const doc = await open('rules/disclaimer/missing.md');
    const problem = await until('the disclaimer problem', () => wsisDiagnostics(doc.uri).find((d) => codeOf(d) === 'disclaimer'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Insert the disclaimer');
    assert.ok(fix?.edit, 'the quick fix with its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /^DISCLAIMER: The views presented here/m);
    await until('the problem to go', () => (wsisDiagnostics(doc.uri).some((d) => codeOf(d) === 'disclaimer') ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }],
  ['hovers a footnote reference with its definition, and goes to it', async () => {
    const doc = await open('clean-submission.wsis.md');
    const at = doc.positionAt(doc.getText().indexOf('[^1]') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Example Digital Foundation \(2025\), Annual Report/);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    const line = targets.map((t) => ('targetRange' in t ? t.targetRange : t.range).start.line);
    assert.deepEqual(line, [doc.positionAt(doc.getText().indexOf('[^1]:')).line]);
  }],
  ['links a problem\'s rule to its doc in the extension, opened rendered in the display language', async () => {
    const doc = await open('rules/disclaimer/missing.md');
    const problem = await until('the disclaimer problem', () => wsisDiagnostics(doc.uri).find((d) => codeOf(d) === 'disclaimer'));
    const target = typeof problem.code === 'object' ? problem.code.target : undefined;
    assert.equal(target?.scheme, 'command');
    assert.equal(target?.path, 'wsis.showRuleDoc');
    const args = JSON.parse(decodeURIComponent(target?.query ?? '')) as unknown[];
    assert.deepEqual(args, ['disclaimer']);
    await vscode.commands.executeCommand(target.path, ...args);
    // Rendered: the Markdown preview of the doc in the display language (its tab is a webview, "Preview rules.md");
    // that it is scrolled to the rule is seen on screen (test/e2e/web.e2e.ts, step 6).
    const file = ruleDocFile(vscode.env.language);
    const tab = await until('the rule doc\'s preview', () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('markdown.preview') ? t : undefined;
    });
    assert.ok(tab.label.endsWith(file), `${tab.label} for the display language ${vscode.env.language}`);
    await vscode.window.tabGroups.close(tab);
  }],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, step] of steps) {
    try {
      await step();
      console.log(`ok - ${name}`);
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      console.log(`not ok - ${failures[failures.length - 1]}`);
    }
  }
  console.log(`${steps.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(failures.join('\n'));
}
