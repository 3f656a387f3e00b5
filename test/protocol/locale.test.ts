// The server writes its messages in the client's display language (`locale` in initialize):
// French and Spanish from the catalogues, English for any other language and when none is sent;
// the problems of a .wsisrc.json and of the editor's settings too.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, pathToUri, startServer } from './helpers';

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

describe('configuration problems in the client locale', () => {
  it('a broken .wsisrc.json and bad editor settings are reported in French: the diagnostic, the notification, the settings warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsis-locale-config-'));
    mkdirSync(join(dir, 'drafts'));
    const configPath = join(dir, '.wsisrc.json');
    // Line 3 lacks the comma after the `rules` object.
    writeFileSync(configPath, '{\n  "rules": { "part-heading-style": "off" }\n  "kind": "submission"\n}\n');
    const settings = { markdown: { enable: 'sometimes' }, kind: 'auto', rules: { 'footnote-stlye': 'off' }, limits: {} };
    const server = await startServer({ folders: [dir], settings, locale: 'fr' });
    try {
      server.open(pathToUri(join(dir, 'drafts', 'a.wsis.md')), OUT_OF_ORDER);
      const config = await server.waitForDiagnostics(pathToUri(configPath));
      assert.deepEqual(
        config.diagnostics.map((d) => [d.range.start, d.message]),
        [[{ line: 2, character: 2 }, "Ce fichier n'est pas du JSON valide (virgule attendue) ; les valeurs par défaut s'appliquent tant que le fichier n'est pas corrigé."]],
      );
      const notice = await server.messages.wait((m) => m.message.includes(configPath), 'the message about the config file');
      assert.match(notice.message, /3:3: Ce fichier n'est pas du JSON valide \(virgule attendue\)/);
      const warning = await server.messages.wait((m) => m.message.includes('footnote-stlye'), 'the settings warning');
      assert.match(warning.message, /^Paramètres WSIS : Règle inconnue « footnote-stlye » : vouliez-vous dire « footnote-style » \?/);
      assert.match(warning.message, /Paramètres WSIS : « wsis\.markdown\.enable » doit valoir "auto", "always" ou "never"\./);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
