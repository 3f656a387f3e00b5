// `wsis-lint export` and `wsis-lint import`: arguments, default paths, warnings, exit codes.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseExportArgs, parseImportArgs, runExport, runImport } from '../../../server/src/cli/word';
import { UsageError } from '../../../server/src/cli/args';
import { findLibreOffice } from '../../../server/src/word/libreoffice';
import { fixtures } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'wsis-word-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(command: 'export' | 'import', args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) };
  const code = await (command === 'export' ? runExport(args, io) : runImport(args, io));
  return { code, out, err };
}

function copy(name: string, to = name): string {
  const path = join(tmp, to);
  copyFileSync(join(fixtures, ...name.split('/')), path);
  return path;
}

describe('wsis-lint export', () => {
  it('writes NAME.docx beside the draft and says where', async () => {
    const draft = copy('clean-submission.wsis.md', 'report.wsis.md');
    const r = await cli('export', ['--docx', draft]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `Wrote ${join(tmp, 'report.docx')} (2 footnotes).\n`);
    assert.equal(r.err, '');
    assert.ok(readFileSync(join(tmp, 'report.docx')).subarray(0, 2).equals(Buffer.from('PK')));
  });

  it('writes to --out, and replaces its own earlier export but not another file', async () => {
    const draft = copy('clean-submission.wsis.md', 'again.wsis.md');
    const out = join(tmp, 'out.docx');
    assert.equal((await cli('export', [draft, '--out', out])).code, 0);
    assert.equal((await cli('export', [`--out=${out}`, draft])).code, 0, 'an untouched export is replaced');
    const other = join(tmp, 'someone-else.docx');
    writeFileSync(other, 'the Word document this draft came from');
    const r = await cli('export', ['--out', other, draft]);
    assert.equal(r.code, 2);
    assert.match(r.err, /exists and is not an untouched earlier export.*--force/);
    assert.equal(readFileSync(other, 'utf8'), 'the Word document this draft came from');
    assert.equal((await cli('export', ['--force', '--out', other, draft])).code, 0);
  });

  it('warns about error-level problems and exports anyway, or refuses with --strict', async () => {
    const draft = copy('word/with-errors.wsis.md', 'errors.wsis.md');
    const r = await cli('export', [draft]);
    assert.equal(r.code, 0);
    assert.match(r.err, /errors\.wsis\.md still has 1 error-level problem:\n.*errors\.wsis\.md:11:1 error The disclaimer is missing.*\[disclaimer\]\n.*exporting anyway/);
    assert.ok(existsSync(join(tmp, 'errors.docx')));
    rmSync(join(tmp, 'errors.docx'));
    const strict = await cli('export', ['--strict', draft]);
    assert.equal(strict.code, 1);
    assert.match(strict.err, /not exported \(--strict\)/);
    assert.ok(!existsSync(join(tmp, 'errors.docx')));
  });

  it('says clearly that PDF needs LibreOffice when it is not there, and exits 2', async () => {
    const draft = copy('clean-submission.wsis.md', 'nolo.wsis.md');
    const saved = process.env.WSIS_LIBREOFFICE;
    process.env.WSIS_LIBREOFFICE = join(tmp, 'no-such-soffice');
    try {
      const r = await cli('export', ['--pdf', draft]);
      assert.equal(r.code, 2);
      assert.match(r.err, /PDF export needs LibreOffice.*apt-get install libreoffice-writer-nogui.*WSIS_LIBREOFFICE.*export --docx/);
      assert.ok(!existsSync(join(tmp, 'nolo.pdf')));
    } finally {
      if (saved === undefined) delete process.env.WSIS_LIBREOFFICE;
      else process.env.WSIS_LIBREOFFICE = saved;
    }
  });

  it('writes NAME.pdf with LibreOffice, and replaces it next time', { skip: findLibreOffice() === undefined ? 'LibreOffice (soffice) is not installed' : false }, async () => {
    const draft = copy('clean-submission.wsis.md', 'printed.wsis.md');
    const r = await cli('export', ['--pdf', draft]);
    assert.equal(r.code, 0, r.err);
    assert.ok(readFileSync(join(tmp, 'printed.pdf')).subarray(0, 5).equals(Buffer.from('%PDF-')));
    assert.equal((await cli('export', ['--pdf', draft])).code, 0, 'an untouched PDF export is replaced');
  });

  it('reports usage errors and unreadable drafts with exit 2', async () => {
    assert.equal((await cli('export', [])).code, 2);
    assert.match((await cli('export', ['--docx', '--pdf', 'x.md'])).err, /Choose one of --docx and --pdf/);
    assert.match((await cli('export', ['--bogus', 'x.md'])).err, /Unknown option '--bogus' for export\.\nRun 'wsis-lint export --help'/);
    const missing = await cli('export', [join(tmp, 'nope.wsis.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.wsis\.md: cannot read it \(no such file\)/);
    assert.match((await cli('export', ['--help'])).out, /^Usage: wsis-lint export --docx\|--pdf/);
  });

  it('parses its arguments', () => {
    assert.deepEqual(parseExportArgs(['--pdf', '--strict', '--timeout', '30', 'a.md']), { format: 'pdf', out: undefined, strict: true, force: false, config: undefined, timeoutMs: 30000, file: 'a.md', help: false });
    assert.throws(() => parseExportArgs(['--timeout=0', 'a.md']), UsageError);
    assert.throws(() => parseExportArgs(['a.md', 'b.md']), /one draft at a time/);
  });
});

describe('wsis-lint import', () => {
  it('writes NAME.wsis.md beside the document and refuses to overwrite it without --force', async () => {
    const draft = copy('word/features.wsis.md', 'features.wsis.md');
    assert.equal((await cli('export', ['--out', join(tmp, 'annual.docx'), draft])).code, 0);
    const r = await cli('import', [join(tmp, 'annual.docx')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `Wrote ${join(tmp, 'annual.wsis.md')} (4 footnotes).\n`);
    assert.match(readFileSync(join(tmp, 'annual.wsis.md'), 'utf8'), /^## Part Three: A brief description$/m);
    writeFileSync(join(tmp, 'annual.wsis.md'), 'edited by hand');
    const again = await cli('import', [join(tmp, 'annual.docx')]);
    assert.equal(again.code, 2);
    assert.match(again.err, /annual\.wsis\.md exists and was left as it is; use --out \S*annual-2\.wsis\.md .*--force/);
    assert.equal(readFileSync(join(tmp, 'annual.wsis.md'), 'utf8'), 'edited by hand');
    assert.equal((await cli('import', ['--force', join(tmp, 'annual.docx')])).code, 0);
    assert.notEqual(readFileSync(join(tmp, 'annual.wsis.md'), 'utf8'), 'edited by hand');
  });

  it('rolls forward with --roll-forward, printing what changed and that the dates must be confirmed', async () => {
    const draft = copy('clean-submission.wsis.md', 'last-year.wsis.md');
    assert.equal((await cli('export', [draft])).code, 0);
    const r = await cli('import', ['--roll-forward', '--out', join(tmp, 'this-year.wsis.md'), join(tmp, 'last-year.docx')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /last-year\.docx: note: Session in the cover: Twenty-ninth -> Thirtieth\./);
    assert.match(r.err, /note: Dates: '20 to 24 April 2026' -> '20 to 24 April 2027'\. The days and month are last year's: confirm/);
    assert.match(readFileSync(join(tmp, 'this-year.wsis.md'), 'utf8'), /efforts in 2026 to implement/);
  });

  it('rolled forward, names the draft for this year\'s session and never overwrites last year\'s draft without --force', async () => {
    // Last year's draft and its Word document side by side, as they usually are.
    const lastYear = copy('clean-submission.wsis.md', 'ISOC-CSTD-29.wsis.md');
    const before = readFileSync(lastYear, 'utf8');
    assert.equal((await cli('export', [lastYear])).code, 0);
    const r = await cli('import', ['--roll-forward', join(tmp, 'ISOC-CSTD-29.docx')]);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.startsWith(`Wrote ${join(tmp, 'ISOC-CSTD-30.wsis.md')} (`), r.out);
    assert.equal(readFileSync(lastYear, 'utf8'), before, 'last year\'s draft is untouched');
    assert.match(readFileSync(join(tmp, 'ISOC-CSTD-30.wsis.md'), 'utf8'), /Thirtieth session/);
    // Again: this year's name is taken now; refused, with a free name to use, and nothing written.
    writeFileSync(join(tmp, 'ISOC-CSTD-30.wsis.md'), 'edited by hand');
    const again = await cli('import', ['--roll-forward', join(tmp, 'ISOC-CSTD-29.docx')]);
    assert.equal(again.code, 2);
    assert.match(again.err, /ISOC-CSTD-30\.wsis\.md exists and was left as it is; use --out \S*ISOC-CSTD-30-2\.wsis\.md/);
    assert.equal(readFileSync(join(tmp, 'ISOC-CSTD-30.wsis.md'), 'utf8'), 'edited by hand');
    assert.equal(existsSync(join(tmp, 'ISOC-CSTD-30-2.wsis.md')), false);
    // --out onto an existing draft is refused too, without --force.
    const onto = await cli('import', ['--roll-forward', '--out', lastYear, join(tmp, 'ISOC-CSTD-29.docx')]);
    assert.equal(onto.code, 2);
    assert.equal(readFileSync(lastYear, 'utf8'), before);
    assert.equal((await cli('import', ['--roll-forward', '--force', join(tmp, 'ISOC-CSTD-29.docx')])).code, 0);
    assert.match(readFileSync(join(tmp, 'ISOC-CSTD-30.wsis.md'), 'utf8'), /Thirtieth session/);
  });

  it('writes to standard output with --out -', async () => {
    const draft = copy('clean-submission.wsis.md', 'piped.md');
    assert.equal((await cli('export', [draft])).code, 0);
    const r = await cli('import', ['--out', '-', join(tmp, 'piped.docx')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^\*\*COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT \(CSTD\)\*\*\n/);
    assert.ok(!existsSync(join(tmp, 'piped.wsis.md')));
  });

  it('reports a missing or unreadable document with exit 2', async () => {
    assert.match((await cli('import', [join(tmp, 'none.docx')])).err, /none\.docx: no such file/);
    writeFileSync(join(tmp, 'fake.docx'), 'not a zip');
    const r = await cli('import', [join(tmp, 'fake.docx')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /fake\.docx: not a Word document that can be read/);
    assert.ok(!existsSync(join(tmp, 'fake.wsis.md')));
    assert.equal((await cli('import', [])).code, 2);
    assert.deepEqual(parseImportArgs(['--roll-forward', 'a.docx']), { rollForward: true, out: undefined, force: false, file: 'a.docx', help: false });
  });
});
