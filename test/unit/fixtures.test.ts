// Fixture tests, picked up automatically (markdownlint's way): every `*.md` under
// test/fixtures/rules/<rule-id>/ and test/fixtures/seeds/ is checked and its diagnostics
// compared with `<name>.expected` beside it: one `LINE:COL rule-id` line per diagnostic
// (1-based, the start of its range), in order. An optional `<name>.config.json` holds
// settings; an optional `<name>.fixed.md` is the exact text after fixing everything.
// Every fixture is also fixed: afterwards no fixable diagnostic may remain, and fixing
// again must change nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, DEFAULT_SETTINGS, fixAll, mergeSettings, RULES } from '../../server/src/engine';
import type { PartialSettings } from '../../server/src/engine';

const root = join(import.meta.dirname, '..', 'fixtures');

function fixturesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return fixturesIn(path);
    return e.name.endsWith('.md') && !e.name.endsWith('.fixed.md') ? [path] : [];
  });
}

function expectedOf(path: string): string[] {
  const file = path.replace(/\.md$/, '.expected');
  assert.ok(existsSync(file), `${basename(file)} is missing: write the expected diagnostics beside the fixture`);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

function settingsOf(path: string) {
  const file = path.replace(/\.md$/, '.config.json');
  return existsSync(file) ? mergeSettings(DEFAULT_SETTINGS, JSON.parse(readFileSync(file, 'utf8')) as PartialSettings) : DEFAULT_SETTINGS;
}

const fixtures = [...fixturesIn(join(root, 'rules')), ...fixturesIn(join(root, 'seeds')), join(root, 'clean-submission.wsis.md')];

describe('fixtures', () => {
  for (const path of fixtures) {
    const name = path.slice(root.length + 1);
    it(`${name}: diagnostics as expected`, () => {
      const text = readFileSync(path, 'utf8');
      const { diagnostics } = checkText(text, settingsOf(path));
      const actual = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}`);
      assert.deepEqual(actual, expectedOf(path), diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}: ${d.message}`).join('\n'));
    });
    it(`${name}: fixing leaves no fixable diagnostic and is idempotent`, () => {
      const settings = settingsOf(path);
      const text = readFileSync(path, 'utf8');
      const fixed = fixAll(text, settings);
      const fixable = fixed.diagnostics.filter((d) => d.fix !== undefined);
      assert.deepEqual(fixable.map((d) => `${d.range.start.line + 1} ${d.rule}: ${d.message}`), []);
      assert.equal(fixAll(fixed.text, settings).text, fixed.text);
      const expectedFixed = path.replace(/\.md$/, '.fixed.md');
      if (existsSync(expectedFixed)) assert.equal(fixed.text, readFileSync(expectedFixed, 'utf8'));
    });
  }
});

describe('every rule has fixtures', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id}: one fixture that reports it and one that does not`, () => {
      const dir = join(root, 'rules', rule.meta.id);
      const files = fixturesIn(dir);
      assert.ok(files.length >= 2, `test/fixtures/rules/${rule.meta.id}/ needs at least two fixtures`);
      const reports = files.map((f) => expectedOf(f).some((l) => l.endsWith(` ${rule.meta.id}`)));
      assert.ok(reports.includes(true), 'no fixture expects the rule to report');
      assert.ok(reports.includes(false), 'no fixture expects the rule to stay silent');
    });
  }
});
