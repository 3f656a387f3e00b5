import { isSuppressed } from './model/directives';
import { parseSubmission, type SubmissionModel } from './model/submission';
import { RULES } from './rules';
import type { Finding, Rule } from './rules/rule';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Diagnostic, DocumentKind, Severity } from './types';

/** The kind a draft is checked as: its own comment, then the settings, then its cover block. */
export function resolveKind(model: SubmissionModel, settings: Settings): DocumentKind {
  return model.kindComment?.kind ?? (settings.kind !== 'auto' ? settings.kind : model.detectedKind);
}

export function severityOf(rule: Rule, settings: Settings): Severity | 'off' {
  return settings.rules[rule.meta.id] ?? rule.meta.severity;
}

/**
 * Runs every enabled rule over a model. Rules are pure functions of the model and settings;
 * a rule that throws is reported as one diagnostic instead of taking the others down with it.
 */
export function checkModel(model: SubmissionModel, settings: Settings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): Diagnostic[] {
  const kind = resolveKind(model, settings);
  const diagnostics: Diagnostic[] = [];
  const { lines } = model;
  // Rules may share one fix among many findings (renumbering): convert it once.
  const converted = new Map<Finding['fix'], Diagnostic['fix']>();
  for (const rule of rules) {
    const severity = severityOf(rule, settings);
    if (severity === 'off' || !rule.meta.kinds.includes(kind)) continue;
    const report = (f: Finding): void => {
      const range = lines.rangeOf(f.span);
      if (isSuppressed(model.directives, rule.meta.id, range.start.line)) return;
      const d: Diagnostic = { rule: rule.meta.id, severity, message: f.message, range };
      if (f.fix !== undefined) {
        let fix = converted.get(f.fix);
        if (fix === undefined) {
          fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })) };
          converted.set(f.fix, fix);
        }
        d.fix = fix;
      }
      if (f.data !== undefined) d.data = f.data;
      diagnostics.push(d);
    };
    try {
      rule.check({ model, kind, settings, report });
    } catch (error) {
      diagnostics.push({
        rule: rule.meta.id,
        severity: 'info',
        message: `The rule '${rule.meta.id}' could not check this draft (${error instanceof Error ? error.message : String(error)}). The other rules still ran; please report this.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  return diagnostics;
}

export interface CheckResult {
  model: SubmissionModel;
  kind: DocumentKind;
  diagnostics: Diagnostic[];
}

export function checkText(text: string, settings: Settings = DEFAULT_SETTINGS): CheckResult {
  const model = parseSubmission(text);
  return { model, kind: resolveKind(model, settings), diagnostics: checkModel(model, settings) };
}
