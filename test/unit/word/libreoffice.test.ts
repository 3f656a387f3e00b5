// Running LibreOffice: finding it, a fresh profile per run, the time limit. A stand-in script
// plays soffice, so these run everywhere (but Windows, which has no sh).
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { convertWithLibreOffice, findLibreOffice, LibreOfficeError, LibreOfficeMissingError } from '../../../server/src/word/libreoffice';

const tmp = mkdtempSync(join(tmpdir(), 'wsis-lo-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('LibreOffice', { skip: process.platform === 'win32' ? 'the stand-in soffice is a shell script' : false }, () => {
  it('is found on PATH as soffice, or through WSIS_LIBREOFFICE', () => {
    const bin = join(tmp, 'bin');
    script('soffice', 'exit 0');
    assert.equal(findLibreOffice({ PATH: `${join(tmp, 'nowhere')}:${tmp}` }), join(tmp, 'soffice'));
    assert.equal(findLibreOffice({ PATH: bin, WSIS_LIBREOFFICE: join(tmp, 'soffice') }), join(tmp, 'soffice'));
    assert.equal(findLibreOffice({ PATH: tmp, WSIS_LIBREOFFICE: join(tmp, 'missing') }), undefined);
  });

  it('runs with a fresh profile, removed afterwards, and returns the converted file', async () => {
    const log = join(tmp, 'args.txt');
    // Writes its arguments, then the PDF into --outdir, as soffice would.
    const fake = script('fake-soffice', `printf '%s\\n' "$@" > '${log}'\nwhile [ "$#" -gt 1 ]; do [ "$1" = --outdir ] && out="$2"; shift; done\nname=$(basename "$1" .docx)\necho '%PDF-1.4' > "$out/$name.pdf"`);
    const input = join(tmp, 'draft.docx');
    writeFileSync(input, 'docx');
    const pdf = await convertWithLibreOffice(input, { to: 'pdf', outDir: tmp, program: fake });
    assert.equal(pdf, join(tmp, 'draft.pdf'));
    const args = readFileSync(log, 'utf8').trim().split('\n');
    const profile = args.find((a) => a.startsWith('-env:UserInstallation=file://'));
    assert.ok(profile !== undefined, args.join(' '));
    assert.ok(!existsSync(fileURLToPath(profile.slice('-env:UserInstallation='.length))), 'the profile was not removed');
    assert.ok(args.includes('--headless'));
    assert.deepEqual(args.slice(-5), ['--convert-to', 'pdf', '--outdir', tmp, input]);
  });

  it('stops LibreOffice (and what it started) at the time limit', async () => {
    const marker = join(tmp, 'still-running');
    // The child it starts in the background keeps the stderr pipe open, and a run settles only when
    // every holder of that pipe has closed it: so once the promise settles the child is gone, killed
    // (no marker) or run to its end (the marker, 2 s on). No waiting needed beyond the promise.
    const slow = script('slow-soffice', `(sleep 2; touch '${marker}') &\nsleep 30`);
    const started = Date.now();
    await assert.rejects(convertWithLibreOffice(join(tmp, 'x.docx'), { to: 'pdf', outDir: tmp, program: slow, timeoutMs: 300 }), (e: unknown) => e instanceof LibreOfficeError && /did not finish within 0\.3 s/.test(e.message));
    assert.ok(!existsSync(marker), 'a child of the stopped LibreOffice kept running');
    assert.ok(Date.now() - started < 5000);
  });

  it('reports a conversion that produced nothing, and a missing LibreOffice', async () => {
    const failing = script('failing-soffice', 'echo "Error: source file could not be loaded" >&2; exit 0');
    await assert.rejects(convertWithLibreOffice(join(tmp, 'y.docx'), { to: 'pdf', outDir: tmp, program: failing }), /could not convert y\.docx \(exit 0: Error: source file could not be loaded\)/);
    const saved = process.env.WSIS_LIBREOFFICE;
    process.env.WSIS_LIBREOFFICE = join(tmp, 'missing');
    try {
      await assert.rejects(convertWithLibreOffice(join(tmp, 'y.docx'), { to: 'pdf', outDir: tmp }), LibreOfficeMissingError);
    } finally {
      if (saved === undefined) delete process.env.WSIS_LIBREOFFICE;
      else process.env.WSIS_LIBREOFFICE = saved;
    }
  });
});
