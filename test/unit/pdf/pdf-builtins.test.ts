// Loading PDF.js leaves the process's JavaScript as it was (server/src/pdf/builtins-guard.ts): its
// legacy build's polyfills had replaced Array.prototype.push and JSON.parse with slower JavaScript
// for the whole language server after the first PDF import, and added the globals `self` and
// `navigator`. Checked on the bundle, in a fresh Node process as the server and the CLI load it,
// on the TypeScript sources, and on the guard itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { restoreBuiltins, snapshotBuiltins } from '../../../server/src/pdf/builtins-guard';
import { makePdf } from './make-pdf';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'wsis-pdf-builtins-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('loading dist/pdf.js', () => {
  it('changes no built-in that Node has, adds no browser global, and PDF imports still work', () => {
    writeFileSync(join(tmp, 'in.pdf'), makePdf([{ runs: [{ x: 72, y: 770, size: 11, text: 'Part One: An executive summary' }] }]));
    // Every own property of the language's built-ins before and after: changed ones are listed.
    const script = `
      const described = () => {
        const out = new Map();
        const objects = { 'Array.prototype': Array.prototype, JSON, 'Object': Object, 'String.prototype': String.prototype,
          'Map.prototype': Map.prototype, 'Set.prototype': Set.prototype, 'Promise': Promise, 'RegExp.prototype': RegExp.prototype,
          'Uint8Array.prototype': Uint8Array.prototype, '%TypedArray%.prototype': Object.getPrototypeOf(Uint8Array.prototype),
          'Math': Math, 'Number': Number, 'globalThis': globalThis };
        for (const [name, o] of Object.entries(objects))
          for (const key of Reflect.ownKeys(o)) {
            const d = Object.getOwnPropertyDescriptor(o, key);
            if ('value' in d && typeof d.value === 'function' || d.get) out.set(name + '.' + String(key), d.value ?? d.get);
          }
        return out;
      };
      const before = described();
      const globals = [typeof self, typeof navigator]; // Node 21 and later have a navigator
      const { pdfToDraft } = require(${JSON.stringify(join(root, 'dist', 'pdf.js'))});
      const bytes = new Uint8Array(require('fs').readFileSync(${JSON.stringify(join(tmp, 'in.pdf'))}));
      pdfToDraft(bytes).then((r) => {
        const now = described();
        const changed = [...before].filter(([k, v]) => now.has(k) && now.get(k) !== v).map(([k]) => k);
        process.stdout.write(JSON.stringify({ changed, globals, after: [typeof self, typeof navigator], text: r.text }));
      }, (e) => { console.error(e); process.exit(3); });
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: tmp, encoding: 'utf8', timeout: 120_000 })) as { changed: string[]; globals: string[]; after: string[]; text: string };
    // Node's lazily defined globals (TextDecoder ...) turn from getter to value when first read: the same value.
    assert.deepEqual(out.changed.filter((k) => !k.startsWith('globalThis.')), []);
    assert.deepEqual(out.after, out.globals, 'a `self` global in Node tells libraries they run in a browser');
    assert.match(out.text, /Part One: An executive summary/);
  });
});

describe('loading the PDF import from the TypeScript sources (as tsx and the tests do)', () => {
  it('changes no built-in either: the guard is where PDF.js is imported (pdf-read.ts)', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const globals = ['self' in globalThis, 'navigator' in globalThis]; // Node 21 and later have a navigator
    const { pdfToDraft } = await import('../../../server/src/pdf/import-pdf');
    const draft = await pdfToDraft(new Uint8Array(makePdf([{ runs: [{ x: 72, y: 770, size: 11, text: 'Part Two: A brief analytical overview' }] }])));
    assert.match(draft.text, /Part Two/);
    assert.equal(Array.prototype.push, push);
    assert.equal(JSON.parse, parse);
    assert.deepEqual(['self' in globalThis, 'navigator' in globalThis], globals);
  });
});

describe('the built-ins guard', () => {
  it('puts back a replaced built-in and takes away the browser globals it added, and keeps what it only added', () => {
    const original = Array.prototype.includes;
    const snapshot = snapshotBuiltins();
    const scope = globalThis as Record<string, unknown>;
    try {
      Object.defineProperty(Array.prototype, 'includes', { value: function includes() { return false; }, writable: true, configurable: true });
      scope.self = globalThis;
      scope.wsisTestAdded = 1;
      assert.equal([1].includes(1), false);
      const mended = restoreBuiltins(snapshot);
      assert.ok(mended.includes('Array.prototype.includes'), mended.join(', '));
      assert.ok(mended.includes('globalThis.self (added)'));
      assert.equal(Array.prototype.includes, original);
      assert.equal([1].includes(1), true);
      assert.equal('self' in globalThis, false);
      assert.equal(scope.wsisTestAdded, 1, 'an addition that is not a browser global stays');
      assert.deepEqual(restoreBuiltins(snapshot), [], 'nothing left to mend');
    } finally {
      Object.defineProperty(Array.prototype, 'includes', { value: original, writable: true, configurable: true, enumerable: false });
      delete scope.self;
      delete scope.wsisTestAdded;
    }
  });
});
