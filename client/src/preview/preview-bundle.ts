/**
 * The Markdown preview of drafts: bundled apart as dist/preview.js (the engine, the markdown-it
 * plugin and markdown-it-footnote) and loaded by the client only when VS Code's Markdown preview
 * asks for its markdown-it plugins, so the extension's start-up does not pay for it.
 * esbuild.mjs rewrites imports of this module to `./preview.js`.
 */
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { looksLikeSubmission } from '../../../server/src/engine/model-api';
import { wsisMarkdownIt, type PreviewProblem } from './markdown-it-wsis';

const SEVERITY: Partial<Record<vscode.DiagnosticSeverity, PreviewProblem['severity']>> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

function documentOf(env: unknown): vscode.Uri | undefined {
  const uri = (env as { currentDocument?: unknown } | null | undefined)?.currentDocument;
  return uri instanceof vscode.Uri ? uri : undefined;
}

/**
 * A draft, as the language server decides (server/src/lsp/wsis-server.ts isCheckedText): named
 * `*.wsis.md`, in the `wsis` language, or a Markdown file that `wsis.markdown.enable` takes in
 * (`auto`: its beginning looks like a CSTD submission). Without a document (a render of a
 * string), by its content.
 */
export function isDraft(env: unknown, source: string): boolean {
  const uri = documentOf(env);
  if (uri !== undefined) {
    if (/\.wsis\.md$/i.test(uri.path)) return true;
    if (vscode.workspace.textDocuments.some((d) => d.languageId === 'wsis' && d.uri.toString() === uri.toString())) return true;
  }
  const setting = vscode.workspace.getConfiguration('wsis', uri).get<string>('markdown.enable', 'auto');
  if (setting === 'always') return true;
  if (setting === 'never') return false;
  return looksLikeSubmission(source);
}

function problems(env: unknown): PreviewProblem[] {
  const uri = documentOf(env);
  if (uri === undefined || !vscode.workspace.getConfiguration('wsis', uri).get<boolean>('preview.showProblems', false)) return [];
  const out: PreviewProblem[] = [];
  for (const d of vscode.languages.getDiagnostics(uri)) {
    const severity = SEVERITY[d.severity];
    if (d.source !== 'wsis' || severity === undefined) continue;
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    out.push({ line: d.range.start.line, severity, message: code === undefined ? d.message : `${d.message} [${String(code)}]` });
  }
  return out;
}

export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  return wsisMarkdownIt(md, { isDraft, problems });
}
