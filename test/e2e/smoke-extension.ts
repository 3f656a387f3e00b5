// A tiny throwaway extension, written into a temp folder at test time, that exercises the
// same VS Code surfaces the real extension uses: a `wsis` language for *.wsis.md, a TextMate
// grammar, snippets, diagnostics, document symbols (Outline), hovers and a quick fix. The smoke test
// uses it to prove the harness end to end before the real extension exists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SMOKE = {
  diagnostic: 'WSIS smoke: the cover block is missing',
  source: 'wsis-smoke',
  code: 'smoke-cover',
  hover: 'World Summit on the Information Society',
  quickFix: 'Insert a cover block',
  inserted: '<!-- cover: smoke -->',
  headingScope: 'markup.heading.wsis-smoke',
  keywordScope: 'keyword.other.wsis-smoke',
  grammarScope: 'text.wsis.smoke',
  snippetPrefix: 'wsis-cover',
  snippetDescription: 'Cover block',
} as const;

const extensionJs = `'use strict';
const vscode = require('vscode');

const SMOKE = ${JSON.stringify(SMOKE)};

function activate(context) {
  const output = vscode.window.createOutputChannel('WSIS smoke');
  output.appendLine('activated');
  const collection = vscode.languages.createDiagnosticCollection(SMOKE.source);
  const check = (doc) => {
    if (doc.languageId !== 'wsis') return;
    if (doc.lineAt(0).text.startsWith(SMOKE.inserted)) { collection.set(doc.uri, []); return; }
    const d = new vscode.Diagnostic(doc.lineAt(0).range, SMOKE.diagnostic, vscode.DiagnosticSeverity.Warning);
    d.source = SMOKE.source;
    d.code = SMOKE.code;
    collection.set(doc.uri, [d]);
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );

  // Outline: Markdown headings as a tree (level by the number of #).
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider({ language: 'wsis' }, {
    provideDocumentSymbols(doc) {
      const roots = [];
      const stack = [];
      for (let i = 0; i < doc.lineCount; i++) {
        const m = /^(#{1,6})\\s+(.*)$/.exec(doc.lineAt(i).text);
        if (!m) continue;
        const level = m[1].length;
        const range = doc.lineAt(i).range;
        const sym = new vscode.DocumentSymbol(m[2], 'level ' + level, level === 1 ? vscode.SymbolKind.Namespace : vscode.SymbolKind.String, range, range);
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
        if (stack.length) stack[stack.length - 1].sym.children.push(sym); else roots.push(sym);
        stack.push({ level, sym });
      }
      return roots;
    },
  }));

  // Hover on the word WSIS.
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'wsis' }, {
    provideHover(doc, pos) {
      const range = doc.getWordRangeAtPosition(pos, /WSIS/);
      if (!range) return undefined;
      return new vscode.Hover(new vscode.MarkdownString('**WSIS**: ' + SMOKE.hover), range);
    },
  }));

  // Quick fix for the diagnostic: insert a cover line at the top.
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ language: 'wsis' }, {
    provideCodeActions(doc, _range, ctx) {
      return ctx.diagnostics.filter((d) => d.code === SMOKE.code).map((d) => {
        const action = new vscode.CodeAction(SMOKE.quickFix, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.insert(doc.uri, new vscode.Position(0, 0), SMOKE.inserted + '\\n');
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
}

function deactivate() {}

module.exports = { activate, deactivate };
`;

const grammar = {
  scopeName: SMOKE.grammarScope,
  patterns: [
    {
      match: '^(#{1,6})\\s+(.*)$',
      name: SMOKE.headingScope,
      captures: { 1: { name: 'punctuation.definition.heading.wsis-smoke' }, 2: { name: 'entity.name.section.wsis-smoke' } },
    },
    { match: '\\bWSIS\\b', name: SMOKE.keywordScope },
  ],
};

/** Writes the extension's sources into `dir` (ready for `vsce package`). */
export function writeSmokeExtension(dir: string): void {
  mkdirSync(join(dir, 'syntaxes'), { recursive: true });
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  const manifest = {
    name: 'wsis-e2e-smoke',
    displayName: 'WSIS e2e smoke',
    description: 'Throwaway extension that proves the e2e harness.',
    version: '0.0.1',
    publisher: 'wsis-e2e',
    license: 'MIT',
    engines: { vscode: '^1.90.0' },
    main: './extension.js',
    activationEvents: ['onLanguage:wsis'],
    contributes: {
      languages: [{ id: 'wsis', aliases: ['WSIS Submission', 'wsis'], extensions: ['.wsis.md'] }],
      grammars: [{ language: 'wsis', scopeName: SMOKE.grammarScope, path: './syntaxes/smoke.tmLanguage.json' }],
      snippets: [{ language: 'wsis', path: './snippets/smoke.code-snippets' }],
    },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'extension.js'), extensionJs);
  writeFileSync(join(dir, 'syntaxes', 'smoke.tmLanguage.json'), JSON.stringify(grammar, null, 2));
  writeFileSync(join(dir, 'snippets', 'smoke.code-snippets'), JSON.stringify({
    cover: { prefix: SMOKE.snippetPrefix, body: ['<!-- cover: $1 -->', '$0'], description: SMOKE.snippetDescription },
  }, null, 2));
  writeFileSync(join(dir, 'README.md'), '# WSIS e2e smoke\n\nThrowaway extension generated by test/e2e/smoke.e2e.ts.\n');
}
