// Hostile configuration: a .wsisrc.json (or VS Code's `wsis` settings, or a draft's comments)
// built to crash the checker, slow it down, or switch rules off unseen. Each attack is built here;
// each must be reported (file, line) while the check goes on with whatever is valid, or the defaults.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { checkText, DEFAULT_SETTINGS, MAX_CONFIG_SIZE, mergeSettings, parseConfig, parseSettingsValue, parseSubmission, type PartialSettings } from '../../server/src/engine';
import { loadConfigFile } from '../../server/src/node/config-files';
import { at } from '../../server/src/engine/text/at';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const missingDisclaimer = join(fixtures, 'rules', 'disclaimer', 'missing.md');
const tmp = mkdtempSync(join(tmpdir(), 'wsis-hostile-config-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s), readStdin: () => '' });
  return { code, out, err };
}

/** A folder holding the draft without a disclaimer and `config` as its .wsisrc.json; returns the draft's path. */
function project(name: string, config: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.wsisrc.json'), config);
  copyFileSync(missingDisclaimer, join(dir, 'a.wsis.md'));
  return join(dir, 'a.wsis.md');
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** `{"rules":{"a":{"a":...1...}}}`, `depth` objects deep. */
const deepObjects = (depth: number): string => `{"rules":${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}`;
const deepArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile .wsisrc.json: nesting', () => {
  for (const [name, text] of [
    ['objects 5,000 deep', deepObjects(5000)],
    ['arrays 100,000 deep', deepArrays(100_000)],
    ['objects 100,000 deep, left open', `\n\n${'{"a":'.repeat(100_000)}`],
  ] as const) {
    it(`${name}: reported where it gets too deep, the defaults used`, () => {
      const parsed = parseConfig(text);
      assert.deepEqual(parsed.settings, {});
      assert.equal(parsed.problems.length, 1);
      assert.match(at(parsed.problems, 0).message, /nested more than 64 levels deep.*the defaults are used/);
      assert.ok(at(parsed.problems, 0).span.start > 0 && at(parsed.problems, 0).span.start < 1000, `at ${at(parsed.problems, 0).span.start}`);
    });
  }

  it('a configuration 2 or 3 deep, as real ones are, is read as before', () => {
    const parsed = parseConfig('{ "rules": { "disclaimer": "off" }, "limits": { "totalWords": 2000 } }');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.settings.rules?.disclaimer, 'off');
  });

  it('the CLI reports it (file:line:col) and checks the draft with the defaults', () => {
    const draft = project('deep', `// planted\n${deepObjects(5000)}`);
    const r = cli([draft]);
    assert.doesNotMatch(r.err, /unexpected failure|RangeError|Maximum call stack/);
    assert.match(r.err, /deep[\\/]\.wsisrc\.json:2:\d+ error This is nested more than 64 levels deep/);
    assert.match(r.out, /error The disclaimer is missing.*\[disclaimer\]/, 'the draft is checked');
    assert.equal(r.code, 2);
  });
});

