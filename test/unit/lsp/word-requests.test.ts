// Word export and import, and import from PDF, as the language server answers them where it writes no
// files (VS Code for the Web, virtual workspaces): the client sends the document's bytes (`data`) or
// asks for them (`inline`), and every refusal is a ResponseError whose data names the reason the
// client words its message on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { fromBase64, toBase64 } from '../../../server/src/base64';
import { MAX_DOCX_BYTES, MAX_PDF_BYTES } from '../../../server/src/engine';
import type { ServerHost } from '../../../server/src/lsp/host';
import { exportWord, importWord, PDF_UNAVAILABLE } from '../../../server/src/lsp/word-requests';
import { makePdf } from '../pdf/make-pdf';
import { at } from '../../../server/src/engine/text/at';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DRAFT = readFileSync(join(ROOT, 'test', 'fixtures', 'clean-submission.wsis.md'), 'utf8');

/** The browser server's host: no files of its own, the Word and PDF code loaded on first use. */
const host: ServerHost = {
  loadWordCore: () => import('../../../server/src/word/word-core'),
  loadPdf: () => import('../../../server/src/pdf/pdf-bundle'),
  yieldToEvents: () => Promise.resolve(),
};

/** Asserts that `promise` rejects with a ResponseError of `code` whose data names `reason`; returns its message. */
async function refused(promise: Promise<unknown>, code: number, reason?: string): Promise<string> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResponseError, `not a ResponseError: ${String(error)}`);
  assert.equal(error.code, code);
  if (reason !== undefined) assert.equal((error.data as { reason?: string } | undefined)?.reason, reason);
  return error.message;
}

describe('Word export where the server writes no files', () => {
  it('exports the draft inline as a .docx that imports back to the same words', async () => {
    const exported = await exportWord(host, { uri: 'vscode-vfs://host/draft.wsis.md', version: 1, format: 'docx', inline: true }, DRAFT, []);
    assert.equal(exported.path, '');
    const bytes = fromBase64(exported.data ?? '');
    assert.equal(String.fromCharCode(at(bytes, 0), at(bytes, 1)), 'PK', 'a .docx is a zip');
    const imported = await importWord(host, { data: exported.data });
    assert.equal(imported.session, undefined, 'no session without rollForward');
    const words = (t: string) => t.replace(/[*#_\\[\]^:()]/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    assert.deepEqual(words(imported.text ?? '').slice(0, 40), words(DRAFT).slice(0, 40));
  });

  it('refuses a PDF inline, and any export with no file writer, saying what to do instead', async () => {
    const inline = await refused(exportWord(host, { uri: 'u', version: 1, format: 'pdf', inline: true }, DRAFT, []), ErrorCodes.InvalidRequest, 'unavailable');
    assert.match(inline, /Export to Word, then save as PDF from Word\. \(An inline export gives Word only\.\)/);
    assert.equal(await refused(exportWord(host, { uri: 'u', version: 1, format: 'pdf' }, DRAFT, []), ErrorCodes.InvalidRequest, 'unavailable'), PDF_UNAVAILABLE);
    assert.match(await refused(exportWord(host, { uri: 'u', version: 1, format: 'docx' }, DRAFT, []), ErrorCodes.InvalidRequest, 'not-a-file'), /inline: true/);
  });

  it('reports a conversion that fails as a conversion failure, with its message', async () => {
    const broken: ServerHost = { ...host, loadWordCore: () => Promise.reject(new Error('docx failed to load')) };
    assert.equal(await refused(exportWord(broken, { uri: 'u', version: 1, format: 'docx', inline: true }, DRAFT, []), ErrorCodes.InvalidRequest, 'conversion'), 'docx failed to load');
  });
});

describe('Word and PDF import from bytes the client sends', () => {
  it('rolls an imported draft forward and names the session it is for', async () => {
    const exported = await exportWord(host, { uri: 'u', version: 1, format: 'docx', inline: true }, DRAFT, []);
    const imported = await importWord(host, { data: exported.data, rollForward: true });
    assert.equal(typeof imported.session, 'number');
    assert.match(imported.text ?? '', new RegExp(`\\*\\*[A-Z][a-z-]+ session\\*\\*`));
  });

  it('reads a PDF, told by its first bytes, with the same reader as on disk', async () => {
    const pdf = makePdf([
      {
        runs: [
          { x: 72, y: 770, size: 16, bold: true, text: 'Part One: An executive summary' },
          { x: 72, y: 745, size: 11, text: 'The Society supported community networks in twelve countries.' },
        ],
      },
    ]);
    const imported = await importWord(host, { data: toBase64(pdf) });
    assert.match(imported.text ?? '', /^## Part One: An executive summary$/m);
    assert.match(imported.text ?? '', /^The Society supported community networks in twelve countries\.$/m);
    assert.ok(imported.summary !== undefined, 'a PDF import says what it found');
  });

  it('refuses bytes that are neither a Word document nor a readable PDF as a conversion failure', async () => {
    await refused(importWord(host, { data: toBase64(new TextEncoder().encode('just some text, not a document')) }), ErrorCodes.InvalidRequest, 'conversion');
    const message = await refused(importWord(host, { data: toBase64(new TextEncoder().encode('%PDF-1.7 and then nothing a PDF reader can use')) }), ErrorCodes.InvalidRequest, 'conversion');
    assert.match(message, /PDF/);
  });

  it('refuses data that is not base64, a request with neither path nor data, and a path where no files are read', async () => {
    await refused(importWord(host, { data: '%%% not base64 %%%' }), ErrorCodes.InvalidParams);
    assert.match(await refused(importWord(host, {}), ErrorCodes.InvalidParams), /path \(a string\) or data \(base64\) is required/);
    assert.match(await refused(importWord(host, { path: '/tmp/draft.docx' }), ErrorCodes.InvalidRequest, 'not-a-file'), /send the Word document or PDF as data/);
  });

  it('refuses a document larger than the limits: any, before decoding it; a PDF, over the PDF limit', async () => {
    const huge = 'A'.repeat(Math.ceil(((MAX_DOCX_BYTES + 1024) * 4) / 3));
    assert.match(await refused(importWord(host, { data: huge }), ErrorCodes.InvalidRequest, 'conversion'), /The document is larger than 64 MB: not read\./);
    const pdf = new Uint8Array(MAX_PDF_BYTES + 1);
    pdf.set(new TextEncoder().encode('%PDF-1.7'));
    assert.match(await refused(importWord(host, { data: toBase64(pdf) }), ErrorCodes.InvalidRequest, 'conversion'), /The PDF is larger than 50 MB: not read\./);
  });
});
