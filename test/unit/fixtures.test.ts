// Fixture tests, picked up automatically (markdownlint's way): every `*.md` under
// test/fixtures/rules/<rule-id>/ and test/fixtures/seeds/ is checked and its diagnostics
// compared with the snapshot `<name>.expected` beside it: range, severity, rule, message and fix
// title of each (test/diagnostic-snapshot.ts). `UPDATE_SNAPSHOTS=1 npm run test:unit` writes the
// snapshots (and rewrites existing `.fixed.md` files) instead; a new fixture without one fails
// until then, so read what it writes before committing it: it is the test's claim about what is right.
// An optional `<name>.config.json` holds settings; an optional `<name>.fixed.md` is the exact
// text after fixing everything. Every fixture is also fixed: afterwards no fixable diagnostic may
// remain, and fixing again must change nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, DEFAULT_SETTINGS, fixAll, mergeSettings, RULES } from '../../server/src/engine';
import type { Diagnostic, PartialSettings } from '../../server/src/engine';
import { diagnosticLines, legacyDiagnostics, parseDiagnosticLines } from '../diagnostic-snapshot';
import { matchSnapshot, matchTextSnapshot, snapshotBody } from '../snapshot';

const root = join(import.meta.dirname, '..', 'fixtures');

function fixturesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return fixturesIn(path);
    return e.name.endsWith('.md') && !e.name.endsWith('.fixed.md') ? [path] : [];
  });
}

const snapshotOf = (path: string): string => path.replace(/\.md$/, '.expected');
const fixedOf = (path: string): string => path.replace(/\.md$/, '.fixed.md');

function settingsOf(path: string) {
  const file = path.replace(/\.md$/, '.config.json');
  return existsSync(file) ? mergeSettings(DEFAULT_SETTINGS, JSON.parse(readFileSync(file, 'utf8')) as PartialSettings) : DEFAULT_SETTINGS;
}

const checked = new Map<string, Diagnostic[]>();
function diagnosticsOf(path: string): Diagnostic[] {
  let found = checked.get(path);
  if (found === undefined) {
    found = checkText(readFileSync(path, 'utf8'), settingsOf(path)).diagnostics;
    checked.set(path, found);
  }
  return found;
}

/** The rules a fixture's snapshot says are reported (read from the file, not from the engine). */
function expectedRules(path: string): string[] {
  const file = snapshotOf(path);
  assert.ok(existsSync(file), `${file} is missing`);
  return parseDiagnosticLines(snapshotBody(readFileSync(file, 'utf8'))).map((d) => d.rule);
}

const ruleFixtures = fixturesIn(join(root, 'rules'));
const fixtures = [...ruleFixtures, ...fixturesIn(join(root, 'seeds')), join(root, 'clean-submission.wsis.md')];

describe('fixtures', () => {
  for (const path of fixtures) {
    const name = path.slice(root.length + 1);
    it(`${name}: diagnostics as in the snapshot`, () => {
      matchSnapshot(snapshotOf(path), diagnosticLines(diagnosticsOf(path)), { legacy: legacyDiagnostics });
    });
    it(`${name}: fixing leaves no fixable diagnostic and is idempotent`, () => {
      const settings = settingsOf(path);
      const text = readFileSync(path, 'utf8');
      const fixed = fixAll(text, settings);
      const fixable = fixed.diagnostics.filter((d) => d.fix !== undefined);
      assert.deepEqual(fixable.map((d) => `${d.range.start.line + 1} ${d.rule}: ${d.message}`), []);
      assert.equal(fixAll(fixed.text, settings).text, fixed.text);
      if (existsSync(fixedOf(path))) matchTextSnapshot(fixedOf(path), fixed.text);
    });
  }
});

describe('every rule has fixtures', () => {
  for (const rule of RULES) {
    const { id, fixable } = rule.meta;
    it(`${id}: one fixture that reports it and one that does not`, () => {
      const files = fixturesIn(join(root, 'rules', id));
      assert.ok(files.length >= 2, `test/fixtures/rules/${id}/ needs at least two fixtures`);
      const reports = files.map((f) => expectedRules(f).includes(id));
      assert.ok(reports.includes(true), 'no fixture expects the rule to report');
      assert.ok(reports.includes(false), 'no fixture expects the rule to stay silent');
    });
    if (fixable) {
      it(`${id}: fixable, so a fixture shows its fix applied (<name>.fixed.md)`, () => {
        const files = fixturesIn(join(root, 'rules', id)).filter((f) => existsSync(fixedOf(f)));
        assert.ok(
          files.some((f) => diagnosticsOf(f).some((d) => d.rule === id && d.fix !== undefined)),
          `test/fixtures/rules/${id}/ needs a fixture where the rule offers a fix, with <name>.fixed.md: the text after fixing`,
        );
      });
    }
  }
});

describe('a rule offers fixes if and only if its metadata says fixable', () => {
  for (const rule of RULES) {
    const { id, fixable } = rule.meta;
    it(`${id}: ${fixable ? 'fixable, and some fixture is fixed by it' : 'not fixable, and no diagnostic of it carries a fix'}`, () => {
      const found = fixtures.flatMap((f) => diagnosticsOf(f).filter((d) => d.rule === id));
      const withFix = found.filter((d) => d.fix !== undefined);
      if (fixable) {
        assert.ok(withFix.length > 0, `meta.fixable is true, but none of its ${found.length} diagnostic(s) in the fixtures offers a fix`);
        for (const d of withFix) assert.ok(d.fix !== undefined && d.fix.title.length > 0 && d.fix.edits.length > 0, `${d.message}: a fix has a title and edits`);
      } else {
        assert.deepEqual(withFix.map((d) => d.message), [], 'meta.fixable is false, but these diagnostics offer a fix');
      }
    });
  }
});
