// The form of a fixture's `<name>.expected` snapshot (test/unit/fixtures.test.ts): one line per
// diagnostic, in the order the engine reports them, naming its range (1-based line:column, start
// and end), severity, rule and whole message; a diagnostic that offers a fix has its title on the
// indented line below.
//
//   4:11-4:30 error cover-session: '28 to 31 April 2026' is not a plausible session: April has no day 31.
//   3:3-3:7 error cover-session: '29rd' is misspelt: write '29th'.
//       fix: Correct to '29th'
import assert from 'node:assert/strict';
import type { Diagnostic, Severity } from '../server/src/engine';

const FIX_PREFIX = '    fix: ';
const LINE = /^(\d+):(\d+)-(\d+):(\d+) (error|warning|info) ([a-z0-9-]+): (.*)$/;
/** The form written before snapshots: `LINE:COL rule-id`, with the message's start as a comment. */
const LEGACY_LINE = /^(\d+:\d+) ([a-z0-9-]+)(?:\s+#.*)?$/;

const oneLine = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n');

export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.flatMap((d) => {
    const { start, end } = d.range;
    const line = `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.severity} ${d.rule}: ${oneLine(d.message)}`;
    return d.fix === undefined ? [line] : [line, `${FIX_PREFIX}${oneLine(d.fix.title)}`];
  });
}

export interface SnapshotDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  fixTitle?: string;
}

/** Reads a snapshot's body lines back (for the tests that drive the editor with a fixture). */
export function parseDiagnosticLines(body: readonly string[]): SnapshotDiagnostic[] {
  const out: SnapshotDiagnostic[] = [];
  for (const l of body) {
    const last = out.at(-1);
    if (l.startsWith(FIX_PREFIX) && last !== undefined) {
      last.fixTitle = l.slice(FIX_PREFIX.length);
      continue;
    }
    const m = LINE.exec(l);
    assert.ok(m, `not a diagnostic line: ${l}`);
    const [, line, column, endLine, endColumn, severity, rule, message] = m;
    out.push({
      line: Number(line),
      column: Number(column),
      endLine: Number(endLine),
      endColumn: Number(endColumn),
      severity: severity as Severity,
      rule: rule ?? '',
      message: (message ?? '').replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r' })[c] ?? c),
    });
  }
  return out;
}

/**
 * For matchSnapshot's `legacy` option: a body written in the old `LINE:COL rule` form is reported
 * (so a normal run asks for an update), and an update goes ahead only if those lines agree with
 * what the engine reports now.
 */
export function legacyDiagnostics(body: string[], actual: string[]): string | undefined {
  const legacy = body.map((l) => LEGACY_LINE.exec(l));
  if (legacy.length === 0 || legacy.some((m) => m === null)) return undefined;
  const now = parseDiagnosticLines(actual).map((d) => `${d.line}:${d.column} ${d.rule}`);
  assert.deepEqual(now, legacy.map((m) => `${m?.[1]} ${m?.[2]}`), 'the old LINE:COL rule expectations do not match the diagnostics: fix the fixture or the rule before writing its snapshot');
  return 'written in the old LINE:COL rule form, without range, severity and message';
}
