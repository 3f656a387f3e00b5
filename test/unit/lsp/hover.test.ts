import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { parseSubmission } from '../../../server/src/engine';
import { provideHover } from '../../../server/src/lsp/features/hover';
import { at } from '../../../server/src/engine/text/at';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');
const FOOTNOTES = [
  'Intro text[^1] and again[^1] and a missing one[^9].',
  '',
  'HTML ref<sup>2</sup> here, and a named one[^note].',
  '',
  '[^1]: First note with a [link](https://a.org).',
  '<sup>2</sup> Second note.',
  '[^5]: Unreferenced.',
  '[^5]: Defined twice.',
  '[^note]: Named.',
].join('\n');

function value(h: Hover | null): string {
  assert.ok(h !== null, 'a hover');
  return (h.contents as MarkupContent).value;
}

describe('provideHover', () => {
  const model = parseSubmission(FOOTNOTES);

  it("shows a reference's definition, as Markdown, over the whole marker", () => {
    const h = provideHover(model, { line: 0, character: 12 });
    assert.deepEqual(h, {
      contents: { kind: 'markdown', value: '**Footnote 1**\n\nFirst note with a [link](https://a.org).' },
      range: { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } },
    });
    assert.equal(value(provideHover(model, { line: 2, character: 14 })), '**Footnote 2**\n\nSecond note.');
    assert.equal(value(provideHover(model, { line: 2, character: 45 })), '**Footnote [^note]**\n\nNamed.');
  });

  it('says when a reference has no definition', () => {
    assert.equal(value(provideHover(model, { line: 0, character: 48 })), '**Footnote 9** has no definition in this draft.');
  });

  it('counts the references of a definition, and says when it has none or is defined twice', () => {
    assert.equal(value(provideHover(model, { line: 4, character: 2 })), '**Footnote 1** is referenced 2 times (line 1).');
    assert.equal(value(provideHover(model, { line: 5, character: 5 })), '**Footnote 2** is referenced once (line 3).');
    assert.equal(value(provideHover(model, { line: 6, character: 1 })), '**Footnote 5** is not referenced anywhere in the text.\n\nIt is defined 2 times.');
  });

  it('names a WSIS action line code, and says when a code is not one', () => {
    const m = parseSubmission('Our work under action lines C3 and C12 continued.\n');
    assert.deepEqual(provideHover(m, { line: 0, character: 29 }), {
      contents: { kind: 'markdown', value: '**C3**: Access to information and knowledge\n\nWSIS action line (Geneva Plan of Action).' },
      range: { start: { line: 0, character: 28 }, end: { line: 0, character: 30 } },
    });
    assert.equal(value(provideHover(m, { line: 0, character: 36 })), '**C12** is not a WSIS action line: they run from C1 to C11.');
  });

  it('gives the year of the session and the year its submissions report on, on either ordinal', () => {
    const expected = '**29th session** of the CSTD: held in 2026. Its submissions report on efforts in 2025.';
    const clean = parseSubmission(CLEAN);
    const cover = provideHover(clean, { line: 2, character: 5 });
    assert.equal(value(cover), expected);
    assert.deepEqual(cover?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    const inInput = at(CLEAN.split('\n'), 11).indexOf('29th');
    assert.equal(value(provideHover(clean, { line: 11, character: inInput + 1 })), expected);
  });

  it('has nothing to say elsewhere', () => {
    assert.equal(provideHover(parseSubmission(CLEAN), { line: 21, character: 3 }), null);
    assert.equal(provideHover(model, { line: 0, character: 2 }), null);
  });
});
