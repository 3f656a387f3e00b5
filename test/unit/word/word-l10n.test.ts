// What the Word and PDF conversions report, in French and Spanish: the catalogue holds every
// English id with the same placeholders, and an import (rolled forward, with an image), a PDF
// import, a refused bomb, a refused paste and an export's notes come out translated, with no
// English left and nothing unfilled. English stays as it was (the other tests pin it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { codeSpans, placeholders } from '../../../scripts/l10n';
import { translator, type Locale } from '../../../server/src/engine';
import { ordinalIn } from '../../../server/src/engine/rules/helpers/util';
import { runImport } from '../../../server/src/cli/word';
import { pdfToDraft, PdfImportError } from '../../../server/src/pdf/import-pdf';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { docxToDraft, ImportError } from '../../../server/src/word/import-docx';
import { LibreOfficeMissingError } from '../../../server/src/word/libreoffice';
import { sessionOrdinal, WORD_CATALOGUES, wordText, type WordMessageId } from '../../../server/src/word/messages/catalogue';
import { clipboardHtmlToMarkdown, MAX_PASTE_HTML, PasteError } from '../../../server/src/word/paste-html';
import { rollForward } from '../../../server/src/word/roll-forward';
import { makePdf, type TextRun as PdfRun } from '../pdf/make-pdf';
import { runsBomb } from './docx-attacks';
import { lastYearsDocx } from './last-year-docx';

const OTHERS = ['fr', 'es'] as const;
/** Texts a language writes as English does. */
const SAME = new Set(['fr pdf.summary.pages.one', 'fr pdf.summary.pages.other']);

/**
 * Text translated: nothing unfilled, and no English sentence left once what is quoted from the
 * document (in « », « » or '') is set aside.
 */
function assertTranslated(text: string, what: string): void {
  assert.doesNotMatch(text, /\{[a-z][\w-]*\}/i, `${what}: a placeholder left unfilled: ${text}`);
  const own = text.replace(/«[^»]*»|<sup>[^<]*<\/sup>/g, '');
  assert.doesNotMatch(own, /\b(?:the|was|were|is|are|has|have|left|out|which|from|with|could|cannot|found|not|this|that|read|footnotes?|paragraphs?|unsure|things?)\b/i, `${what}: English left: ${text}`);
}

describe('Word and PDF messages: the catalogue', () => {
  it('every catalogue has the English ids, placeholders and code spans', () => {
    for (const locale of OTHERS) {
      const english = WORD_CATALOGUES.en;
      const translated = WORD_CATALOGUES[locale];
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `word/messages/${locale}: ids`);
      for (const [id, text] of Object.entries(english)) {
        const t = translated[id as WordMessageId];
        assert.deepEqual(placeholders(t), placeholders(text), `${locale} ${id}: placeholders`);
        assert.deepEqual(codeSpans(t), codeSpans(text), `${locale} ${id}: code spans`);
        if (!SAME.has(`${locale} ${id}`)) assert.notEqual(t, text, `${locale} ${id} is not translated`);
      }
    }
  });

  it('keeps option names, programs, file marks and commands as they are typed', () => {
    const typed = (t: string): string[] => [...new Set(t.match(/(?<![\w-])--[a-z][\w-]*|WSIS_LIBREOFFICE|soffice|libreoffice-writer-nogui|%PDF-|U\+FFFF|<sup>|https:\/\/\S+|zip64|XML|OCR/g) ?? [])].sort();
    for (const locale of OTHERS) {
      for (const [id, english] of Object.entries(WORD_CATALOGUES.en)) assert.deepEqual(typed(WORD_CATALOGUES[locale][id as WordMessageId]), typed(english), `${locale} ${id}`);
    }
  });

  it('an overwrite refusal starts with the path and ends with the --force advice, as the editor reads it (client/src/word-commands.ts)', () => {
    for (const locale of ['en', ...OTHERS] as const) {
      for (const id of ['files.overwrite-export', 'files.overwrite-import'] as const) {
        const message = wordText(locale, id, { path: '/d/last year.wsis.md', free: '/d/last year-2.wsis.md' });
        assert.equal(message.split(/ exist(?:s|e)\b/)[0], '/d/last year.wsis.md', `${locale} ${id}`);
        // The export's prompt puts its own question in place of the advice.
        if (id === 'files.overwrite-export') assert.match(message, /\) ?; (?:use|utilisez) --force.*$/, `${locale} ${id}`);
      }
    }
  });

  it('writes a session\'s ordinal as the engine\'s messages do', () => {
    for (const locale of ['en', ...OTHERS] as const) {
      for (const n of [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 101]) assert.equal(sessionOrdinal(locale, n), ordinalIn(translator(locale), n), `${locale} ${n}`);
    }
  });

  it('counts as each language counts, numbers as each writes them', () => {
    assert.equal(wordText('fr', 'pdf.summary.pages.one', { count: '1' }), '1 page');
    const refused = (locale: Locale): string => new LibreOfficeMissingError([{ id: 'lo.relative', args: { value: 'bin/soffice' } }]).localize(locale).message;
    assert.match(refused('en'), /Not run: WSIS_LIBREOFFICE=bin\/soffice \(not an absolute path\)\. Install/);
    assert.match(refused('fr'), /Non exécutés : WSIS_LIBREOFFICE=bin\/soffice \(ce n'est pas un chemin absolu\)\. Installez/);
    assert.match(refused('es'), /No ejecutados: WSIS_LIBREOFFICE=bin\/soffice \(no es una ruta absoluta\)\. Instale/);
    for (const locale of OTHERS) assertTranslated(refused(locale), `LibreOffice missing, ${locale}`);
  });
});

