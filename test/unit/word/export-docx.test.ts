// The .docx export: opened as a zip, its XML must show the layout of a published submission.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { fixtures, footnoteReferenceIds, footnotesOf, openDocx, plain, seeds, wordFootnotes, wordHyperlinks, wordParagraphs, type DocxParts, type WordParagraph } from './helpers';

const features = readFileSync(join(fixtures, 'word', 'features.wsis.md'), 'utf8');
const seed = readFileSync(join(seeds, 'isoc-submission-cstd23.md'), 'utf8');

function find(paragraphs: WordParagraph[], start: string): WordParagraph {
  const p = paragraphs.find((x) => x.text.startsWith(start));
  assert.ok(p !== undefined, `no paragraph starts with '${start}'`);
  return p;
}

describe('export to .docx: the features fixture', () => {
  let docx: DocxParts;
  let paragraphs: WordParagraph[];
  let notes: string[];
  before(async () => {
    const result = await draftToDocx(features);
    notes = result.notes;
    docx = await openDocx(result.buffer);
    paragraphs = wordParagraphs(docx.document);
  });

  it('centres the cover block and makes it bold, line by line', () => {
    for (const start of ['COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)', 'Twenty-ninth session', 'Geneva, 20 to 24 April 2026', 'Submissions from entities', 'Submission by', 'Example Digital Foundation']) {
      const p = find(paragraphs, start);
      assert.ok(p.centred, `'${start}' is not centred`);
      assert.ok(p.runs.every((r) => r.bold), `'${start}' is not bold throughout`);
      assert.equal(p.style, undefined);
    }
  });

  it('keeps the input paragraph (its session superscript too) and the disclaimer as body text', () => {
    const input = find(paragraphs, 'This submission was prepared as an input');
    assert.ok(!input.centred);
    assert.match(input.xml, /<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">th<\/w:t>/);
    assert.ok(!find(paragraphs, 'DISCLAIMER:').centred);
  });

  it('writes the Parts as Heading 1 and Part Three\'s (a) and (b) as Heading 2, other headings below', () => {
    const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style} ${p.text}`);
    assert.deepEqual(headings, [
      'Heading1 Part One: An executive summary',
      'Heading1 Part Two: A brief analytical overview',
      'Heading2 Trends in the regions',
      'Heading1 Part Three: A brief description',
      'Heading2 (a) Innovative policies, programmes and projects',
      'Heading2 (b) Future actions or initiatives',
    ]);
    assert.match(docx.styles, /<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"\/>/);
  });

  it('makes every footnote, whatever its notation, a Word footnote referred to once', () => {
    const defs = footnotesOf(features);
    assert.equal(defs.length, 4);
    const inWord = wordFootnotes(docx.footnotes);
    assert.deepEqual([...inWord.keys()], [1, 2, 3, 4]);
    assert.deepEqual([...inWord.values()].map((t) => plain(t)), defs);
    assert.deepEqual(footnoteReferenceIds(docx.document), [1, 2, 3, 4]);
    // Word numbers them: no custom marks, and no definition left in the text.
    assert.doesNotMatch(docx.document, /customMarkFollows/);
    assert.ok(!paragraphs.some((p) => /^(ITU \(2025\)|UNESCO \(2025\)|Example Digital Foundation \(2025\))/.test(p.text)));
    assert.ok(!paragraphs.some((p) => /<sup>|\[\^|³/.test(p.text)));
    assert.deepEqual(notes, []);
  });

  it('writes links as hyperlinks with a relationship to the URL, in the text and in footnotes', () => {
    const links = wordHyperlinks(docx.document, docx.documentRels);
    assert.deepEqual(
      links.map((l) => [l.text, l.target, l.external]),
      [
        ['ITU', 'https://www.itu.int/', true],
        ['https://www.unesco.org/', 'https://www.unesco.org/', true],
        ['www.example.org/data', 'https://www.example.org/data', true],
      ],
    );
    const noteLinks = wordHyperlinks(docx.footnotes, docx.footnotesRels);
    assert.deepEqual(
      noteLinks.map((l) => l.target),
      ['https://example.org/annual-report-2025', 'https://www.itu.int/itu-d/reports/statistics/', 'https://example.org/spectrum-pilot'],
    );
  });

  it('keeps bold and italic runs', () => {
    const p = find(paragraphs, 'In 2025 the foundation trained');
    assert.deepEqual(
      p.runs.filter((r) => r.bold || r.italic).map((r) => [r.text, r.bold, r.italic]),
      [
        ['1,200 community network operators', true, false],
        ['twelve countries', false, true],
      ],
    );
  });

  it('writes lists as Word numbering, nested items one level down, and tables as tables', () => {
    const items = paragraphs.filter((p) => p.numbered);
    assert.deepEqual(
      items.map((p) => [p.text, /<w:ilvl w:val="(\d)"\/>/.exec(p.xml)?.[1]]),
      [
        ['Africa: four new community networks', '0'],
        ['Asia-Pacific: two national consultations', '0'],
        ['one in Nepal', '1'],
        ['one in Fiji', '1'],
        ['Latin America: a regional summit', '0'],
        ['a licence-exempt band for community networks;', '0'],
        ['shared use of TV white space with incumbents;', '0'],
        ['a simpler licence for small operators.', '0'],
      ],
    );
    assert.equal((docx.document.match(/<w:tbl>/g) ?? []).length, 1);
    assert.equal((docx.document.match(/<w:tr>|<w:tr /g) ?? []).length, 3);
  });
});

describe('export to .docx: line endings, byte order mark and comments', () => {
  it('writes the same document for CRLF line endings, a BOM and HTML comments', async () => {
    const lf = wordParagraphs((await openDocx((await draftToDocx(features)).buffer)).document).map((p) => p.text);
    const variant = `\uFEFF${features.replace('## Part Two', '<!-- wsis-disable-next-line part-heading-style -->\n## Part Two')}`.replace(/\n/g, '\r\n');
    const docx = await openDocx((await draftToDocx(variant)).buffer);
    assert.deepEqual(wordParagraphs(docx.document).map((p) => p.text), lf);
    assert.equal(wordFootnotes(docx.footnotes).size, 4);
  });
});

describe('export to .docx: a published submission (seed)', () => {
  it('reads its mixed footnotes (HTML and bare numbers, between paragraphs) into nine Word footnotes', async () => {
    const result = await draftToDocx(seed);
    const docx = await openDocx(result.buffer);
    const inWord = wordFootnotes(docx.footnotes);
    assert.equal(inWord.size, 9);
    assert.deepEqual([...inWord.values()].map((t) => plain(t)), footnotesOf(seed));
    assert.deepEqual(footnoteReferenceIds(docx.document), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const paragraphs = wordParagraphs(docx.document);
    assert.deepEqual(
      paragraphs.filter((p) => p.style === 'Heading1' && p.text.startsWith('Part')).map((p) => p.text.slice(0, 10)),
      ['Part One: ', 'Part Two: ', 'Part Three'],
    );
    // The paragraph that a page's footnotes cut in two is whole again.
    assert.ok(paragraphs.some((p) => p.text.includes('market-based models used to provide connectivity')));
  });

  it('notes footnotes with no text and texts with no reference', async () => {
    const draft = features.replace('[^1]: Example', '[^7]: Example');
    const result = await draftToDocx(draft);
    assert.deepEqual(result.notes, ['Footnote 1 has no text in the draft: its mark is kept as a superscript.', 'Footnote 7 is never referred to in the text: it is left out.']);
    assert.equal(result.footnotes, 3);
  });
});
