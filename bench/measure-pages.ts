// Measures the words per page of our Word export, for the page estimate (server/src/engine/pages.ts):
// each input is exported with draftToDocx, converted to PDF by LibreOffice
// (`soffice --headless --convert-to pdf`) and its pages counted with `pdfinfo`. Inputs: the
// examples, the seeds, the clean fixture, and the clean example with its Parts repeated 2-4
// times (longer than any real submission). Prints one line per input and a least-squares fit of
// pages against body words and footnotes.
//   node --import tsx bench/measure-pages.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseSubmission } from '../server/src/engine';
import { draftToDocx } from '../server/src/word/export-docx';

const root = join(import.meta.dirname, '..');
const inputs: [string, string][] = [];
for (const f of readdirSync(join(root, 'examples'))) inputs.push([f, readFileSync(join(root, 'examples', f), 'utf8')]);
for (const f of readdirSync(join(root, 'test/fixtures/seeds')).filter((f) => f.endsWith('.md'))) inputs.push([f, readFileSync(join(root, 'test/fixtures/seeds', f), 'utf8')]);
inputs.push(['clean-submission.wsis.md', readFileSync(join(root, 'test/fixtures/clean-submission.wsis.md'), 'utf8')]);
const clean = readFileSync(join(root, 'examples/submission-2026.wsis.md'), 'utf8');
const body = clean.slice(clean.indexOf('## Part One'), clean.search(/\n\[\^1\]:/));
for (const times of [2, 3, 4, 6]) inputs.push([`submission-2026 x${times}`, clean.replace(body, body.repeat(times))]);

async function main(): Promise<void> {
const dir = mkdtempSync(join(tmpdir(), 'wsis-pages-'));
const rows: { name: string; words: number; notes: number; pages: number }[] = [];
try {
  for (const [name, text] of inputs) {
    const model = parseSubmission(text);
    const out = await draftToDocx(text);
    const file = join(dir, `${basename(name).replace(/[^\w.-]+/g, '_')}.docx`);
    writeFileSync(file, out.buffer);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const info = execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    rows.push({ name, words: model.bodyWords, notes: out.footnotes, pages });
    console.log(`${name.padEnd(40)} body words ${String(model.bodyWords).padStart(5)}  footnotes ${String(out.footnotes).padStart(3)}  pages ${pages}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Words per page on the pages past the first (the cover takes part of page 1).
const long = rows.filter((r) => r.pages >= 3);
const slope = long.reduce((s, r) => s + (r.pages - 1) * r.words, 0) / long.reduce((s, r) => s + (r.pages - 1) ** 2, 0);
console.log(`words per page (pages past the first, least squares through the drafts of 3+ pages): ${slope.toFixed(0)}`);
}

void main();
