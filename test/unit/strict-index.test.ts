// The root tsconfig.json (run by npm test's static checks and `npm run typecheck`) type-checks the
// whole repository with noUncheckedIndexedAccess: the shipped code (server/src, client/src) and the
// tests, benchmarks and scripts, every file of them, not a chosen few, so a new file cannot slip
// out of it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const FOLDERS = ['server/src', 'client/src', 'test', 'bench', 'scripts'];
/** Not TypeScript of ours: drafts, .docx and snapshots the tests read. */
const EXCLUDED = ['test/fixtures/'];

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((f) => !EXCLUDED.some((x) => f.startsWith(x)));
}

describe('tsconfig.json', () => {
  it('has noUncheckedIndexedAccess over every file of server/src, client/src, test, bench and scripts', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    });
    assert.ok(config !== undefined && config.errors.length === 0);
    assert.equal(config.options.noUncheckedIndexedAccess, true);
    assert.equal(config.options.strict, true);
    const covered = new Set(config.fileNames.map((f) => relative(root, f).split('\\').join('/')));
    for (const folder of FOLDERS) {
      const files = tsFiles(folder);
      assert.ok(files.length > 0, `found no file in ${folder}`);
      assert.deepEqual(files.filter((f) => !covered.has(f)), [], `${folder}: files outside the type check`);
    }
    assert.ok(tsFiles('server/src').length + tsFiles('client/src').length > 100, 'the shipped code is all there');
  });
});