describe('Word and PDF messages in French and Spanish', () => {
  it('a Word import rolled forward, with a picture: every note translated', async () => {
    const docx = await lastYearsDocx();
    const english = await docxToDraft(docx, { rollForward: true });
    assert.ok(english.notes.includes('1 image was left out: a draft holds text only.'), english.notes.join('\n'));
    assert.ok(english.notes.includes('Session in the cover: Twenty-ninth -> Thirtieth.'), english.notes.join('\n'));
    const want: Record<Locale, RegExp[]> = {
      en: [],
      fr: [/^1 image n'a pas été reprise : un projet ne contient que du texte\.$/, /^Session sur la page de garde : Twenty-ninth -> Thirtieth\.$/, /^Dates : « 20 to 24 April 2026 » -> « 20 to 24 April 2027 »\. Les jours et le mois sont ceux de l'an dernier/],
      es: [/^Se ha omitido 1 imagen: un borrador solo contiene texto\.$/, /^Período de sesiones en la portada: Twenty-ninth -> Thirtieth\.$/, /^Fechas: «20 to 24 April 2026» -> «20 to 24 April 2027»\. Los días y el mes son los del año pasado/],
    };
    for (const locale of OTHERS) {
      const result = await docxToDraft(docx, { rollForward: true, locale });
      assert.equal(result.text, english.text, `${locale}: the draft is the same`);
      assert.equal(result.notes.length, english.notes.length);
      for (const re of want[locale]) assert.ok(result.notes.some((n) => re.test(n)), `${locale}: ${String(re)} in ${result.notes.join('\n')}`);
      for (const note of result.notes) assertTranslated(note, `${locale} import note`);
    }
  });

  it('roll-forward\'s checks name the session as the language writes it', () => {
    const text = '**Thirtieth session**\n\n**Geneva, 20 to 24 April 2026**\n\nText.\n';
    assert.ok(rollForward(text).notes.includes('The 31st session is held in 2028, not 2027: check the session and the dates.'));
    assert.ok(rollForward(text, 'fr').notes.includes('La 31e session se tient en 2028, et non en 2027 : vérifiez la session et les dates.'));
    assert.ok(rollForward(text, 'es').notes.includes('El 31º período de sesiones se celebra en 2028, no en 2027: compruebe el período de sesiones y las fechas.'));
    for (const locale of OTHERS) for (const note of rollForward('Text.\n', locale).notes) assertTranslated(note, `${locale} roll-forward`);
  });

  it('a PDF import: the summary and the notes translated', async () => {
    const body = (y: number, text: string): PdfRun => ({ x: 72, y, size: 11, text });
    const pdf = makePdf([
      { runs: [{ ...body(700, 'Our work went on, with a number in the air'), sup: '7' }, body(687, 'that has no footnote.')] },
      { runs: [], drawing: true },
    ]);
    const english = await pdfToDraft(pdf);
    assert.match(english.summary, /^Read 2 pages: 1 paragraph, 0 footnotes; 2 things unsure, left as they were \(see the notes\)\.$/);
    const fr = await pdfToDraft(pdf, { locale: 'fr' });
    assert.equal(fr.summary, 'Lecture de 2 pages : 1 paragraphe, 0 note de bas de page ; 2 points incertains, laissés tels quels (voir les remarques).');
    assert.deepEqual(fr.notes, ['1 page sans texte (numérisée ?) laissée de côté : 2.', "Page 1 : un petit 7 surélevé après « air » pourrait être un appel de note, mais aucune note 7 n'a été trouvée : laissé tel quel, surélevé (<sup>7</sup>)."]);
    const es = await pdfToDraft(pdf, { locale: 'es' });
    assert.equal(es.summary, 'Lectura de 2 páginas: 1 párrafo, 0 notas a pie de página; 2 puntos dudosos, dejados como estaban (véanse las notas).');
    for (const result of [fr, es]) for (const text of [result.summary, ...result.notes]) assertTranslated(text, 'PDF import');
    assert.equal(fr.text, english.text);
  });

  it('refusals: a zip bomb, a PDF without text, a paste too large, a draft too large', async () => {
    const bomb = await runsBomb(24);
    const refusal = async (work: () => Promise<unknown>): Promise<string> => {
      try {
        await work();
      } catch (error) {
        assert.ok(error instanceof ImportError || error instanceof PdfImportError || error instanceof PasteError || error instanceof Error);
        return error.message;
      }
      assert.fail('not refused');
    };
    assert.match(await refusal(() => docxToDraft(bomb)), /^its part word\/document\.xml would unpack to \d+ MB; a submission's is well under 1 MB, and at most 20 MB is read$/);
    assert.match(await refusal(() => docxToDraft(bomb, { locale: 'fr' })), /^sa partie word\/document\.xml occuperait \d+ Mo une fois décompressée ; celle d'une contribution fait bien moins de 1 Mo, et 20 Mo au plus sont lus$/);
    assert.match(await refusal(() => docxToDraft(bomb, { locale: 'es' })), /^su parte word\/document\.xml ocuparía \d+ MB descomprimida/);
    const scan = makePdf([{ runs: [], drawing: true }]);
    assert.match(await refusal(() => pdfToDraft(scan, { locale: 'fr' })), /^ce PDF n'a pas de texte à lire : c'est probablement une numérisation/);
    assert.match(await refusal(() => pdfToDraft(scan, { locale: 'es' })), /^este PDF no tiene texto que leer/);
    const huge = `<p>${'x'.repeat(MAX_PASTE_HTML)}</p>`;
    assert.equal(await refusal(() => Promise.resolve(clipboardHtmlToMarkdown(huge, 1, 'fr'))), "Le presse-papiers contient 5\u202f120 Ko de HTML, au-delà des 5 Mo qu'un collage convertit.");
    assert.equal(await refusal(() => Promise.resolve(clipboardHtmlToMarkdown(huge, 1, 'es'))), 'El portapapeles contiene 5120 KB de HTML, más de los 5 MB que convierte un pegado.');
    assert.equal(await refusal(() => Promise.resolve(clipboardHtmlToMarkdown(huge))), 'The clipboard holds 5,120 KB of HTML, more than the 5 MB a paste converts.');
    const long = 'x'.repeat(2_000_001);
    assert.match(await refusal(() => draftToDocx(long, { locale: 'fr' })), /^Le projet est trop long pour être exporté : il compte 2\u202f000\u202f001 caractères, au-delà des 2\u202f000\u202f000 autorisés/);
    assert.match(await refusal(() => draftToDocx(long, { locale: 'es' })), /^El borrador es demasiado extenso para exportarlo: tiene 2\.000\.001 caracteres, más de los 2\.000\.000 permitidos/);
    for (const locale of OTHERS) {
      for (const work of [() => docxToDraft(bomb, { locale }), () => pdfToDraft(scan, { locale }), () => draftToDocx(long, { locale })]) assertTranslated(await refusal(work), `${locale} refusal`);
    }
  });

  it('an export\'s notes: a footnote without text, one never referred to, one repeated', async () => {
    const draft = 'Text[^1] and[^2] again[^2].\n\n[^2]: A note.\n\n[^3]: Never used.\n';
    const english = await draftToDocx(draft);
    assert.deepEqual(english.notes, [
      'Footnote 1 has no text in the draft: its mark is kept as a superscript.',
      'Footnote 2 is referred to 2 times: Word gets a footnote with its text at each reference.',
      'Footnote 3 is never referred to in the text: it is left out.',
    ]);
    const fr = await draftToDocx(draft, { locale: 'fr' });
    assert.deepEqual(fr.notes, [
      "La note 1 n'a pas de texte dans le projet : son appel est conservé en exposant.",
      'La note 2 est appelée 2 fois : Word reçoit une note de bas de page avec son texte à chaque appel.',
      "La note 3 n'est jamais appelée dans le texte : elle n'est pas reprise.",
    ]);
    const es = await draftToDocx(draft, { locale: 'es' });
    assert.equal(es.notes.length, 3);
    for (const note of [...fr.notes, ...es.notes]) assertTranslated(note, 'export note');
  });
});

describe('wsis-lint import --locale', () => {
  it('prints the summary and the notes in French and Spanish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsis-word-l10n-'));
    try {
      const docx = join(dir, 'last-year.docx');
      writeFileSync(docx, await lastYearsDocx());
      const pdf = join(dir, 'last-year.pdf');
      writeFileSync(pdf, makePdf([{ runs: [{ x: 72, y: 700, size: 11, text: 'Our work went on.' }] }, { runs: [], drawing: true }]));
      const cli = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
        let out = '';
        let err = '';
        assert.equal(argv[0], 'import');
        const code = await runImport(argv.slice(1), { out: (s) => (out += s), err: (s) => (err += s) });
        return { code, out, err };
      };
      const fr = await cli(['import', '--locale', 'fr', '--roll-forward', '--out', '-', docx]);
      assert.equal(fr.code, 0, fr.err);
      assert.match(fr.err, /last-year\.docx : remarque : 1 image n'a pas été reprise : un projet ne contient que du texte\./);
      assert.match(fr.err, /last-year\.docx : remarque : Session sur la page de garde : Twenty-ninth -> Thirtieth\./);
      const es = await cli(['import', '--locale=es', '--out', join(dir, 'es.wsis.md'), pdf]);
      assert.equal(es.code, 0, es.err);
      assert.match(es.out, /last-year\.pdf: Lectura de 2 páginas: 1 párrafo, 0 notas a pie de página; 1 punto dudoso, dejado como estaba \(véanse las notas\)\./);
      assert.match(es.err, /last-year\.pdf: nota: Se ha omitido 1 página sin texto \(¿escaneada\?\): 2\./);
      const refused = await cli(['import', '--locale', 'fr', '--out', '-', join(dir, 'es.wsis.md')]);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /es\.wsis\.md: ce n'est pas un document Word lisible \(ce n'est pas un fichier zip\)\./);
      const taken = await cli(['import', '--locale', 'es', '--out', join(dir, 'es.wsis.md'), pdf]);
      assert.equal(taken.code, 2);
      assert.match(taken.err, /es\.wsis\.md existe y se ha dejado como estaba; use --out \S+ para escribir el nuevo borrador a su lado, o --force para reemplazarlo\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
