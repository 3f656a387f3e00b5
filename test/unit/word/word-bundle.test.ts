// The Word code ships once: dist/word.js, the core (conversions, paste, roll-forward), built for the
// browser, loaded by the browser server with importScripts (test/protocol/web-server.test.ts) and
// required in Node by dist/word-files.js, the file parts (atomic writes, LibreOffice), which take
// the conversions, jszip, the Word messages and the engine from it (esbuild.mjs, wordCoreApart).
// Here both are required as an installed extension has them, with no node_modules beside them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exportDraftFile, importDocument } from '../../../server/src/word/word-files';
import { at } from '../../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'wsis-word-bundle-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The names `file` imports from `from` (its `import { a, b as c, type T } from 'from'` and `export { ... } from` lines). */
function importedNames(file: string, from: RegExp): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const names: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(\w+)?,?\s*(?:\{([^}]*)\})?\s*from\s+'([^']+)';/gm)) {
    if (m[1] !== undefined || !from.test(at(m, 4))) continue;
    if (m[2] !== undefined) names.push(m[4] === 'jszip' ? 'JSZip' : m[2]);
    for (const part of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (part.startsWith('type ')) continue;
      names.push(at(part.split(/\s+as\s+/), 0));
    }
  }
  return names;
}

describe('dist/word.js and dist/word-files.js in Node', () => {
  it('the core exports every name the file parts import from it', () => {
    assert.ok(existsSync(join(root, 'dist', 'word.js')), 'dist/word.js is built (npm run build)');
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(join(root, 'dist', 'word.js'))}))))`;
    const core = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    const wanted = [
      ...importedNames('server/src/word/word-files.ts', /^(jszip|\.\.\/engine|\.\/(?!libreoffice$)[\w/-]+)$/),
      ...importedNames('server/src/word/libreoffice.ts', /^(jszip|\.\.\/engine|\.\/[\w/-]+)$/),
      ...importedNames('server/src/node/read-file.ts', /^\.\.\/engine$/),
    ];
    assert.ok(wanted.includes('draftToDocx') && wanted.includes('JSZip') && wanted.includes('checkText'), wanted.join(' '));
    assert.deepEqual(wanted.filter((n) => !core.includes(n)), []);
  });

  it('export and import as the TypeScript sources do, in French (one message catalogue, one current locale), with no node_modules', async () => {
    const dist = join(tmp, 'extension', 'dist');
    mkdirSync(dist, { recursive: true });
    for (const f of ['word.js', 'word-files.js', 'pdf.js']) copyFileSync(join(root, 'dist', f), join(dist, f));
    const draft = readFileSync(join(root, 'examples', 'draft-with-problems.wsis.md'), 'utf8');
    const script = `
      const word = require(${JSON.stringify(join(dist, 'word-files.js'))});
      const text = require('fs').readFileSync(${JSON.stringify(join(root, 'examples', 'draft-with-problems.wsis.md'))}, 'utf8');
      (async () => {
        const errors = word.errorsBeforeExport(text).length;
        const exported = await word.exportDraftFile(${JSON.stringify(join(tmp, 'bundle.wsis.md'))}, text, { format: 'docx', locale: 'fr' });
        const imported = await word.importDocument(exported.path, { locale: 'fr' });
        let refused = '';
        try { await word.importDocxFile(exported.path, { out: exported.path, locale: 'fr' }); } catch (e) { refused = (e instanceof word.OverwriteError) + ' ' + e.message; }
        process.stdout.write(JSON.stringify({ errors, notes: exported.notes, footnotes: exported.footnotes, text: imported.text, refused }));
      })().catch((e) => { console.error(e); process.exit(3); });
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: tmp, encoding: 'utf8', timeout: 120_000 })) as { errors: number; notes: string[]; footnotes: number; text: string; refused: string };
    const exported = await exportDraftFile(join(tmp, 'sources.wsis.md'), draft, { format: 'docx', locale: 'fr' });
    const imported = await importDocument(exported.path, { locale: 'fr' });
    assert.ok(out.errors > 0);
    assert.deepEqual(out.notes, exported.notes);
    assert.ok(out.notes.some((n) => /^La note \d/.test(n)), out.notes.join('\n'));
    assert.equal(out.footnotes, exported.footnotes);
    assert.equal(out.text, imported.text);
    assert.match(out.refused, /^true /);
  });
});
