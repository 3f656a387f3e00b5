import { isSuppressed } from './model/directives';
import { parseSubmission, type SubmissionModel } from './model/submission';
import { translator } from './messages/catalogue';
import { RULES } from './rules';
import type { FindingFix, Finding, Rule, SpanEdit } from './rules/rule';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { LineIndex } from './text/line-index';
import type { Diagnostic, DocumentKind, Fix, Severity, TextEdit } from './types';

/** The kind a draft is checked as: its own comment, then the settings, then its cover block. */
export function resolveKind(model: SubmissionModel, settings: Settings): DocumentKind {
  return model.kindComment?.kind ?? (settings.kind !== 'auto' ? settings.kind : model.detectedKind);
}

export function severityOf(rule: Rule, settings: Settings): Severity | 'off' {
  return settings.rules[rule.meta.id] ?? rule.meta.severity;
}

/**
 * A diagnostic's fix, its edits made (and turned from offsets into positions) on first use:
 * a 1 MB draft has thousands of fixable findings, and a check converts none of them. A plain
 * object with a getter, so it compares, spreads and serialises like any other Fix.
 */
function checkedFix(title: string, source: SpanEdit[] | (() => SpanEdit[]), lines: LineIndex): Fix {
  let made: TextEdit[] | undefined;
  return {
    title,
    get edits(): TextEdit[] {
      if (made === undefined) made = (typeof source === 'function' ? source() : source).map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText }));
      return made;
    },
  };
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
  const converted = new Map<FindingFix, Fix>();
  const t = translator(settings.locale);
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
          fix = checkedFix(f.fix.title, f.fix.edits, lines);
          converted.set(f.fix, fix);
        }
        d.fix = fix;
      }
      if (f.data !== undefined) d.data = f.data;
      diagnostics.push(d);
    };
    try {
      rule.check({ model, kind, settings, t, report });
    } catch (error) {
      diagnostics.push({
        rule: rule.meta.id,
        severity: 'info',
        message: t('check.rule-failed', { rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) }),
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
