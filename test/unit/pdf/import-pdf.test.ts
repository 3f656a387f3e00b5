// The PDF import on PDFs written by hand (make-pdf.ts): how the page is rebuilt into a draft, and
// what happens with bad input. No LibreOffice needed; pdf-roundtrip.test.ts has the real PDFs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runImport } from '../../../server/src/cli/word';
import { pdfToDraft, PdfImportError } from '../../../server/src/pdf/import-pdf';
import { NO_TEXT } from '../../../server/src/pdf/pdf-read';
import { makePdf, type HandPage, type TextRun } from './make-pdf';

const tmp = mkdtempSync(join(tmpdir(), 'wsis-pdf-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const header = (n: number): TextRun[] => [
  { x: 200, y: 815, size: 9, text: 'Internet Society: WSIS submission 2024' },
  { x: 295, y: 40, size: 9, text: String(n) },
];
const body = (y: number, text: string, x = 72): TextRun => ({ x, y, size: 11, text });

/** Two pages: a heading, wrapped paragraphs, a word broken at a line's end, a bullet list, footnotes (one going on over the page). */
const twoPages: HandPage[] = [
  {
    runs: [
      ...header(1),
      { x: 72, y: 770, size: 16, bold: true, text: 'Part One: An executive summary' },
      { ...body(745, 'In 2024 the Internet Society supported community networks in twelve countries'), sup: '1' },
      body(732, 'and national consultations on spectrum, licensing and the implementation of'),
      body(719, 'the outcomes of the WSIS. Its work on the ground is described in the annual imple-'),
      body(706, 'mentation report.'),
      body(682, 'Three programmes carried most of the work this year:'),
      body(665, '\u2022', 90),
      body(665, 'Community networks: twelve new networks, run by their communities.', 108),
      body(648, '\u2022', 90),
      body(648, 'Spectrum: two regulators opened bands to small operators.', 108),
      body(624, 'Most of the funding came from member organizations and foundations, and the'),
      { ...body(611, 'rest from the Society itself.'), sup: '2' },
      { x: 72, y: 103, size: 5, text: '1' },
      { x: 76, y: 100, size: 8, text: 'Internet Society (2024), Community networks. Available at:' },
      { x: 72, y: 90, size: 8, text: 'https://www.internetsociety.org/community-networks/' },
      { x: 72, y: 83, size: 5, text: '2' },
      { x: 76, y: 80, size: 8, text: 'Internet Society (2024), Annual report, with the accounts of the year and' },
    ],
  },
  {
    runs: [
      ...header(2),
      { ...body(770, 'Part Two continues the report on its second page, with a number in the air'), sup: '7' },
      body(757, 'that has no footnote.'),
      { x: 72, y: 100, size: 8, text: 'the list of member organizations.' },
    ],
  },
];

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await pdfToDraft(bytes);
  } catch (error) {
    assert.ok(error instanceof PdfImportError, `not a PdfImportError: ${String(error)}`);
    return error.message;
  }
  assert.fail('the PDF was not refused');
}

