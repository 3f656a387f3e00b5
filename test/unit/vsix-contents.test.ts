// What the .vsix holds, as `vsce` lists it (its own file walk and .vscodeignore, the same as
// `npm run package`): each bundle esbuild builds for it, once, and no source map; the walkthrough
// pages, the rule docs in each language, the example and the translations; none of the sources.
// One listing for all of it: vsce walks the whole working tree (all but node_modules), 2 s in a
// fresh clone and 6 s once the end-to-end tests have put code-server in .e2e-cache.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';
import { bundles } from '../../esbuild.mjs';

const root = join(import.meta.dirname, '..', '..');

interface Manifest {
  contributes: { walkthroughs: { steps: { media: { markdown?: string } }[] }[] };
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

describe('the .vsix (vsce ls)', () => {
  let listed: string[] = [];
  before(async () => {
    listed = await listFiles({ cwd: root, packageManager: PackageManager.None });
  });

  it('ships each bundle esbuild builds for it, once, and no source map', () => {
    // Every bundle but the CLI's (the npm package's, not the extension's).
    const built = bundles(true).map((o) => o.outfile as string).filter((f) => f !== 'dist/cli.js');
    assert.equal(new Set(built).size, built.length, 'no two builds write the same file');
    assert.deepEqual(listed.filter((f) => f.startsWith('dist/')).sort(), [...built].sort());
    assert.ok(!listed.some((f) => f.endsWith('.map')), 'a source map is shipped');
    // PDF.js once: the web server loads dist/pdf.js (client/src/browser/extension.ts).
    const webClient = readFileSync(join(root, 'client', 'src', 'browser', 'extension.ts'), 'utf8');
    assert.match(webClient, /'dist\/pdf\.js'/);
    // The Word core once, for both (the web server loads dist/word.js; in Node dist/word-files.js
    // requires it: test/unit/word/word-bundle.test.ts), and no second Word bundle for the web.
    assert.match(webClient, /'dist\/word\.js'/);
    assert.ok(listed.includes('dist/word.js') && listed.includes('dist/word-files.js'));
    assert.deepEqual(listed.filter((f) => /(^|\/)word\.js$/.test(f)), ['dist/word.js']);
  });

  it('holds the walkthrough pages, the rule docs, the example and the translations, and no sources', () => {
    const wanted = [
      'docs/rules.md',
      'docs/rules.fr.md',
      'docs/rules.es.md',
      'examples/draft-with-problems.wsis.md',
      'package.nls.json',
      'package.nls.fr.json',
      'package.nls.es.json',
      'l10n/bundle.l10n.fr.json',
      'l10n/bundle.l10n.es.json',
      ...pkg.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? '')),
    ];
    const set = new Set(listed);
    for (const file of wanted) assert.ok(set.has(file), `${file} is not in the .vsix (see .vscodeignore)`);
    assert.ok(!listed.some((f) => f.startsWith('test/') || f.startsWith('server/') || f.startsWith('node_modules/') || f.startsWith('docs/l10n/')));
  });
});