describe('hostile .wsisrc.json: __proto__ and other inherited names', () => {
  it('"__proto__" at the top is an unknown setting and switches nothing off', () => {
    const parsed = parseConfig('{"__proto__": {"rules": {"disclaimer": "off"}}}');
    assert.deepEqual(parsed.problems.map((p) => [p.message, p.span]), [[`Unknown setting '__proto__'; the settings are kind, rules, limits.`, { start: 1, end: 12 }]]);
    assert.equal(parsed.settings.rules, undefined);
    const settings = mergeSettings(DEFAULT_SETTINGS, parsed.settings);
    assert.equal(settings.rules.disclaimer, undefined);
    assert.ok(checkText(`${'x'}\n`, settings).diagnostics.some((d) => d.rule === 'disclaimer'), 'the disclaimer rule still runs');
  });

  it('"__proto__", "constructor" and "toString" as rules or limits are unknown, and the maps have no prototype', () => {
    const parsed = parseConfig('{"rules": {"__proto__": {"disclaimer": "off"}, "constructor": "off", "toString": "off", "cover-title": "off"}, "limits": {"__proto__": {"totalWords": 1}}}');
    assert.deepEqual(parsed.problems.map((p) => p.message), [
      "Unknown rule '__proto__'. See docs/rules.md for the rule ids.",
      "Unknown rule 'constructor'. See docs/rules.md for the rule ids.",
      "Unknown rule 'toString'. See docs/rules.md for the rule ids.",
      "Unknown limit '__proto__'; the limits are partOneWords and totalWords.",
    ]);
    const { rules, limits } = parsed.settings;
    assert.equal(Object.getPrototypeOf(rules), null);
    assert.equal(Object.getPrototypeOf(limits), null);
    assert.deepEqual(Object.keys(rules ?? {}), ['cover-title']);
    const settings = mergeSettings(DEFAULT_SETTINGS, parsed.settings);
    assert.equal(Object.getPrototypeOf(settings.rules), null);
    assert.deepEqual(Object.keys(settings.rules), ['cover-title']);
    assert.equal(settings.limits.totalWords, DEFAULT_SETTINGS.limits.totalWords);
    assert.equal(Object.getPrototypeOf(DEFAULT_SETTINGS.rules), null);
  });

  it('settings as values (VS Code\'s, parsed from JSON) with "__proto__" keys are reported and change nothing', () => {
    const value = JSON.parse('{"__proto__": {"disclaimer": "off"}, "rules": {"__proto__": {"disclaimer": "off"}}}') as unknown;
    const { settings, problems } = parseSettingsValue(value);
    assert.deepEqual(problems, ["Unknown setting '__proto__'; the settings are kind, rules, limits.", "Unknown rule '__proto__'. See docs/rules.md for the rule ids."]);
    assert.equal(mergeSettings(DEFAULT_SETTINGS, settings).rules.disclaimer, undefined);
    // Rules handed over as plain objects (the engine's API) are copied into a map without a prototype.
    const plain = JSON.parse('{"rules": {"__proto__": {"disclaimer": "off"}, "cover-title": "off"}}') as PartialSettings;
    const merged = mergeSettings(DEFAULT_SETTINGS, plain);
    assert.equal(Object.getPrototypeOf(merged.rules), null);
    assert.equal(merged.rules.disclaimer, undefined);
    assert.equal(merged.rules['cover-title'], 'off');
  });

  it('the CLI reports the key and still reports the missing disclaimer', () => {
    const draft = project('proto', '{\n  "__proto__": { "rules": { "disclaimer": "off" } }\n}\n');
    const r = cli([draft]);
    assert.match(r.err, /proto[\\/]\.wsisrc\.json:2:3 error Unknown setting '__proto__'/);
    assert.match(r.out, /error The disclaimer is missing.*\[disclaimer\]/);
  });

  it('a draft\'s comments naming __proto__ or constructor switch nothing off, nor set a kind', () => {
    const draft = '<!-- wsis kind: __proto__ -->\n<!-- wsis-disable __proto__ constructor toString -->\n\nCOMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)\n';
    const model = parseSubmission(draft);
    assert.equal(model.kindComment?.kind, undefined);
    assert.ok(checkText(draft).diagnostics.some((d) => d.rule === 'disclaimer'));
  });
});

