// PDF export never runs a program from the workspace: a repository that ships bin/soffice (or
// node_modules/.bin/soffice) does not get it run through a relative PATH entry, an absolute PATH
// entry into the workspace, a link from outside, or WSIS_LIBREOFFICE; a LibreOffice outside is
// found and run. The stand-in programs are shell scripts that leave a marker when run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { convertWithLibreOffice, findLibreOffice, isInside, LibreOfficeMissingError, locateLibreOffice } from '../../../server/src/word/libreoffice';
import { root, fixtures } from './helpers';

const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'wsis-lo-workspace-')));
after(() => rmSync(tmp, { recursive: true, force: true }));

const workspace = join(tmp, 'workspace');
const outside = join(tmp, 'outside');
const marker = join(tmp, 'workspace-program-ran');
const outsideMarker = join(tmp, 'outside-program-ran');

function script(path: string, body: string): string {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Writes the marker, then a PDF where soffice would, so only the marker tells it ran. */
function soffice(path: string, mark: string): string {
  return script(path, `echo ran > '${mark}'\nwhile [ "$#" -gt 1 ]; do [ "$1" = --outdir ] && out="$2"; shift; done\nname=$(basename "$1" .docx)\necho '%PDF-1.4' > "$out/$name.pdf"`);
}

mkdirSync(join(workspace, 'bin'), { recursive: true });
mkdirSync(join(workspace, 'node_modules', '.bin'), { recursive: true });
mkdirSync(outside, { recursive: true });
const planted = soffice(join(workspace, 'bin', 'soffice'), marker);
soffice(join(workspace, 'node_modules', '.bin', 'soffice'), marker);
soffice(join(workspace, 'node_modules', '.bin', 'libreoffice'), marker);
const good = soffice(join(outside, 'soffice'), outsideMarker);
// What soffice (a shell script, the stand-in as the real one) runs by name.
for (const tool of ['basename', 'dirname', 'grep', 'uname', 'sed']) script(join(workspace, 'bin', tool), `echo ran > '${marker}'`);
/** Whether a LibreOffice is installed in the usual places (found without PATH). */
const installed = findLibreOffice({ PATH: '' }) !== undefined;
copyFileSync(join(fixtures, 'clean-submission.wsis.md'), join(workspace, 'report.wsis.md'));

/** The bundled command, run as a user would in the workspace, with only this PATH (and HOME). */
function exportPdf(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'wsis-lint.js'), 'export', '--pdf', '--force', 'report.wsis.md'], {
    cwd: workspace,
    env: { HOME: tmp, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('PDF export runs nothing from the workspace', { skip: process.platform === 'win32' ? 'the stand-in soffice is a shell script' : false }, () => {
  beforeEach(() => {
    rmSync(marker, { force: true });
    rmSync(outsideMarker, { force: true });
    rmSync(join(workspace, 'report.pdf'), { force: true });
  });

  it('relative PATH entries (bin, node_modules/.bin, the empty one) are never searched', () => {
    const r = exportPdf({ PATH: ['bin', 'node_modules/.bin', '', '.'].join(delimiter) });
    assert.ok(!existsSync(marker), 'a workspace program was run');
    // An installed LibreOffice is found in its usual place (and fails without a PATH to run its tools).
    if (!installed) {
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /PDF export needs LibreOffice/);
    }
  });

  it('an absolute one is found and run', () => {
    // The stand-in runs basename by name: from /usr/bin, not the workspace's bin.
    const r = exportPdf({ PATH: ['bin', outside, '/usr/bin', '/bin'].join(delimiter) });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(outsideMarker), 'the LibreOffice outside was not run');
    assert.ok(!existsSync(marker), 'the workspace program was run');
    assert.equal(readFileSync(join(workspace, 'report.pdf'), 'utf8'), '%PDF-1.4\n');
    const viaVariable = exportPdf({ PATH: ['bin', '/usr/bin', '/bin'].join(delimiter), WSIS_LIBREOFFICE: good });
    assert.equal(viaVariable.status, 0, viaVariable.stderr);
  });

  it('WSIS_LIBREOFFICE must be an absolute path', () => {
    const r = exportPdf({ PATH: [outside, '/usr/bin', '/bin'].join(delimiter), WSIS_LIBREOFFICE: 'bin/soffice' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Not run: WSIS_LIBREOFFICE=bin\/soffice \(not an absolute path\)/);
    assert.ok(!existsSync(marker), 'the workspace program was run');
  });

  it('a folder named ..x inside the workspace is inside it; a sibling with the same prefix is not', () => {
    assert.ok(isInside(join(workspace, '..x', 'soffice'), workspace));
    assert.ok(isInside(workspace, workspace));
    assert.ok(!isInside(join(tmp, 'workspace-other', 'soffice'), workspace));
    assert.ok(!isInside(join(workspace, '..', 'outside', 'soffice'), workspace));
    mkdirSync(join(workspace, '..x'), { recursive: true });
    const hidden = soffice(join(workspace, '..x', 'soffice'), marker);
    assert.equal(findLibreOffice({ PATH: join(workspace, '..x') }, { untrusted: [workspace] }) === hidden, false);
  });

  it('nothing whose real path lies in a workspace folder: absolute PATH entries, links from outside, WSIS_LIBREOFFICE', async () => {
    const untrusted = [workspace];
    const link = join(outside, 'link-bin');
    symlinkSync(join(workspace, 'bin'), link);
    try {
      assert.equal(findLibreOffice({ PATH: join(workspace, 'bin') }), planted, 'without a workspace, an absolute entry is the user\'s choice');
      const inside = locateLibreOffice({ PATH: [join(workspace, 'bin'), link, join(workspace, 'node_modules', '.bin')].join(delimiter) }, { untrusted });
      assert.equal(inside.program === undefined || !inside.program.startsWith(tmp), true, `ran ${inside.program}`);
      assert.ok(inside.refused.some((r) => r.startsWith(join(workspace, 'bin', 'soffice'))));
      assert.ok(inside.refused.some((r) => r.startsWith(join(link, 'soffice'))), 'the link from outside was followed to the workspace');
      assert.equal(findLibreOffice({ PATH: [join(workspace, 'bin'), outside].join(delimiter) }, { untrusted }), good);
      assert.equal(findLibreOffice({ PATH: outside, WSIS_LIBREOFFICE: planted }, { untrusted }), undefined);
      // The program given outright is held to the same rule.
      await assert.rejects(convertWithLibreOffice(join(tmp, 'x.docx'), { to: 'pdf', outDir: tmp, program: join(link, 'soffice'), untrusted }), LibreOfficeMissingError);
      assert.ok(!existsSync(marker), 'the workspace program was run');
    } finally {
      rmSync(link);
    }
  });
});
