// The Word import in the client's display language: the language server started in French
// answers an import (sent as data, as VS Code for the Web does, and read from disk, as the
// desktop does) with the notes in French, and refuses a document in French.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver-protocol';
import { toBase64 } from '../../server/src/base64';
import { ImportWordRequest } from '../../server/src/protocol';
import { lastYearsDocx } from '../unit/word/last-year-docx';
import { startServer, within, type TestServer } from './helpers';

describe('language server: Word import in French', () => {
  let server: TestServer;
  let tmp: string;
  before(async () => {
    server = await startServer({ locale: 'fr' });
    tmp = mkdtempSync(join(tmpdir(), 'wsis-word-locale-'));
  });
  after(async () => {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  const expected = ["1 image n'a pas été reprise : un projet ne contient que du texte.", 'Session sur la page de garde : Twenty-ninth -> Thirtieth.'];

  it('an import sent as data: the notes in French', async () => {
    const result = await within(server.connection.sendRequest(ImportWordRequest, { data: toBase64(await lastYearsDocx()), rollForward: true }), 'the import', 60_000);
    for (const note of expected) assert.ok(result.notes?.includes(note), `${note} in ${result.notes?.join('\n')}`);
    assert.ok(result.notes?.some((n) => n.startsWith("Dates : « 20 to 24 April 2026 » -> « 20 to 24 April 2027 ». Les jours et le mois sont ceux de l'an dernier")));
  });

  it('an import read from disk: the notes in French; a document that is not one refused in French', async () => {
    const docx = join(tmp, 'last-year.docx');
    writeFileSync(docx, await lastYearsDocx());
    const result = await within(server.connection.sendRequest(ImportWordRequest, { path: docx, rollForward: true, out: join(tmp, 'new.wsis.md') }), 'the import', 60_000);
    for (const note of expected) assert.ok(result.notes?.includes(note), `${note} in ${result.notes?.join('\n')}`);
    const broken = join(tmp, 'broken.docx');
    writeFileSync(broken, 'not a zip at all');
    const error = await server.connection.sendRequest(ImportWordRequest, { path: broken, out: join(tmp, 'broken.wsis.md') }).then(
      () => assert.fail('a broken document was imported'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseError);
    assert.equal(error.message, "ce n'est pas un document Word lisible (ce n'est pas un fichier zip)");
  });
});