describe('hostile .wsisrc.json: size and count', () => {
  const many = (n: number): string => JSON.stringify({ rules: Object.fromEntries(Array.from({ length: n }, (_, i) => [`unknown-rule-${i}`, 'off'])) }, null, 1);

  it('20,000 unknown rule ids: at most 100 problems listed, the last says how many more, in linear time', () => {
    const text = many(20_000);
    const cpu = cpuMs();
    const parsed = parseConfig(text);
    const used = cpuMs() - cpu;
    assert.equal(parsed.problems.length, 101);
    assert.equal(at(parsed.problems, 99).message, "Unknown rule 'unknown-rule-99'. See docs/rules.md for the rule ids.");
    assert.equal(at(parsed.problems, 100).message, '... and 19900 more problems like these, not listed.');
    assert.equal(text.slice(at(parsed.problems, 100).span.start, at(parsed.problems, 100).span.end), '"unknown-rule-100"');
    assert.ok(used < 2000, `${used.toFixed(0)} ms of CPU`);
  });

  it('the CLI reports them (line numbers right) in bounded time (was 18 s)', () => {
    const draft = project('many', many(20_000));
    const cpu = cpuMs();
    const r = cli([draft]);
    const used = cpuMs() - cpu;
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 101);
    assert.match(at(lines, 0), /many[\\/]\.wsisrc\.json:3:3 error Unknown rule 'unknown-rule-0'/);
    assert.match(at(lines, 99), /\.wsisrc\.json:102:3 error Unknown rule 'unknown-rule-99'/);
    assert.match(at(lines, 100), /\.wsisrc\.json:103:3 error \.\.\. and 19900 more problems/);
    assert.ok(used < 3000, `${used.toFixed(0)} ms of CPU`);
  });

  it('a long unknown key is shortened in the message', () => {
    const [problem] = parseConfig(`{"rules": {"${'x'.repeat(100_000)}": "off"}}`).problems;
    assert.ok(problem, 'the unknown key is reported');
    assert.ok(problem.message.length < 200, problem.message.slice(0, 200));
  });

  it(`a file over ${MAX_CONFIG_SIZE / 1048576} MB is not read: reported, the defaults used`, () => {
    const huge = `{"rules": {"disclaimer": "off"}, "kind": "${'x'.repeat(MAX_CONFIG_SIZE)}"}`;
    assert.match(at(parseConfig(huge).problems, 0).message, /is 1\.0 MB, more than a configuration can be \(1 MB\), and is not read/);
    assert.deepEqual(parseConfig(huge).settings, {});
    const draft = project('huge', huge);
    const loaded = loadConfigFile(join(tmp, 'huge', '.wsisrc.json'));
    assert.equal(loaded.text, '', 'not read');
    assert.deepEqual(loaded.settings, {});
    const r = cli([draft]);
    assert.match(r.err, /huge[\\/]\.wsisrc\.json:1:1 error This file is 1\.0 MB, more than a configuration can be/);
    assert.match(r.out, /error The disclaimer is missing/);
  });

  it('a file of multi-byte characters is bounded in bytes: 1 MB of é is not read either', () => {
    const text = `{"kind": "${'é'.repeat(MAX_CONFIG_SIZE / 2 + 10)}"}`;
    assert.ok(text.length < MAX_CONFIG_SIZE);
    project('bytes', text);
    const loaded = loadConfigFile(join(tmp, 'bytes', '.wsisrc.json'));
    assert.match(loaded.problems[0]?.message ?? '', /more than a configuration can be/);
  });
});

describe('hostile .wsisrc.json: byte order mark', () => {
  it('a UTF-8 BOM at the start is white space: the file is valid, spans count it', () => {
    const text = '\uFEFF{ "rules": { "disclaimer": "warning", "disclamer": "off" } }';
    const parsed = parseConfig(text);
    assert.equal(parsed.settings.rules?.disclaimer, 'warning');
    assert.deepEqual(parsed.problems.map((p) => text.slice(p.span.start, p.span.end)), ['"disclamer"']);
  });

  it('the CLI reads a file written with a BOM', () => {
    const dir = join(tmp, 'bom');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.wsisrc.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "rules": { "disclaimer": "warning" } }')]));
    copyFileSync(missingDisclaimer, join(dir, 'a.wsis.md'));
    const r = cli([join(dir, 'a.wsis.md')]);
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    assert.match(r.out, /warning The disclaimer is missing/);
  });
});
