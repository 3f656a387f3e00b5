// The `wsis-lint` command: argument handling, outputs, exit codes, configuration, --fix.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fs from 'node:fs';
import { after, describe, it, mock } from 'node:test';
import { run } from '../../server/src/cli/main';
import { at } from '../../server/src/engine/text/at';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const clean = join(fixtures, 'clean-submission.wsis.md');
const missingDisclaimer = join(fixtures, 'rules', 'disclaimer', 'missing.md');
const tmp = mkdtempSync(join(tmpdir(), 'wsis-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s), readStdin: () => stdin });
  return { code, out, err };
}

describe('wsis-lint', () => {
  it('exits 0 and says so for a clean draft', () => {
    const r = cli([clean]);
    assert.equal(r.code, 0);
    assert.match(r.out, /1 file checked: no problems\./);
  });

  it('prints file:line:col severity message [rule] and exits 1 on an error', () => {
    const r = cli([missingDisclaimer]);
    assert.equal(r.code, 1);
    assert.match(r.out, /missing\.md:12:1 error The disclaimer is missing.* \[disclaimer\]\n/);
    assert.match(r.out, /1 problem \(1 error, 0 warnings, 0 info\); 1 can be fixed with --fix\./);
  });

  it('writes JSON with 0-based LSP positions', () => {
    const r = cli(['--format', 'json', missingDisclaimer]);
    const json = JSON.parse(r.out) as { file: string; kind: string; diagnostics: { rule: string; severity: string; range: { start: { line: number; character: number } } }[] }[];
    assert.equal(json.length, 1);
    assert.equal(at(json, 0).kind, 'submission');
    assert.deepEqual(at(json, 0).diagnostics.map((d) => [d.rule, d.severity, d.range.start.line, d.range.start.character]), [['disclaimer', 'error', 11, 0]]);
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = cli(['--format=sarif', missingDisclaimer]);
    const sarif = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(at(sarif.runs, 0).tool.driver.rules.some((x) => x.id === 'disclaimer'));
    assert.deepEqual(at(sarif.runs, 0).results.map((x) => [x.ruleId, x.level, at(x.locations, 0).physicalLocation.region.startLine]), [['disclaimer', 'error', 12]]);
  });

  it("links SARIF's rules to their docs in the messages' language", () => {
    type Sarif = { runs: { tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } } }[] };
    const driver = (locale: string): Sarif['runs'][0]['tool']['driver'] => at((JSON.parse(cli(['--format=sarif', '--locale', locale, missingDisclaimer]).out) as Sarif).runs, 0).tool.driver;
    const base = 'https://github.com/wsis-tools/wsis-submission-checker/blob/main/docs/';
    for (const [locale, file] of [['en', 'rules.md'], ['fr', 'rules.fr.md'], ['es', 'rules.es.md']] as const) {
      const d = driver(locale);
      assert.equal(d.informationUri, `${base}${file}`);
      assert.equal(d.rules.find((r) => r.id === 'disclaimer')?.helpUri, `${base}${file}#disclaimer`);
    }
  });

  it('reports a missing file with exit 2 and still checks the others', () => {
    const r = cli([join(tmp, 'nope.md'), missingDisclaimer]);
    assert.equal(r.code, 2);
    assert.match(r.err, /nope\.md: no such file or folder/);
    assert.match(r.out, /\[disclaimer\]/);
  });

  it('reports usage errors with exit 2', () => {
    assert.equal(cli([]).code, 2);
    assert.match(cli(['--format', 'xml', clean]).err, /Unknown format 'xml'/);
    assert.match(cli(['--bogus', clean]).err, /Unknown option '--bogus'/);
  });

  it('checks a folder: *.wsis.md always, plain *.md only when it looks like a submission', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(missingDisclaimer, join(dir, 'sub', 'draft.md'));
    copyFileSync(clean, join(dir, 'clean.wsis.md'));
    writeFileSync(join(dir, 'notes.md'), '# Meeting notes\n\nNothing to do with the CSTD template.\n');
    const r = cli(['--format', 'json', dir]);
    const files = (JSON.parse(r.out) as { file: string }[]).map((f) => f.file.slice(dir.length + 1)).sort();
    assert.deepEqual(files, ['clean.wsis.md', join('sub', 'draft.md')]);
  });

  it('says so, with exit 2, for a folder without drafts', () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'readme.md'), '# Hello\n');
    const r = cli([dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no drafts/);
  });

  it('skips binary files with a clear message', () => {
    const bin = join(tmp, 'binary.md');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const r = cli([bin, clean]);
    assert.equal(r.code, 2);
    assert.match(r.err, /binary\.md: not a text file/);
    assert.match(r.out, /1 file checked/);
  });

  it('expands globs and reports a glob that matches nothing', () => {
    const r = cli(['--format', 'json', join(fixtures, 'rules', 'disclaimer', '*.md').split('\\').join('/')]);
    assert.ok((JSON.parse(r.out) as unknown[]).length >= 4);
    const none = cli([join(tmp, 'nothing-*.md')]);
    assert.equal(none.code, 2);
    assert.match(none.err, /no file matches/);
  });

  it('reads a draft from standard input', () => {
    const r = cli(['-'], readFileSync(missingDisclaimer, 'utf8'));
    assert.equal(r.code, 1);
    assert.match(r.out, /^-:12:1 error/m);
  });

  it('uses the nearest .wsisrc.json and reports a malformed one, going on with defaults', () => {
    const dir = join(tmp, 'configured', 'drafts');
    mkdirSync(dir, { recursive: true });
    copyFileSync(missingDisclaimer, join(dir, 'a.wsis.md'));
    writeFileSync(join(tmp, 'configured', '.wsisrc.json'), '{ "rules": { "disclaimer": "warning" } }');
    const r = cli([join(dir, 'a.wsis.md')]);
    assert.equal(r.code, 0, 'the error became a warning');
    assert.match(r.out, /warning The disclaimer is missing/);

    writeFileSync(join(tmp, 'configured', '.wsisrc.json'), '{ "rules": { "disclaimer": "loud" ');
    const broken = cli([join(dir, 'a.wsis.md')]);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.wsisrc\.json:1:\d+ error This is not valid JSON/);
    assert.match(broken.out, /error The disclaimer is missing/, 'checked with the defaults');
  });

  it('--config names the configuration, and an unknown rule in it is reported', () => {
    const config = join(tmp, 'custom.json');
    writeFileSync(config, '{ "rules": { "disclaimer": "off", "disclamer": "off" } }');
    const r = cli(['--config', config, missingDisclaimer]);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown rule 'disclamer'/);
    assert.doesNotMatch(r.out, /\[disclaimer\]/);
  });

  it('--fix rewrites the draft atomically and reports what remains', () => {
    const draft = join(tmp, 'fix', 'draft.wsis.md');
    mkdirSync(join(tmp, 'fix'), { recursive: true });
    copyFileSync(join(fixtures, 'rules', 'part-heading-style', 'styles.md'), draft);
    const r = cli(['--fix', draft]);
    assert.equal(r.code, 0);
    assert.match(r.err, /fixed 3 problems/);
    assert.match(readFileSync(draft, 'utf8'), /^## Part Two: Analytical overview$/m);
    assert.deepEqual(readdirSync(join(tmp, 'fix')), ['draft.wsis.md'], 'no temporary file left');
    assert.match(cli([draft]).out, /no problems/);
  });

  it('--fix that cannot write leaves the draft unchanged and says why', () => {
    const dir = join(tmp, 'blocked');
    mkdirSync(dir, { recursive: true });
    const draft = join(dir, 'draft.wsis.md');
    copyFileSync(missingDisclaimer, draft);
    // The temporary file has a random name now (nothing can be planted there): the rename fails
    // as a full or read-only disk would make it, even for root.
    const rename = mock.method(fs, 'renameSync', () => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    });
    let r;
    try {
      r = cli(['--fix', draft]);
    } finally {
      rename.mock.restore();
    }
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write the fixes/);
    assert.equal(readFileSync(draft, 'utf8'), readFileSync(missingDisclaimer, 'utf8'));
    assert.deepEqual(readdirSync(dir), ['draft.wsis.md'], 'the temporary file was left behind');
  });
});

describe('the bundled command (dist/cli.js, built by npm test / npm ci)', () => {
  it('checks the examples and exits 1 on their errors', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = join(import.meta.dirname, '..', '..');
    // In English whatever the machine's language (the messages follow LC_ALL, LC_MESSAGES, LANG).
    const r = spawnSync(process.execPath, [join(root, 'bin', 'wsis-lint.js'), 'examples'], { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /examples\/draft-with-problems\.wsis\.md:1:57 error '\(CTSD\)' should be '\(CSTD\)'/);
    assert.match(r.stdout, /examples\/pasted-from-word\.wsis\.md:3:1 warning The text is laid out as pasted text: .*\[pasted-layout\]/);
    assert.match(r.stdout, /examples\/copied-from-pdf\.wsis\.md:\d+:1 warning The text is laid out as pasted text: .*\[pasted-layout\]/);
    assert.doesNotMatch(r.stdout, /submission-2026\.wsis\.md:/);
    assert.match(r.stdout, /4 files checked: \d+ problems/);
  });
});
