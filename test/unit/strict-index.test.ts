// tsconfig.strict-index.json (run by npm test's static checks and `npm run typecheck`) type-checks
// all the shipped code with noUncheckedIndexedAccess: every file under server/src and client/src,
// not a chosen few, so a new file cannot slip out of it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

describe('tsconfig.strict-index.json', () => {
  it('has noUncheckedIndexedAccess over every file of server/src and client/src', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.strict-index.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    });
    assert.ok(config !== undefined && config.errors.length === 0);
    assert.equal(config.options.noUncheckedIndexedAccess, true);
    assert.equal(config.options.strict, true);
    const covered = new Set(config.fileNames.map((f) => relative(root, f)));
    const shipped = [...tsFiles(join(root, 'server', 'src')), ...tsFiles(join(root, 'client', 'src'))];
    assert.ok(shipped.length > 100, `found ${shipped.length} files`);
    assert.deepEqual(shipped.filter((f) => !covered.has(f)), []);
  });
});
