import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { checkModel, type Diagnostic as EngineDiagnostic, type Fix, type Settings, type Severity, type SubmissionModel } from '../../engine';

export const DIAGNOSTIC_SOURCE = 'wsis';
export const RULE_DOCS_URL = 'https://github.com/wsis-tools/wsis-submission-checker/blob/main/docs/rules.md';

/**
 * What a published diagnostic carries for the code actions: the document version it was
 * computed for and the rule's fix, so a quick fix is built from the diagnostic alone (no
 * re-parse, no re-check) and dropped when the document has changed since.
 */
export interface WsisDiagnosticData {
  version: number | null;
  fix?: Fix;
  /** The rule's own data (e.g. the footnote label), passed through. */
  data?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function ruleDocsUrl(rule: string): string {
  return `${RULE_DOCS_URL}#${rule}`;
}

export function toLspDiagnostic(d: EngineDiagnostic, version: number | null): Diagnostic {
  const data: WsisDiagnosticData = { version };
  if (d.fix !== undefined) data.fix = d.fix;
  if (d.data !== undefined) data.data = d.data;
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
}

/** The draft's diagnostics, LSP-shaped, for the document version the model was built from. */
export function provideDiagnostics(model: SubmissionModel, settings: Settings, version: number | null): Diagnostic[] {
  return checkModel(model, settings).map((d) => toLspDiagnostic(d, version));
}

/** The data a diagnostic of ours carries, or undefined for someone else's diagnostic. */
export function wsisData(d: Diagnostic): WsisDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') return undefined;
  const data = d.data as WsisDiagnosticData | undefined;
  if (data === null || typeof data !== 'object' || !('version' in data)) return undefined;
  return data;
}
