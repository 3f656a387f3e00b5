import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { eolOf, fixAll, type Diagnostic as EngineDiagnostic, type Settings, type SubmissionModel } from '../../engine';
import { wsisData } from './diagnostics';
import { minimalEdit, workspaceEdit, type EditTarget } from './edits';

/** The kind of "Fix all WSIS problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wsis`;
export const FIX_ALL_TITLE = 'Fix all WSIS problems';
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export interface CodeActionOptions extends EditTarget {
  version: number;
  settings: Settings;
  /**
   * The engine's check of this version under these settings, as the server kept it: fixes are
   * looked up in it by the index in a diagnostic's data, and "fix all" starts from it.
   */
  checked?: readonly EngineDiagnostic[];
  /** Whether `checked` was made under `settings` (only then does fix all start from it). */
  checkedUnderSettings?: boolean;
}

/** Whether the request's `only` filter lets `kind` through (no filter: everything). */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.length === 0 || only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}

/**
 * Quick fixes from the diagnostics' own data, "Fix all WSIS problems" (as a quick fix next to a
 * fixable diagnostic, and as `source.fixAll.wsis` on request), and "Disable <rule> for this
 * line". Diagnostics computed for another version of the document get no action: their ranges
 * no longer point where they did.
 */
export function provideCodeActions(model: SubmissionModel, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const current: { diagnostic: Diagnostic; rule: string }[] = [];
  for (const d of params.context.diagnostics) {
    const data = wsisData(d);
    if (data === undefined || data.version !== options.version) continue;
    current.push({ diagnostic: d, rule: d.code as string });
  }

  if (wanted(only, CodeActionKind.QuickFix)) {
    let fixable = false;
    for (const { diagnostic } of current) {
      const data = wsisData(diagnostic);
      const fix = data?.fix ?? (data?.fixIndex !== undefined ? options.checked?.[data.fixIndex]?.fix : undefined);
      if (fix === undefined || fix.edits.length === 0) continue;
      fixable = true;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: workspaceEdit(options, fix.edits),
      });
    }
    if (fixable) {
      const all = fixAllAction(model, options, CodeActionKind.QuickFix);
      if (all !== undefined) actions.push(all);
    }
    const seen = new Set<string>();
    for (const { diagnostic, rule } of current) {
      const line = diagnostic.range.start.line;
      const key = `${rule}@${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(disableForLineAction(model, options, diagnostic, rule));
    }
  }

  // Source actions only when asked for (on save, or from the Source Action menu).
  if (only !== undefined && only.length > 0 && wanted(only, FIX_ALL_KIND)) {
    const all = fixAllAction(model, options, FIX_ALL_KIND);
    if (all !== undefined) actions.push(all);
  }
  return actions;
}

/** Every mechanical fix, applied by the engine's fix loop, as one minimal edit; undefined when nothing changes. */
export function fixAllAction(model: SubmissionModel, options: CodeActionOptions, kind: string): CodeAction | undefined {
  const result = fixAll(model.text, options.settings, undefined, options.checkedUnderSettings === true ? options.checked : undefined);
  const edit = minimalEdit(model, result.text);
  if (edit === undefined) return undefined;
  return { title: FIX_ALL_TITLE, kind, edit: workspaceEdit(options, [edit]) };
}

const PREFIX = /^[ \t]*(?:>[ \t]?)*/;

/**
 * Inserts `<!-- wsis-disable-next-line rule -->` on a line of its own above the diagnostic's
 * first line, with that line's indentation (and blockquote markers), or adds the rule to such
 * a comment already there.
 */
export function disableForLineAction(model: SubmissionModel, target: EditTarget, diagnostic: Diagnostic, rule: string): CodeAction {
  const { lines } = model;
  const line = Math.min(diagnostic.range.start.line, lines.lineCount - 1);
  const title = `Disable ${rule} for this line`;
  const existing = model.directives.find(
    (d) => d.type === 'disable-next-line' && d.line === line - 1 && lines.lineAt(d.span.start) === line - 1 && d.rules.length > 0,
  );
  if (existing !== undefined) {
    const rules = existing.rules.includes(rule) ? existing.rules : [...existing.rules, rule];
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(target, [{ range: lines.rangeOf(existing.span), newText: `<!-- wsis-disable-next-line ${rules.join(', ')} -->` }]),
    };
  }
  const indent = PREFIX.exec(lines.lineText(line))?.[0] ?? '';
  const at = { line, character: 0 };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(target, [{ range: { start: at, end: at }, newText: `${indent}<!-- wsis-disable-next-line ${rule} -->${eolOf(model.text)}` }]),
  };
}
