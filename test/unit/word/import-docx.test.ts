// The .docx import: round trips through the exporter, Word documents made another way, and
// (when LibreOffice is installed) a .docx that LibreOffice itself wrote from a seed.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { checkText } from '../../../server/src/engine';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { docxToDraft, ImportError } from '../../../server/src/word/import-docx';
import { convertWithLibreOffice, findLibreOffice } from '../../../server/src/word/libreoffice';
import { draftToLibreOfficeHtml, fixtures, footnotesOf, partsOf, plain, resultsDir, seeds, wordLikeDocx, wordsOf } from './helpers';
import { at } from '../../../server/src/engine/text/at';

const read = (path: string): string => readFileSync(path, 'utf8');
const features = read(join(fixtures, 'word', 'features.wsis.md'));
const clean = read(join(fixtures, 'clean-submission.wsis.md'));
const isoc = read(join(seeds, 'isoc-submission-cstd23.md'));
const tmp = mkdtempSync(join(tmpdir(), 'wsis-import-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function roundTrip(text: string): Promise<string> {
  const docx = await draftToDocx(text);
  return (await docxToDraft(docx.buffer)).text;
}

function assertSameContent(imported: string, original: string): void {
  assert.deepEqual(partsOf(imported), partsOf(original));
  assert.deepEqual(footnotesOf(imported), footnotesOf(original));
  assert.deepEqual(wordsOf(imported), wordsOf(original));
}

describe('import: round trip through the export', () => {
  it('gives back the clean fixture in canonical form, still clean', async () => {
    const imported = await roundTrip(clean);
    assert.equal(imported, clean.replace('**Twenty-ninth session**\n**Geneva', '**Twenty-ninth session**\n\n**Geneva'));
    assert.deepEqual(checkText(imported).diagnostics, []);
  });

  it('keeps the text, the Parts, every footnote, lists, tables, emphasis and links of the features fixture', async () => {
    const imported = await roundTrip(features);
    assertSameContent(imported, features);
    assert.match(imported, /^- Africa: \*\*four\*\* new community networks\n- Asia-Pacific: two national consultations\n {2}- one in Nepal\n {2}- one in Fiji\n- Latin America/m);
    assert.match(imported, /^1\. a licence-exempt band for community networks;\n2\. shared use/m);
    assert.match(imported, /^\| Country \| Operators trained \| Networks \|\n\| --- \| --- \| --- \|\n\| Kenya \| 300 \| 4 \|/m);
    assert.match(imported, /trained \*\*1,200 community network operators\*\* in \*twelve countries\*\[\^1\]/);
    assert.match(imported, /The \[ITU\]\(https:\/\/www\.itu\.int\/\) and <https:\/\/www\.unesco\.org\/>/);
    assert.match(imported, /^\[\^4\]: Example Digital Foundation \(2025\), \[Spectrum sharing pilot: results\]\(https:\/\/example\.org\/spectrum-pilot\)\.$/m);
    // Every notation became a Markdown footnote.
    assert.doesNotMatch(imported, /<sup>\d|³/);
  });

  for (const name of ['isoc-submission-cstd23.md', 'igf-submission-cstd21.md', 'isoc-statement-cstd23.md', 'isoc-wgec-contribution-2016.md']) {
    it(`keeps the text, the Parts and every footnote of the seed ${name}`, async () => {
      const seed = read(join(seeds, name));
      const imported = await roundTrip(seed);
      assertSameContent(imported, seed);
      const before = new Set(checkText(seed).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
      const added = checkText(imported).diagnostics.filter((d) => d.severity === 'error' && !before.has(d.rule));
      assert.deepEqual(added, [], 'the import adds error-level problems');
    });
  }
});

describe('import: Word documents not made by the exporter', () => {
  it('recognises bold-paragraph Parts and subsections of a Word-like document and writes them canonically', async () => {
    const imported = (await docxToDraft(await wordLikeDocx(isoc))).text;
    assert.deepEqual(partsOf(imported), partsOf(isoc));
    assert.deepEqual(footnotesOf(imported), footnotesOf(isoc));
    assert.match(imported, /^## Part One: An executive summary of activities/m);
    assert.match(imported, /^## Part Three: A brief description of:$/m);
    assert.match(imported, /^### \(a\) Innovative policies/m);
    assert.match(imported, /^### \(b\) Future actions/m);
    assert.match(imported, /^\*\*COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT \(CSTD\)\*\*\n\n\*\*Twenty-third session\*\*\n\n\*\*Geneva, 23 to 27 March 2020\*\*\n\n\*\*Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in 2019 to implement the outcomes of the WSIS\*\*\n\n\*\*Submission by\*\*\n\nInternet Society\n\nThis submission/);
    const model = checkText(imported).model;
    assert.ok(model.partHeadings.every((h) => h.canonical));
  });

  it('escapes text that would otherwise read as Markdown', async () => {
    const literal = 'Costs fell 2 * 3 * 4 times; see file_name_v2 and [^1] and <b>not bold</b> and `ticks`.';
    const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(literal)] }), new Paragraph('# not a heading'), new Paragraph('1. not a list')] }] }));
    const imported = (await docxToDraft(buffer)).text;
    const lines = imported.trim().split('\n\n');
    assert.equal(plain(at(lines, 0)), literal);
    assert.equal(checkText(imported).model.footnotes.refs.length, 0);
    assert.equal(checkText(imported).model.blocks.filter((b) => b.kind === 'heading' || b.kind === 'list-item').length, 0);
  });

  it('refuses what is not a Word document', async () => {
    await assert.rejects(docxToDraft(Buffer.from('not a zip')), ImportError);
  });

  const soffice = findLibreOffice();
  it('reads a .docx that LibreOffice wrote from a seed: same Parts and footnotes', { skip: soffice === undefined ? 'LibreOffice (soffice) is not installed' : false }, async (t) => {
    const html = join(tmp, 'isoc-submission-cstd23.html');
    writeFileSync(html, draftToLibreOfficeHtml(isoc));
    const started = Date.now();
    const docx = await convertWithLibreOffice(html, { to: 'docx:MS Word 2007 XML', inFilter: 'HTML (StarWriter)', outDir: tmp });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    copyFileSync(docx, join(resultsDir(), 'libreoffice-made-isoc-submission-cstd23.docx'));
    const result = await docxToDraft(readFileSync(docx));
    writeFileSync(join(resultsDir(), 'libreoffice-made-isoc-submission-cstd23.wsis.md'), result.text);
    assert.deepEqual(partsOf(result.text), partsOf(isoc));
    assert.deepEqual(footnotesOf(result.text), footnotesOf(isoc));
    assert.deepEqual(wordsOf(result.text), wordsOf(isoc));
    t.diagnostic(`LibreOffice HTML -> .docx: ${seconds} s`);
  });
});
