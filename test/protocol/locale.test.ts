// The server writes its messages in the client's display language (`locale` in initialize):
// French and Spanish from the catalogues, English for any other language and when none is sent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, startServer } from './helpers';

/** The clean fixture with Part Three before Part Two: one part-order finding. */
const OUT_OF_ORDER = ((): string => {
  const text = fixture('clean-submission.wsis.md');
  const two = text.search(/^## Part Two/m);
  const three = text.search(/^## Part Three/m);
  const end = text.search(/^\[\^1\]:|^<sup>1<\/sup>/m);
  assert.ok(two > 0 && three > two, 'the fixture has Parts Two and Three as headings');
  const stop = end > three ? end : text.length;
  return text.slice(0, two) + text.slice(three, stop).trimEnd() + '\n\n' + text.slice(two, three) + text.slice(stop);
})();

async function partOrderMessage(locale: string | undefined): Promise<string> {
  const server = await startServer(locale === undefined ? {} : { locale });
  try {
    const uri = 'untitled:locale.wsis.md';
    server.open(uri, OUT_OF_ORDER);
    const published = await server.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'part-order'));
    return published.diagnostics.find((d) => d.code === 'part-order')?.message ?? '';
  } finally {
    await server.stop();
  }
}

describe('messages in the client locale', () => {
  it('French, Spanish, English by default and for other languages', async () => {
    assert.match(await partOrderMessage('fr'), /^Parties dans le désordre : déplacez la deuxième partie/);
    assert.match(await partOrderMessage('es-419'), /^Partes fuera de orden: traslade la segunda parte/);
    assert.match(await partOrderMessage('de'), /^Part Two comes after Part Three/);
    assert.match(await partOrderMessage(undefined), /^Part Two comes after Part Three/);
  });
});
