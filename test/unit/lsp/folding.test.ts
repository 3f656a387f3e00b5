import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../../server/src/engine';
import { provideFoldingRanges } from '../../../server/src/lsp/features/folding';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');

describe('provideFoldingRanges', () => {
  it('folds the cover block, each Part and subsection, and the run of footnote definitions', () => {
    assert.deepEqual(provideFoldingRanges(parseSubmission(CLEAN)), [
      { startLine: 0, endLine: 13, kind: 'region' },
      { startLine: 15, endLine: 17 },
      { startLine: 19, endLine: 21 },
      { startLine: 23, endLine: 31 },
      { startLine: 25, endLine: 27 },
      { startLine: 29, endLine: 31 },
      { startLine: 33, endLine: 34 },
    ]);
  });

  it('folds fenced code, multi-line comments and page-bottom definitions in mid-text (blank lines within a run)', () => {
    const text = CLEAN.replace(
      'under action line C2.\n',
      'under action line C2[^3].\n\n---\n\n[^3]: A note at the bottom of page one.\n\n[^4]: Another, after a blank line.\n',
    ).replace('## Part Two: A brief analytical overview\n\n', '## Part Two: A brief analytical overview\n\n```text\ncode line\n```\n\n<!--\nreviewer note\n-->\n\n');
    // Lines: 15 Part One, 19 ---, 21 [^3]:, 23 [^4]:, 25 Part Two, 27-29 fence, 31-33 comment, 37 Part Three ... 47-48 definitions.
    assert.deepEqual(provideFoldingRanges(parseSubmission(text)), [
      { startLine: 0, endLine: 13, kind: 'region' },
      { startLine: 15, endLine: 23 },
      { startLine: 21, endLine: 23 },
      { startLine: 25, endLine: 35 },
      { startLine: 27, endLine: 29 },
      { startLine: 31, endLine: 33, kind: 'comment' },
      { startLine: 37, endLine: 45 },
      { startLine: 39, endLine: 41 },
      { startLine: 43, endLine: 45 },
      { startLine: 47, endLine: 48 },
    ]);
  });

  it('leaves out single lines: a one-line comment, a lone definition, a one-line Part', () => {
    const text = 'Intro.\n\n<!-- one line -->\n\n## Part One: An executive summary\n\nText[^1].\n\n[^1]: Only one.\n';
    assert.deepEqual(provideFoldingRanges(parseSubmission(text)), [{ startLine: 4, endLine: 6 }]);
  });
});
