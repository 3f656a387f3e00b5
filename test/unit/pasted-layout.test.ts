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
