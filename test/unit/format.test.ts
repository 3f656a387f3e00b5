// Format Document (the server's documentFormattingProvider): tidy Markdown layout, never a word
// changed, idempotent; on the Word-paste and PDF-copy layouts of every fixture, seed and example
// it gives Markdown that pasted-layout no longer reports, with the Part headings as headings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, checkText, LineIndex, parseSubmission } from '../../server/src/engine';
import { formatEdits, formatText } from '../../server/src/engine/format';
import { markdownFiles } from '../markdown-files';
import { pdfCopy, wordPaste, wordsOf } from '../layouts';

const ROOT = join(import.meta.dirname, '..', '..');

function drafts(): string[] {
  return [join(ROOT, 'test', 'fixtures', 'rules'), join(ROOT, 'test', 'fixtures', 'seeds'), join(ROOT, 'examples')].flatMap((d) => markdownFiles(d));
}

const PAGE_HEADER = 'Running header of the draft';

/** The words of a text less the page numbers and running headers the checker reads as a PDF's (which the layout fix drops). */
function wordsWithoutArtifacts(text: string): string[] {
  const model = parseSubmission(text);
  let kept = '';
  let at = 0;
  for (const span of model.blocks.flatMap((b) => (b.kind === 'artifact' ? [b.span] : (b.skips ?? [])))) {
    kept += `${text.slice(at, span.start)}\n`;
    at = span.end;
  }
  return wordsOf(kept + text.slice(at));
}

describe('Format Document', () => {
  for (const path of drafts()) {
    const name = path.slice(ROOT.length + 1);
    it(name, () => {
      const markdown = readFileSync(path, 'utf8');
      const layouts: [string, string][] = [
        ['markdown', markdown],
        ['word paste', wordPaste(markdown)],
        ['pdf copy', pdfCopy(markdown, { width: 76, pageLines: 28, runningHeader: PAGE_HEADER })],
      ];
      for (const [layout, text] of layouts) {
        const formatted = formatText(text);
        const what = `${name} as ${layout}`;
        assert.equal(formatText(formatted), formatted, `${what}: formatting twice changes more`);
        // Never a word changed (a PDF copy's page numbers and running headers go).
        assert.deepEqual(wordsOf(formatted), wordsWithoutArtifacts(text), `${what}: words changed`);
        // Tidy: pasted-layout has nothing left to say, and the Parts the checker finds are headings.
        const after = checkText(formatted).diagnostics;
        if (checkText(text).diagnostics.some((d) => d.rule === 'pasted-layout')) assert.equal(after.filter((d) => d.rule === 'pasted-layout').length, 0, `${what}: still pasted`);
        for (const p of parseSubmission(formatted).parts) assert.equal(p.heading.style, 'heading', `${what}: Part ${p.number} is not a heading`);
        assert.ok(!/\n{3,}/.test(formatted.replace(/```[\s\S]*?```/g, 'code')), `${what}: more than one blank line`);
      }
    });
  }

  it('formatEdits gives one edit that makes the formatted text, none when tidy', () => {
    const text = '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**\n\n\n\n**Part One: Summary**\nWe did things.\n';
    const model = parseSubmission(text);
    const edits = formatEdits(model);
    assert.equal(edits.length, 1);
    const lines = new LineIndex(text);
    const out = applyEdits(text, edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText })));
    assert.equal(out, formatText(text));
    assert.equal(out, '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**\n\n## Part One: Summary\n\nWe did things.\n');
    assert.deepEqual(formatEdits(parseSubmission(out)), []);
  });
});
