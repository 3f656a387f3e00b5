// Renders exported drafts to PDF with LibreOffice and to PNG pages with pdftoppm, and keeps
// them under test-results/word/ for a person to look at. Skipped where the tools are missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { docxToPdf, findLibreOffice } from '../../../server/src/word/libreoffice';
import { fixtures, footnotesOf, hasProgram, resultsDir, seeds } from './helpers';

const soffice = findLibreOffice();
const skipPdf = soffice === undefined ? 'LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui' : false;
const skipPng = skipPdf !== false ? skipPdf : !hasProgram('pdftoppm') ? 'pdftoppm is not installed: apt-get install poppler-utils' : false;

const DRAFTS = [
  { name: 'features', path: join(fixtures, 'word', 'features.wsis.md') },
  { name: 'clean-submission', path: join(fixtures, 'clean-submission.wsis.md') },
  { name: 'isoc-submission-cstd23', path: join(seeds, 'isoc-submission-cstd23.md') },
];

/** The text of each page (pdftotext separates pages with form feeds), or undefined without pdftotext. */
function pagesOf(pdf: string): string[] | undefined {
  if (!hasProgram('pdftotext')) return undefined;
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\f').map((p) => p.replace(/\s+/g, ' ')) : undefined;
}

describe('rendering exported drafts', { skip: skipPdf }, () => {
  for (const { name, path } of DRAFTS) {
    it(`renders ${name} to PDF${skipPng === false ? ' and PNG pages' : ''}`, async (t) => {
      const text = readFileSync(path, 'utf8');
      const dir = resultsDir();
      for (const old of readdirSync(dir)) if (old.startsWith(`${name}.`) || old.startsWith(`${name}-`)) rmSync(join(dir, old), { force: true });
      const docx = await draftToDocx(text);
      writeFileSync(join(dir, `${name}.docx`), docx.buffer);

      const started = Date.now();
      const pdfBytes = await docxToPdf(docx.buffer);
      t.diagnostic(`LibreOffice .docx -> PDF: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const pdf = join(dir, `${name}.pdf`);
      writeFileSync(pdf, pdfBytes);
      assert.ok(pdfBytes.subarray(0, 5).equals(Buffer.from('%PDF-')));

      const pages = pagesOf(pdf);
      if (pages !== undefined) {
        const all = pages.join(' ');
        assert.match(all, /COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT/);
        for (const part of ['Part One', 'Part Two', 'Part Three']) assert.ok(all.includes(part), `${part} is not in the PDF`);
        // Each footnote's text is printed (at the foot of a page, by Word's layout), numbered.
        footnotesOf(text).forEach((note, k) => {
          const start = note.slice(0, 30).replace(/\s+/g, ' ');
          assert.ok(pages.some((p) => p.includes(`${k + 1} ${start}`)), `footnote ${k + 1} ('${start}') is not printed with its number`);
        });
      }

      if (skipPng === false) {
        const png = Date.now();
        const r = spawnSync('pdftoppm', ['-png', '-r', '80', pdf, join(dir, name)], { encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 0, r.stderr);
        t.diagnostic(`pdftoppm PDF -> PNG: ${((Date.now() - png) / 1000).toFixed(1)} s`);
        const images = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
        assert.ok(images.length >= 1);
        t.diagnostic(`pages for a person to look at: ${images.map((f) => join('test-results', 'word', f)).join(', ')}`);
      }
    });
  }
});
