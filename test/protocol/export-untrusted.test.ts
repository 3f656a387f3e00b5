// Export to PDF from the editor runs nothing from the workspace: the server knows the workspace
// folders and passes over a LibreOffice inside one (reason `program-refused`, which the client
// explains, in Restricted Mode too), and runs one outside with no PATH entry into the workspace.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { ExportWordRequest, type WordResult } from '../../server/src/protocol';
import { fixture, pathToUri, startServer, within, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');
const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'wsis-export-untrusted-')));
const workspace = join(tmp, 'workspace');
const outside = join(tmp, 'outside');
const marker = join(tmp, 'workspace-program-ran');
mkdirSync(join(workspace, 'bin'), { recursive: true });
mkdirSync(outside, { recursive: true });

function script(path: string, body: string): string {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const planted = script(join(workspace, 'bin', 'soffice'), `echo ran > '${marker}'`);
for (const tool of ['basename', 'dirname', 'grep', 'uname']) script(join(workspace, 'bin', tool), `echo ran > '${marker}'`);
// Runs basename by name, as the real soffice runs dirname: it must come from /usr/bin, not the workspace.
const good = script(join(outside, 'soffice'), `while [ "$#" -gt 1 ]; do [ "$1" = --outdir ] && out="$2"; shift; done\nname=$(basename "$1" .docx)\necho '%PDF-1.4' > "$out/$name.pdf"`);

describe('Export to PDF in a workspace that ships its own soffice', { skip: process.platform === 'win32' ? 'the stand-in soffice is a shell script' : false }, () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const s of servers) await s.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function exportPdf(env: Record<string, string>, name: string): Promise<WordResult> {
    const server = await startServer({ folders: [workspace], env });
    servers.push(server);
    const uri = pathToUri(join(workspace, `${name}.wsis.md`));
    server.open(uri, CLEAN);
    await server.waitForDiagnostics(uri);
    return within(server.connection.sendRequest<WordResult>(ExportWordRequest.method, { uri, version: 1, format: 'pdf', force: true }), 'the export', 60_000);
  }

  it('refuses a LibreOffice inside the workspace, named by WSIS_LIBREOFFICE or an absolute PATH entry', async () => {
    await assert.rejects(
      exportPdf({ WSIS_LIBREOFFICE: planted, PATH: [join(workspace, 'bin'), 'bin', '/usr/bin', '/bin'].join(delimiter) }, 'refused'),
      (e: unknown) => e instanceof ResponseError && (e.data as { reason?: string }).reason === 'program-refused' && /inside the workspace folder/.test(e.message),
    );
    assert.ok(!existsSync(marker), 'the workspace program was run');
    assert.ok(!existsSync(join(workspace, 'refused.pdf')));
  });

  it('runs one outside, with no PATH entry into the workspace', async () => {
    const result = await exportPdf({ WSIS_LIBREOFFICE: good, PATH: [join(workspace, 'bin'), 'bin', '/usr/bin', '/bin'].join(delimiter) }, 'exported');
    assert.equal(result.path, join(workspace, 'exported.pdf'));
    assert.equal(readFileSync(result.path, 'utf8'), '%PDF-1.4\n');
    assert.ok(!existsSync(marker), 'a workspace program was run');
  });
});
