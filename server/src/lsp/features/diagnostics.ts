import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { checkModel, ruleDocsUrl, type Diagnostic as EngineDiagnostic, type Fix, type Locale, type Settings, type Severity, type SubmissionModel } from '../../engine';

export const DIAGNOSTIC_SOURCE = 'wsis';

/**
 * What a published diagnostic carries for the code actions: the document version it was
 * computed for and the rule's fix (or where the server keeps it), so a quick fix is built
 * without a re-parse or a re-check, and dropped when the document has changed since.
 */
export interface WsisDiagnosticData {
  version: number | null;
  /** The fix itself, when the diagnostic carries it (see `provideDiagnostics`). */
  fix?: Fix;
  /**
   * Where the fix is kept on the server instead: the diagnostic's index in the check of this
   * version. Fixes can be large (renumbering every footnote), so the server publishes the index
   * and looks the fix up when a code action is asked for.
   */
  fixIndex?: number;
  /**
   * The rule's own data (e.g. the footnote label), passed through when the fix travels in the
   * diagnostic. When the server keeps the check (`fixIndex`), it stays there with the fix: no
   * feature reads it from a published diagnostic, and a long draft publishes thousands.
   */
  data?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * One codeDescription per rule and language, shared by its diagnostics (a long draft has
 * thousands): the rule's published doc in the messages' language (VS Code opens the shipped copy
 * instead, client/src/rule-docs.ts).
 */
const descriptions = new Map<string, { href: string }>();

function codeDescriptionOf(rule: string, locale: Locale): { href: string } {
  const key = `${locale} ${rule}`;
  let description = descriptions.get(key);
  if (description === undefined) {
    description = Object.freeze({ href: ruleDocsUrl(rule, locale) });
    descriptions.set(key, description);
  }
  return description;
}

/**
 * An engine diagnostic, LSP-shaped. With `fixIndex` (the diagnostic's index in a check the
 * server keeps), the data carries the version and, for a fixable one, that index; without, the
 * fix itself and the rule's data.
 */
export function toLspDiagnostic(d: EngineDiagnostic, version: number | null, fixIndex?: number, locale: Locale = 'en'): Diagnostic {
  const data: WsisDiagnosticData = { version };
  if (fixIndex !== undefined) {
    if (d.fix !== undefined) data.fixIndex = fixIndex;
  } else {
    if (d.fix !== undefined) data.fix = d.fix;
    if (d.data !== undefined) data.data = d.data;
  }
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: codeDescriptionOf(d.rule, locale),
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
}

/**
 * The draft's diagnostics, LSP-shaped, for the document version the model was built from.
 * With `keepFixes`, fixes stay out of the published data (only their index goes) and the
 * engine's check is returned beside it for the server to keep: a 1 MB draft's publish shrinks
 * from megabytes, and "fix all" starts from that check instead of checking again.
 */
export function provideDiagnostics(model: SubmissionModel, settings: Settings, version: number | null): Diagnostic[];
export function provideDiagnostics(model: SubmissionModel, settings: Settings, version: number | null, keepFixes: true): { diagnostics: Diagnostic[]; checked: EngineDiagnostic[] };
export function provideDiagnostics(model: SubmissionModel, settings: Settings, version: number | null, keepFixes = false): Diagnostic[] | { diagnostics: Diagnostic[]; checked: EngineDiagnostic[] } {
  const checked = checkModel(model, settings);
  if (!keepFixes) return checked.map((d) => toLspDiagnostic(d, version, undefined, settings.locale));
  return { diagnostics: checked.map((d, i) => toLspDiagnostic(d, version, i, settings.locale)), checked };
}

/** The data a diagnostic of ours carries, or undefined for someone else's diagnostic. */
export function wsisData(d: Diagnostic): WsisDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') return undefined;
  const data = d.data as WsisDiagnosticData | undefined;
  if (data === null || typeof data !== 'object' || !('version' in data)) return undefined;
  return data;
}
