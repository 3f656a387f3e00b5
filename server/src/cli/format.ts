import { RULE_DOCS_BASE_URL, RULE_DOC_FILES, RULES, ruleDocsUrl, type Diagnostic, type DocumentKind, type Locale } from '../engine';
import { cliCount, cliText } from './messages/catalogue';

/** One checked file, as every output format sees it. */
export interface FileResult {
  file: string;
  kind: DocumentKind;
  diagnostics: Diagnostic[];
}


export function countBySeverity(results: readonly FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * Control characters (newlines, escape sequences), line and paragraph separators and bidi
 * controls written as visible escapes: a file name or a quoted bit of a draft printed as it is
 * could forge lines of output (or CI annotations), move the cursor or recolour the terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}

/**
 * `file:line:col severity message [rule-id]`, one line each (1-based), and a summary in `locale`.
 * The severity and the rule id stay as they are in every language: scripts and problem matchers read them.
 */
export function formatText(results: readonly FileResult[], locale: Locale = 'en'): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${printable(r.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${printable(d.message)} [${d.rule}]`);
    }
  }
  const c = countBySeverity(results);
  const total = c.error + c.warning + c.info;
  const fixable = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.fix !== undefined).length, 0);
  const checked = cliCount(locale, 'summary.checked', results.length);
  const counts = {
    checked,
    problems: cliCount(locale, 'summary.problems', total),
    errors: cliCount(locale, 'summary.errors', c.error),
    warnings: cliCount(locale, 'summary.warnings', c.warning),
    info: cliCount(locale, 'summary.info', c.info),
  };
  const summary =
    total === 0
      ? cliText(locale, 'summary.clean', { checked })
      : fixable > 0
        ? cliText(locale, 'summary.found-fixable', { ...counts, fixable: cliCount(locale, 'summary.fixable', fixable) })
        : cliText(locale, 'summary.found', counts);
  lines.push(summary);
  return lines.join('\n') + '\n';
}

/** The JSON output: positions 0-based, as in LSP. */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    kind: r.kind,
    diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning uploads. Columns are UTF-16 code units, 1-based. */
export function formatSarif(results: readonly FileResult[], version: string, locale: Locale = 'en'): string {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description },
    helpUri: ruleDocsUrl(r.meta.id, locale),
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
    properties: { fixable: r.meta.fixable },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'wsis-lint', version, informationUri: `${RULE_DOCS_BASE_URL}/${RULE_DOC_FILES[locale]}`, rules } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
