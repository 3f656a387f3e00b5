// Files a workspace hands us, built to hurt: a Latin-1 draft and a linked draft under --fix,
// temporary names planted as links, globs and folders that lead to /dev/zero or a FIFO, drafts
// too large to read, and file names that would forge lines or drive the terminal.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { printable } from '../../server/src/cli/format';
import { runExport, runImport } from '../../server/src/cli/word';
import { writeFileAtomically } from '../../server/src/node/atomic-write';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const missingDisclaimer = join(fixtures, 'rules', 'disclaimer', 'missing.md');
const clean = join(fixtures, 'clean-submission.wsis.md');
const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'wsis-hostile-files-')));
after(() => rmSync(tmp, { recursive: true, force: true }));
const posix = process.platform !== 'win32';
const onlyPosix = posix ? false : 'links, FIFOs and file modes as POSIX has them';

function cli(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s), readStdin: () => stdin });
  return { code, out, err };
}

async function word(command: 'export' | 'import', args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) };
  const code = await (command === 'export' ? runExport(args, io) : runImport(args, io));
  return { code, out, err };
}

let dirs = 0;
function freshDir(name: string): string {
  const dir = join(tmp, `${++dirs}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The bundled command in a child process, with a time limit: a read that never ends fails the test instead of hanging it. */
function bundled(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): { status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'wsis-lint.js'), ...args], { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', timeout: options.timeout ?? 30_000, killSignal: 'SIGKILL' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined || r.signal === 'SIGKILL' };
}

describe('--fix on hostile drafts', () => {
  it('refuses to write back a draft that is not UTF-8 (Latin-1), exit 2, bytes unchanged', () => {
    const dir = freshDir('latin1');
    const draft = join(dir, 'brouillon.wsis.md');
    // The fixture (missing its disclaimer: fixable) with accented words in Latin-1.
    const text = readFileSync(missingDisclaimer, 'utf8').replace('Part One', 'Part One (Résumé, café, Genève)');
    const bytes = Buffer.from(text, 'latin1');
    assert.ok(bytes.includes(0xe9), 'the draft has a Latin-1 é');
    writeFileSync(draft, bytes);
    const r = cli(['--fix', draft]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /brouillon\.wsis\.md: not fixed: it is not valid UTF-8.*unchanged/);
    assert.ok(readFileSync(draft).equals(bytes), 'the Latin-1 draft was rewritten');
    // Checking it (without --fix) still works.
    assert.match(cli([draft]).out, /\[disclaimer\]/);
  });

  it('keeps a byte-order mark and every byte it did not mean to change', () => {
    const dir = freshDir('bom');
    const draft = join(dir, 'bom.wsis.md');
    writeFileSync(draft, `\uFEFF${readFileSync(missingDisclaimer, 'utf8')}`);
    assert.equal(cli(['--fix', draft]).code, 0);
    assert.ok(readFileSync(draft).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'the BOM was lost');
  });

  it('writes through a linked draft to its target and keeps the mode', { skip: onlyPosix }, () => {
    const dir = freshDir('linked');
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'draft.wsis.md');
    copyFileSync(missingDisclaimer, target);
    chmodSync(target, 0o640);
    const link = join(dir, 'draft.wsis.md');
    symlinkSync(join('real', 'draft.wsis.md'), link);
    const r = cli(['--fix', link]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /fixed 1 problem/);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
    assert.doesNotMatch(cli([target]).out, /\[disclaimer\]/, 'the target was not fixed');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'real')), ['draft.wsis.md'], 'a temporary file was left');
  });

  it('keeps the mode of a regular draft (and its owner, when root fixes it)', { skip: onlyPosix }, () => {
    const dir = freshDir('mode');
    const draft = join(dir, 'draft.wsis.md');
    copyFileSync(missingDisclaimer, draft);
    chmodSync(draft, 0o600);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(draft, 4321, 4322);
    assert.equal(cli(['--fix', draft]).code, 0);
    assert.equal(statSync(draft).mode & 0o777, 0o600);
    if (asRoot) assert.deepEqual([statSync(draft).uid, statSync(draft).gid], [4321, 4322]);
  });
});

describe('temporary files cannot be planted', { skip: onlyPosix }, () => {
  // Every name the old writers used: `<path>.<pid>.wsis-fix.tmp` (--fix) and `<path>.<pid>.wsis-tmp` (export, import --force).
  function plant(path: string, victim: string): void {
    for (const suffix of ['wsis-fix.tmp', 'wsis-tmp']) symlinkSync(victim, `${path}.${process.pid}.${suffix}`);
  }

  it('--fix: a link at the old temporary name does not receive the draft', () => {
    const dir = freshDir('plant-fix');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const draft = join(dir, 'draft.wsis.md');
    copyFileSync(missingDisclaimer, draft);
    plant(draft, victim);
    assert.equal(cli(['--fix', draft]).code, 0);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.doesNotMatch(cli([draft]).out, /\[disclaimer\]/);
  });

  it('export and import --force: links at the temporary names and at the output are not followed', async () => {
    const dir = freshDir('plant-word');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const draft = join(dir, 'report.wsis.md');
    copyFileSync(clean, draft);
    const out = join(dir, 'report.docx');
    plant(out, victim);
    assert.equal((await word('export', ['--docx', draft])).code, 0);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    // The output itself a planted link: replaced (with --force), its target untouched.
    rmSync(out);
    symlinkSync(victim, out);
    const refused = await word('export', ['--docx', draft]);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /exists and is not an untouched earlier export/);
    assert.equal((await word('export', ['--docx', '--force', draft])).code, 0);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(!lstatSync(out).isSymbolicLink() && readFileSync(out).subarray(0, 2).toString() === 'PK');

    const imported = join(dir, 'report.wsis.md');
    plant(imported, victim);
    rmSync(imported);
    symlinkSync(victim, imported);
    const r = await word('import', ['--force', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(!lstatSync(imported).isSymbolicLink());
  });

  it('writes atomically: a random temporary name, created exclusively, removed on failure', () => {
    const dir = freshDir('atomic');
    const target = join(dir, 'out.txt');
    assert.equal(writeFileAtomically(target, 'one'), target);
    writeFileAtomically(target, 'two');
    assert.equal(readFileSync(target, 'utf8'), 'two');
    assert.deepEqual(readdirSync(dir), ['out.txt']);
    // Into a folder that is not there: fails, and leaves nothing behind.
    assert.throws(() => writeFileAtomically(join(dir, 'missing', 'x.txt'), 'x'), /ENOENT/);
    assert.deepEqual(readdirSync(dir), ['out.txt']);
  });
});

describe('globs and folders lead only to regular files', { skip: onlyPosix }, () => {
  function hostileFolder(): string {
    const dir = freshDir('links');
    copyFileSync(clean, join(dir, 'a.wsis.md'));
    symlinkSync('a.wsis.md', join(dir, 'b-link.wsis.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.wsis.md'));
    const outside = join(tmp, `outside-${dirs}.wsis.md`);
    copyFileSync(clean, outside);
    symlinkSync(outside, join(dir, 'outside.wsis.md'));
    const fifo = spawnSync('mkfifo', [join(dir, 'fifo.wsis.md')]);
    assert.equal(fifo.status, 0, 'mkfifo failed');
    return dir;
  }

  it('a glob matching a link to /dev/zero and a FIFO ends at once and checks the regular file once', () => {
    const dir = hostileFolder();
    // Before, the glob read /dev/zero until the time limit (8 GB in 20 s).
    const r = bundled(['--format', 'json', '*.wsis.md'], { cwd: dir });
    assert.equal(r.timedOut, false, 'the glob read forever');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file), ['a.wsis.md']);
  });

  it('a folder gives the same files as the glob', () => {
    const dir = hostileFolder();
    const viaFolder = cli(['--format', 'json', dir]);
    assert.equal(viaFolder.code, 0, viaFolder.err);
    assert.deepEqual((JSON.parse(viaFolder.out) as { file: string }[]).map((f) => f.file), [join(dir, 'a.wsis.md')]);
  });

  it('a file reached by several names is checked once; a FIFO or /dev/zero named is refused at once', () => {
    const dir = hostileFolder();
    const r = cli([join(dir, 'a.wsis.md'), join(dir, 'b-link.wsis.md'), `${dir}/./a.wsis.md`]);
    assert.match(r.out, /^1 file checked/m);
    const named = bundled(['fifo.wsis.md', 'zero.wsis.md', 'a.wsis.md'], { cwd: dir });
    assert.equal(named.timedOut, false, 'reading a FIFO or /dev/zero did not end');
    assert.equal(named.status, 2);
    assert.match(named.stderr, /fifo\.wsis\.md: cannot read it \(not a regular file\)/);
    assert.match(named.stderr, /zero\.wsis\.md: cannot read it \(not a regular file\)/);
    assert.match(named.stdout, /1 file checked/);
    const exported = bundled(['export', 'zero.wsis.md'], { cwd: dir });
    assert.equal(exported.timedOut, false);
    assert.equal(exported.status, 2);
    assert.match(exported.stderr, /not a regular file/);
  });

  it('a draft over 20 MB is not read, in checking and in export', async () => {
    const dir = freshDir('large');
    const big = join(dir, 'big.wsis.md');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    const r = cli([big]);
    assert.equal(r.code, 2);
    assert.match(r.err, /big\.wsis\.md: cannot read it \(larger than 20 MB\)/);
    const e = await word('export', [big]);
    assert.equal(e.code, 2);
    assert.match(e.err, /larger than 20 MB/);
  });

  it('standard input is bounded too', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'wsis-lint.js'), '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.resume();
    child.stdin.on('error', () => undefined);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const write = (): void => {
      while (sent < 64 && !child.stdin.destroyed) {
        sent++;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', write);
      }
      child.stdin.end();
    };
    write();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /-: cannot read it \(larger than 20 MB\)/);
  });
});

describe('file names are printed escaped', { skip: onlyPosix }, () => {
  const forged = 'x.wsis.md:1:1 error forged\n::error file=x::forged\n';

  it('escapes control characters, line separators and bidi controls', () => {
    assert.equal(printable('a\nb\rc\td\u001b[31me\u007f\u0085\u2028\u202e'), 'a\\nb\\rc\\td\\x1B[31me\\x7F\\x85\\u{2028}\\u{202E}');
    assert.equal(printable('C:\\drafts\\Résumé 日本.wsis.md'), 'C:\\drafts\\Résumé 日本.wsis.md');
  });

  it('in the text output and the error messages', () => {
    const dir = freshDir('names');
    const names = [`${forged}a.wsis.md`, '\u001b[2J\u001b[31mred.wsis.md'];
    for (const name of names) copyFileSync(missingDisclaimer, join(dir, name));
    const r = cli([dir, join(dir, `${forged}missing.md`)]);
    const lines = r.out.trimEnd().split('\n');
    // One line per problem (2) and the summary: nothing forged.
    assert.equal(lines.length, 3, r.out);
    for (const line of lines.slice(0, 2)) assert.ok(line.startsWith(`${dir}/`), line);
    assert.ok(!(r.out + r.err).includes('\u001b'), 'a raw escape character was printed');
    assert.doesNotMatch(r.out + r.err, /^::error/m);
    assert.match(r.out, /\\n::error file=x::forged\\na\.wsis\.md:\d+:1 error/);
    assert.match(r.out, /\\x1B\[2J\\x1B\[31mred\.wsis\.md:\d+:1 error/);
    const errLines = r.err.trimEnd().split('\n');
    assert.equal(errLines.length, 1, r.err);
    assert.match(at(errLines, 0), /^wsis-lint: .*\\n::error file=x::forged\\nmissing\.md: no such file or folder\.$/);
  });

  it('in export and import messages', async () => {
    const dir = freshDir('word-names');
    const draft = join(dir, `${forged}r.wsis.md`);
    copyFileSync(clean, draft);
    const e = await word('export', ['--docx', draft]);
    assert.equal(e.code, 0, e.err);
    assert.equal(e.out.split('\n').length, 2, e.out);
    assert.match(e.out, /^Wrote .*\\n::error file=x::forged\\nr\.docx \(2 footnotes\)\.\n$/);
    const i = await word('import', [join(dir, `${forged}nothing.docx`)]);
    assert.equal(i.code, 2);
    assert.equal(i.err.split('\n').length, 2, i.err);
  });
});
