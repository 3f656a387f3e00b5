// The PDF import on real PDFs: every example and seed fixture exported to .docx by our exporter
// and rendered to PDF by LibreOffice, and drafts laid out unlike our export (another font, a
// running header, page numbers, justified text, footnotes in two sizes, bullets) written as .fodt
// for LibreOffice. Each imported draft must have the original's Parts, footnotes (count and
// text) and template findings, and 98% or more of its words in order. All PDFs are made in one
// LibreOffice run, before the tests. Skipped without LibreOffice.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkText } from '../../../server/src/engine';
import { pdfToDraft, type PdfImport } from '../../../server/src/pdf/import-pdf';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { docxToDraft } from '../../../server/src/word/import-docx';
import { findLibreOffice } from '../../../server/src/word/libreoffice';
import { fixtures, footnotesOf, partsOf, root, seeds, wordsOf } from '../word/helpers';
import { draftToFodt, type FodtLayout } from './fodt';
import { renderPdfs, type ToRender } from './render-pdfs';
import { at } from '../../../server/src/engine/text/at';

const soffice = findLibreOffice();
const skip = soffice === undefined ? 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui' : false;

const examples = join(root, 'examples');
const DRAFTS = [
  ...readdirSync(examples).filter((f) => f.endsWith('.md')).map((f) => join(examples, f)),
  join(fixtures, 'clean-submission.wsis.md'),
  join(fixtures, 'word', 'features.wsis.md'),
  join(fixtures, 'word', 'with-errors.wsis.md'),
  ...readdirSync(seeds).filter((f) => f.endsWith('.md')).map((f) => join(seeds, f)),
];

/** Layouts unlike our export's, each for a draft. */
const LAYOUTS: { name: string; draft: string; layout: FodtLayout }[] = [
  {
    // As UNCTAD publishes the submissions: a smaller sans serif, justified, a running header,
    // "Page n of N", footnotes smaller still.
    name: 'published-isoc',
    draft: join(seeds, 'isoc-submission-cstd23.md'),
    layout: { font: 'Liberation Sans', size: 10, justify: true, header: 'Internet Society: contribution to the CSTD 2020', pageNumbers: 'page-of', footnoteSizes: [8], headingSize: 11 },
  },
  {
    // Footnotes in two sizes, "- n -" page numbers, bullets, larger headings, another serif.
    name: 'two-note-sizes',
    draft: join(examples, 'submission-2026.wsis.md'),
    layout: { font: 'DejaVu Serif', size: 11, justify: false, header: 'GDIN submission', pageNumbers: 'dashes', footnoteSizes: [9, 7], headingSize: 14 },
  },
  {
    name: 'igf-plain-numbers',
    draft: join(seeds, 'igf-submission-cstd21.md'),
    layout: { font: 'Liberation Serif', size: 12, justify: true, pageNumbers: 'plain', footnoteSizes: [10, 8] },
  },
];

/** The canonical form changes how footnotes and Part headings are written, and a PDF keeps no link targets. */
const NOT_TEMPLATE = new Set(['footnote-style', 'part-heading-style', 'link-empty-target', 'pasted-layout']);
const findings = (text: string): string[] =>
  checkText(text)
    .diagnostics.filter((d) => !NOT_TEMPLATE.has(d.rule))
    .map((d) => d.rule)
    .sort();

/** The share of `original`'s words that `imported` has in the same order (longest common subsequence). */
function wordsKept(original: string[], imported: string[]): number {
  const row = new Array<number>(imported.length + 1).fill(0);
  for (const w of original) {
    let diagonal = 0;
    for (let j = 1; j <= imported.length; j++) {
      const above = at(row, j);
      row[j] = w === imported[j - 1] ? diagonal + 1 : Math.max(at(row, j), at(row, j - 1));
      diagonal = above;
    }
  }
  return original.length === 0 ? 1 : at(row, imported.length) / original.length;
}

/**
 * `viaWord`: the Word import of the .docx the PDF was made from, where the export itself changes
 * findings (a footnote mark without its note cannot be exported: Word numbers its notes).
 */
function assertSameDraft(imported: PdfImport, original: string, viaWord = original): void {
  assert.deepEqual(partsOf(imported.text), partsOf(original), 'the Parts differ');
  assert.deepEqual(footnotesOf(imported.text), footnotesOf(original), 'the footnotes differ');
  assert.deepEqual(findings(imported.text), findings(viaWord), 'the template findings differ');
  const kept = wordsKept(wordsOf(original), wordsOf(imported.text));
  assert.ok(kept >= 0.98, `only ${(kept * 100).toFixed(1)}% of the words kept in order`);
}

describe('import from PDF: real PDFs from LibreOffice', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsis-pdf-roundtrip-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let pdfs = new Map<string, Buffer>();
  const viaWord = new Map<string, string>();
  const name = (path: string): string => basename(path).replace(/(\.wsis)?\.md$/, '');

  before(async () => {
    const inputs: ToRender[] = [];
    for (const path of DRAFTS) {
      const docx = (await draftToDocx(readFileSync(path, 'utf8'))).buffer;
      inputs.push({ name: name(path), ext: 'docx', bytes: docx });
      viaWord.set(name(path), (await docxToDraft(docx)).text);
    }
    for (const l of LAYOUTS) inputs.push({ name: l.name, ext: 'fodt', bytes: draftToFodt(readFileSync(l.draft, 'utf8'), l.layout) });
    pdfs = renderPdfs(soffice!, dir, inputs);
  });

  for (const path of DRAFTS) {
    it(`gives back ${basename(path)} from its exported PDF`, async (t) => {
      const original = readFileSync(path, 'utf8');
      const imported = await pdfToDraft(pdfs.get(name(path))!);
      t.diagnostic(imported.summary);
      const word = viaWord.get(name(path))!;
      // Only the draft with broken footnotes loses findings on the way to Word, and only footnote ones.
      if (!name(path).startsWith('draft-with-problems')) assert.deepEqual(findings(word), findings(original));
      else {
        const others = (rules: string[]): string[] => rules.filter((r) => !r.startsWith('footnote-'));
        assert.deepEqual(others(findings(word)), others(findings(original)));
      }
      assertSameDraft(imported, original, word);
    });
  }

  for (const l of LAYOUTS) {
    it(`reads the ${l.name} layout (${basename(l.draft)})`, async (t) => {
      const imported = await pdfToDraft(pdfs.get(l.name)!);
      t.diagnostic(imported.summary);
      assertSameDraft(imported, readFileSync(l.draft, 'utf8'));
      assert.deepEqual(imported.notes, []);
      // The running header and the page numbers are gone.
      if (l.layout.header !== undefined) assert.ok(!imported.text.includes(l.layout.header), 'the running header is still there');
      assert.doesNotMatch(imported.text, /^(?:Page \d+ of \d+|- \d+ -|\d+)$/m);
    });
  }

  it('rolls an exported PDF forward', async () => {
    const imported = await pdfToDraft(pdfs.get('submission-2026')!, { rollForward: true });
    assert.match(imported.text, /\*\*Thirtieth session\*\*/);
    assert.match(imported.text, /efforts in 2026 to implement/);
  });
});
