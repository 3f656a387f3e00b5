// Nothing from a workspace is executed and nothing goes over a network: these tests read the
// bundles and the sources for the ways either could happen.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const bundles = ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/word.js', 'dist/word-files.js'];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('security', () => {
  for (const bundle of bundles) {
    it(`${bundle} uses no network client`, { skip: existsSync(join(root, bundle)) ? false : 'not built' }, () => {
      const text = readFileSync(join(root, bundle), 'utf8');
      for (const mod of ['http', 'https', 'http2', 'tls', 'dgram', 'node:http', 'node:https', 'node:http2', 'node:tls', 'node:dgram']) {
        assert.ok(!text.includes(`require("${mod}")`), `${bundle} requires ${mod}`);
      }
      // Global fetch, XMLHttpRequest and WebSocket; `x.fetch(` is a method of some object.
      assert.doesNotMatch(text, /(?<![.\w$]|async |function )fetch\s*\(/, `${bundle} calls fetch()`);
      assert.doesNotMatch(text, /\bXMLHttpRequest\b|\bnew WebSocket\b/, `${bundle} opens a web connection`);
    });
  }

  it('the sources load no module by a computed name and evaluate no code', () => {
    const offenders: string[] = [];
    for (const file of [...sources('server/src'), ...sources('client/src')]) {
      const text = readFileSync(file, 'utf8');
      if (/\brequire\s*\(\s*[^'"`)\s]/.test(text)) offenders.push(`${file}: require() of a computed name`);
      if (/\bimport\s*\(\s*[^'"`)\s]/.test(text)) offenders.push(`${file}: import() of a computed name`);
      if (/\beval\s*\(|new\s+Function\s*\(/.test(text)) offenders.push(`${file}: evaluates code`);
    }
    assert.deepEqual(offenders, []);
  });

  it('only the LibreOffice module starts a program, and only the atomic-write module renames files', () => {
    const offenders: string[] = [];
    for (const file of [...sources('server/src'), ...sources('client/src')]) {
      const text = readFileSync(file, 'utf8');
      const name = file.split(/[\\/]/).slice(-2).join('/');
      if (/['"](node:)?child_process['"]/.test(text) && name !== 'word/libreoffice.ts') offenders.push(`${name}: starts a program`);
      if (/(?<![.\w$])rename(Sync)?\s*\(/.test(text) && name !== 'node/atomic-write.ts') offenders.push(`${name}: renames a file (write through node/atomic-write.ts)`);
    }
    assert.deepEqual(offenders, []);
  });

  it('declares Restricted Mode support as limited, and says why', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: unknown; description: string } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    // The description is a package.nls.json key (the text is translated); the English text says it.
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const description = manifest.capabilities.untrustedWorkspaces.description.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? '');
    assert.match(description, /LibreOffice only from outside the workspace/);
  });

  it('configuration is read as JSON data only', () => {
    const text = readFileSync(join(root, 'server/src/engine/config.ts'), 'utf8');
    assert.match(text, /from 'jsonc-parser'/);
    assert.doesNotMatch(text, /require|import\(/);
  });
});