describe('import from PDF: the page rebuilt', () => {
  it('joins lines into paragraphs, drops the running header and page numbers, keeps headings, lists and footnotes', async () => {
    const result = await pdfToDraft(makePdf(twoPages));
    const text = result.text;
    assert.doesNotMatch(text, /Internet Society: WSIS submission 2024/);
    assert.doesNotMatch(text, /^\d$/m);
    assert.match(text, /^## Part One: An executive summary$/m);
    assert.match(text, /^In 2024 the Internet Society supported community networks in twelve countries\[\^1\] and national consultations on spectrum, licensing and the implementation of the outcomes of the WSIS\. Its work on the ground is described in the annual implementation report\.$/m);
    assert.match(text, /^Three programmes carried most of the work this year:\n\n- Community networks: twelve new networks, run by their communities\.\n- Spectrum: two regulators opened bands to small operators\.\n\nMost of the funding/m);
    assert.match(text, /rest from the Society itself\.\[\^2\]/);
    assert.match(text, /^\[\^1\]: Internet Society \(2024\), Community networks\. Available at: https:\/\/www\.internetsociety\.org\/community-networks\/$/m);
    // A definition goes on over the page break.
    assert.match(text, /^\[\^2\]: Internet Society \(2024\), Annual report, with the accounts of the year and the list of member organizations\.$/m);
    // A raised number with no footnote: left as it was, and said.
    assert.match(text, /with a number in the air<sup>7<\/sup> that has no footnote\./);
    assert.equal(result.pages, 2);
    assert.equal(result.footnotes, 2);
    assert.match(result.summary, /^Read 2 pages: \d+ paragraphs, 2 footnotes; 1 thing unsure/);
    assert.deepEqual(result.notes, ["Page 2: a small raised 7 after 'air' may be a footnote mark, but no footnote 7 was found: left as it was, raised (<sup>7</sup>)."]);
  });

  it('keeps the hyphen of a hyphenated word broken at a line end', async () => {
    const pdf = makePdf([{ runs: [body(700, 'Regulators in four countries created simple licences for the light-'), body(687, 'touch operation of community networks, which the text spells that way.')] }]);
    assert.match((await pdfToDraft(pdf)).text, /light-touch operation/);
  });

  it('rolls the cover forward as the Word import does', async () => {
    const pdf = makePdf([
      {
        runs: [
          { x: 100, y: 760, size: 12, bold: true, text: 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)' },
          { x: 240, y: 740, size: 12, bold: true, text: 'Twenty-ninth session' },
          { x: 220, y: 725, size: 12, bold: true, text: 'Geneva, 20 to 24 April 2026' },
          body(690, 'Text.'),
        ],
      },
    ]);
    const result = await pdfToDraft(pdf, { rollForward: true });
    assert.match(result.text, /\*\*Thirtieth session\*\*/);
    assert.ok(result.notes.some((n) => /Twenty-ninth -> Thirtieth/.test(n)));
  });
});

describe('import from PDF: bad input', () => {
  it('says a PDF without text is probably a scan', async () => {
    const message = await refusal(makePdf([{ runs: [], drawing: true }, { runs: [], drawing: true }]));
    assert.equal(message, NO_TEXT);
    assert.match(message, /^this PDF has no text to read: it is probably a scan/);
  });

  it('refuses a file that is not a PDF, and a truncated one', async () => {
    assert.match(await refusal(Buffer.from('PK\u0003\u0004 a zip, say')), /not a PDF file/);
    assert.match(await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R')), /cut short/);
    // Half of a real one: refused with a reason, or read as far as it goes; never a crash or a hang.
    const whole = makePdf(twoPages);
    for (const cut of [0.3, 0.6, 0.9]) {
      const part = whole.subarray(0, Math.floor(whole.length * cut));
      try {
        await pdfToDraft(part);
      } catch (error) {
        assert.ok(error instanceof PdfImportError, String(error));
      }
    }
  });

  it('refuses a 300-page document quickly, before reading its pages', async () => {
    const pages = Array.from({ length: 300 }, (_, i): HandPage => ({ runs: [body(700, `Page ${i + 1} of a long report.`)] }));
    const cpu = process.cpuUsage();
    const message = await refusal(makePdf(pages));
    const ms = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
    assert.match(message, /it has 300 pages, and an import reads at most 100/);
    assert.ok(ms < 5000, `took ${ms} ms of CPU`);
  });

  it('stops when reading takes longer than its time budget, and past its byte limit', async () => {
    let clock = 0;
    const slow = await pdfToDraft(makePdf(twoPages), { now: () => (clock += 20_000) }).catch((e: unknown) => e);
    assert.ok(slow instanceof PdfImportError);
    assert.match(slow.message, /took longer than 30 s and was stopped at page \d of 2/);
    const big = await pdfToDraft(makePdf(twoPages), { limits: { maxBytes: 1000 } }).catch((e: unknown) => e);
    assert.ok(big instanceof PdfImportError);
    assert.match(big.message, /beyond the 0\.0 MB an import reads|MB, beyond/);
  });

  it('exits 2 with the reason from the command line, and prints the summary on success', async () => {
    const run = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const code = await runImport(argv, { out: (s) => (out += s), err: (s) => (err += s) });
      return { code, out, err };
    };
    writeFileSync(join(tmp, 'scan.pdf'), makePdf([{ runs: [], drawing: true }]));
    const scan = await run(join(tmp, 'scan.pdf'));
    assert.equal(scan.code, 2);
    assert.match(scan.err, /scan\.pdf: this PDF has no text to read: it is probably a scan/);
    writeFileSync(join(tmp, 'fake.pdf'), 'not a pdf');
    assert.equal((await run(join(tmp, 'fake.pdf'))).code, 2);
    writeFileSync(join(tmp, 'good.pdf'), makePdf(twoPages));
    const good = await run(join(tmp, 'good.pdf'));
    assert.equal(good.code, 0, good.err);
    assert.match(good.out, /good\.pdf: Read 2 pages: \d+ paragraphs, 2 footnotes; 1 thing unsure/);
    assert.match(good.out, /Wrote .*good\.wsis\.md \(2 footnotes\)/);
    assert.match(good.err, /note: Page 2: a small raised 7/);
  });
});
