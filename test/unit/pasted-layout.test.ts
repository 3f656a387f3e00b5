// pasted-layout's fix on what a PDF copy does to web addresses: a long address in angle brackets
// is cut at the column, sometimes across a page break. Laid out as Markdown, the address is whole
// again (its pieces joined with no space), and nothing else of the text is lost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyFixes, checkText } from '../../server/src/engine';
import { wordPaste } from '../layouts';

const CLEAN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
const URL = 'https://example.org/reports/2025/community-networks-and-affordable-access-in-rural-areas/';

function laidOut(text: string): string {
  const pasted = checkText(text).diagnostics.filter((d) => d.rule === 'pasted-layout');
  assert.equal(pasted.length, 1, 'pasted-layout is reported once');
  return applyFixes(text, pasted).text;
}

describe('pasted-layout fix and web addresses cut by a PDF copy', () => {
  // The clean draft as a Word paste, with a note whose address a PDF cut at column 60.
  const base = wordPaste(CLEAN).replace(/\n$/, '');
  const cut = `<${URL.slice(0, 52)}\n${URL.slice(52)}>`;

  it('joins an address cut at a line end without a space', () => {
    const text = `${base}\n[^3]: Community networks report. Available at:\n${cut}\n`;
    const fixed = laidOut(text);
    assert.ok(fixed.includes(`<${URL}>`), fixed.slice(-300));
  });

  it('joins an address cut by a page break, dropping the page number and running header', () => {
    const text = `${base}\n[^3]: Community networks report. Available at:\n<${URL.slice(0, 52)}\n2\nWSIS input - running header\n${URL.slice(52)}>\nThe end of the text.\nWSIS input - running header\n`;
    const fixed = laidOut(text);
    assert.ok(fixed.includes(`<${URL}>`), fixed.slice(-300));
    assert.ok(!/^2$/m.test(fixed) && !fixed.slice(0, fixed.lastIndexOf('The end')).includes('running header'), 'the page furniture is dropped');
  });
});

// Two readings the layout property found wrong under other seeds (FC_SEED=2 and 3).
describe('pasted lines read as the Markdown draft reads them', () => {
  const rulesOf = (text: string) => checkText(text).diagnostics.map((d) => d.rule).filter((r) => r !== 'pasted-layout' && r !== 'part-heading-style').sort();

  it('an upper-case <SUP>n</SUP> line is a footnote definition in a paste too, and the fix keeps it one', () => {
    const markdown = '## Part Two: A brief analytical overview\n\nthe\n\n<SUP>1</SUP> the\n';
    const pasted = wordPaste(markdown);
    assert.deepEqual(rulesOf(pasted), rulesOf(markdown));
    assert.ok(rulesOf(markdown).includes('footnote-unused'));
    assert.deepEqual(rulesOf(laidOut(pasted)), rulesOf(markdown), 'the definition is not joined to the text above it');
  });

  it('"(a) the text." in Part Three is a sentence of the Part, not a heading', () => {
    const markdown = '## Part Three: A brief description of:\n\n**(a)** We trained regulators.\n';
    const pasted = wordPaste(markdown);
    assert.ok(!rulesOf(markdown).includes('part-empty'));
    assert.deepEqual(rulesOf(pasted), rulesOf(markdown));
    assert.ok(rulesOf(wordPaste('## Part Three: A brief description of:\n\n### (a) Projects\n')).includes('part-empty'), 'a short label with no full stop is still a heading');
  });
});
