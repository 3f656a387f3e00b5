// The server under a hostile draft: a 7 MB draft with 20,000 footnotes in two notations and 20,000 Part headings is checked in bounded
// time, and a request about another document is answered meanwhile (it waits at most for the
// one check in progress, never for a pile-up of them).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { fixture, startServer, within, type TestServer } from './helpers';

const CLEAN = fixture('clean-submission.wsis.md');

function hugeDraft(): string {
  const out: string[] = [CLEAN.slice(0, CLEAN.indexOf('## Part One'))];
  for (let i = 1; i <= 20_000; i++) {
    const mark = i % 3 === 0 ? `<sup>${i}</sup>` : i % 3 === 1 ? `[^${i}]` : `[^${i}]`;
    out.push(`## Part ${['One', 'Two', 'Three'][i % 3]}: Section ${i}\n\nA paragraph of policy prose about connectivity, skills and affordability, cited here${mark}, with [a link](#) and action line C${(i % 12) + 1}. `.repeat(2));
  }
  for (let i = 1; i <= 20_000; i++) out.push(i % 3 === 0 ? `<sup>${i}</sup> Source ${i}.` : `[^${i}]: Source ${i}.`);
  return out.join('\n\n');
}

describe('language server under a hostile draft', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it('checks a 7 MB draft in bounded time and answers a request about another document meanwhile', async () => {
    const big = hugeDraft();
    assert.ok(big.length > 6_000_000, `the draft is ${big.length} characters`);
    const small = 'file:///drafts/small.wsis.md';
    server.open(small, CLEAN);
    await server.waitForDiagnostics(small, (p) => p.version === 1);

    const bigUri = 'file:///drafts/huge.wsis.md';
    const started = Date.now();
    server.open(bigUri, big);
    const symbols = (await within(server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } }), 'the outline of the small draft', 30_000)) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name === 'Part Three'));
    const published = await within(server.waitForDiagnostics(bigUri, (p) => p.version === 1), 'the huge draft checked', 60_000);
    assert.ok(published.diagnostics.length > 0);
    console.log(`# huge draft: ${published.diagnostics.length} diagnostics ${Date.now() - started} ms after open`);
    assert.equal(server.exited(), false);
  });
});
