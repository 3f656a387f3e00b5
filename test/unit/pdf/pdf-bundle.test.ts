// dist/pdf.js, the one PDF.js bundle: built for the browser (esbuild.mjs), loaded by the browser
// server with importScripts (test/protocol/web-server.test.ts) and required by the Node server and
// CLI. Here it is required as an installed extension has it: no node_modules of ours beside it (the
// repository's has @napi-rs/canvas, PDF.js's optional native canvas, which hid that PDF.js's Node
// build could not load without it: no DOMMatrix), and a planted @napi-rs/canvas where Node's
// require would find it, which must never run.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pdfToDraft } from '../../../server/src/pdf/import-pdf';
import { makePdf, type HandPage } from './make-pdf';

const root = join(import.meta.dirname, '..', '..', '..');
const bundle = join(root, 'dist', 'pdf.js');
const tmp = mkdtempSync(join(tmpdir(), 'wsis-pdf-bundle-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const page: HandPage = {
  runs: [
    { x: 72, y: 770, size: 16, bold: true, text: 'Part One: An executive summary' },
    { x: 72, y: 745, size: 11, text: 'In 2024 the Internet Society supported community networks', sup: '1' },
    { x: 72, y: 732, size: 11, text: 'in twelve countries.' },
    { x: 72, y: 80, size: 8, text: '1 See the annual report.' },
  ],
};

describe('dist/pdf.js in Node', () => {
  it('reads a PDF as the TypeScript sources do, with no DOMMatrix and no node_modules, and never runs a planted @napi-rs/canvas', async () => {
    assert.ok(existsSync(bundle), 'dist/pdf.js is built (npm run build)');
    const dist = join(tmp, 'extension', 'dist');
    mkdirSync(dist, { recursive: true });
    copyFileSync(bundle, join(dist, 'pdf.js'));
    const marker = join(tmp, 'canvas-ran');
    const planted = join(tmp, 'extension', 'node_modules', '@napi-rs', 'canvas');
    mkdirSync(planted, { recursive: true });
    writeFileSync(join(planted, 'package.json'), JSON.stringify({ name: '@napi-rs/canvas', main: 'index.js' }));
    writeFileSync(join(planted, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`);
    const pdf = makePdf([page]);
    writeFileSync(join(tmp, 'in.pdf'), pdf);
    const script = `
      const before = typeof globalThis.DOMMatrix;
      const { pdfToDraft } = require(${JSON.stringify(join(dist, 'pdf.js'))});
      const bytes = new Uint8Array(require('fs').readFileSync(${JSON.stringify(join(tmp, 'in.pdf'))}));
      pdfToDraft(bytes).then((r) => process.stdout.write(JSON.stringify({ before, text: r.text, summary: r.summary })), (e) => { console.error(e); process.exit(3); });
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: tmp, encoding: 'utf8', timeout: 120_000 })) as { before: string; text: string; summary: string };
    assert.equal(out.before, 'undefined', 'Node has no DOMMatrix of its own');
    const expected = await pdfToDraft(new Uint8Array(pdf));
    assert.equal(out.text, expected.text);
    assert.equal(out.summary, expected.summary);
    assert.match(out.text, /community networks\[\^1\] in twelve countries/);
    assert.ok(!existsSync(marker), 'the planted @napi-rs/canvas ran');
  });
});
