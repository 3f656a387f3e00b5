import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { checkModel, DEFAULT_SETTINGS, mergeSettings, parseSubmission } from '../../../server/src/engine';
import { provideDiagnostics, toLspDiagnostic, wsisData } from '../../../server/src/lsp/features/diagnostics';
import { at } from '../../../server/src/engine/text/at';

const RULE_DOCS_URL = 'https://github.com/wsis-tools/wsis-submission-checker/blob/main/docs/rules.md';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
const CTSD = CLEAN.replace('(CSTD)**', '(CTSD)**');

describe('provideDiagnostics', () => {
  it('publishes nothing for the clean submission', () => {
    assert.deepEqual(provideDiagnostics(parseSubmission(CLEAN), DEFAULT_SETTINGS, 1), []);
  });

  it('maps an engine diagnostic to LSP: code, docs link, source, severity, range, and data for the code action', () => {
    const model = parseSubmission(CTSD);
    const [engine] = checkModel(model, DEFAULT_SETTINGS);
    assert.ok(engine, 'the engine reports the misspelt commission');
    const range = { start: { line: 0, character: 56 }, end: { line: 0, character: 60 } };
    const expected: Diagnostic = {
      range,
      severity: DiagnosticSeverity.Error,
      code: 'cover-commission',
      codeDescription: { href: `${RULE_DOCS_URL}#cover-commission` },
      source: 'wsis',
      message: engine.message,
      data: { version: 5, fix: { title: "Correct to 'CSTD'", edits: [{ range, newText: 'CSTD' }] } },
    };
    assert.deepEqual(provideDiagnostics(model, DEFAULT_SETTINGS, 5), [expected]);
  });

  it('maps the levels: error, warning, and info as Information', () => {
    const model = parseSubmission(CTSD);
    for (const [level, severity] of [
      ['error', DiagnosticSeverity.Error],
      ['warning', DiagnosticSeverity.Warning],
      ['info', DiagnosticSeverity.Information],
    ] as const) {
      const settings = mergeSettings(DEFAULT_SETTINGS, { rules: { 'cover-commission': level } });
      assert.deepEqual(
        provideDiagnostics(model, settings, 1).map((d) => d.severity),
        [severity],
      );
    }
    assert.deepEqual(provideDiagnostics(model, mergeSettings(DEFAULT_SETTINGS, { rules: { 'cover-commission': 'off' } }), 1), []);
  });

  it('passes a rule\'s own data through and carries no fix when the rule has none', () => {
    const d = toLspDiagnostic(
      { rule: 'footnote-undefined', severity: 'error', message: 'm', range: { start: { line: 3, character: 1 }, end: { line: 3, character: 5 } }, data: { label: '7' } },
      null,
    );
    assert.deepEqual(d.data, { version: null, data: { label: '7' } });
  });

  it('with the check kept on the server, publishes only the version and the fix\'s index: the fix and the rule\'s data stay in the check', () => {
    const d = toLspDiagnostic(
      { rule: 'footnote-undefined', severity: 'error', message: 'm', range: { start: { line: 3, character: 1 }, end: { line: 3, character: 5 } }, data: { label: '7' } },
      4,
      0,
    );
    assert.deepEqual(d.data, { version: 4 });
    const model = parseSubmission(CTSD);
    const { diagnostics, checked } = provideDiagnostics(model, DEFAULT_SETTINGS, 3, true);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(at(diagnostics, 0).data, { version: 3, fixIndex: 0 });
    assert.deepEqual(at(checked, 0).fix?.edits, [{ range: at(diagnostics, 0).range, newText: 'CSTD' }]);
    assert.deepEqual(at(diagnostics, 0).codeDescription, { href: `${RULE_DOCS_URL}#cover-commission` });
    // The same link for every diagnostic of a rule: one object, not one per diagnostic.
    const again = at(provideDiagnostics(model, DEFAULT_SETTINGS, 4, true).diagnostics, 0);
    assert.equal(again.codeDescription, at(diagnostics, 0).codeDescription);
  });

  it('links each problem to the rule doc in the language of its message, at the same anchor', () => {
    const model = parseSubmission(CTSD);
    const href = (locale: 'en' | 'fr' | 'es'): string | undefined => provideDiagnostics(model, mergeSettings(DEFAULT_SETTINGS, { locale }), 1)[0]?.codeDescription?.href;
    const base = 'https://github.com/wsis-tools/wsis-submission-checker/blob/main/docs/';
    assert.equal(href('en'), `${base}rules.md#cover-commission`);
    assert.equal(href('fr'), `${base}rules.fr.md#cover-commission`);
    assert.equal(href('es'), `${base}rules.es.md#cover-commission`);
  });

  it('recognizes only its own diagnostics as carrying WSIS data', () => {
    const [ours] = provideDiagnostics(parseSubmission(CTSD), DEFAULT_SETTINGS, 2);
    assert.ok(ours, 'a WSIS diagnostic');
    assert.equal(wsisData(ours)?.version, 2);
    assert.equal(wsisData({ ...ours, source: 'markdownlint' }), undefined);
    assert.equal(wsisData({ ...ours, data: undefined }), undefined);
  });
});
