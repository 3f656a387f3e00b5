import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatWordCount } from '../../../client/src/word-count-format';
import { DEFAULT_SETTINGS, estimatePages, mergeSettings, parseSubmission } from '../../../server/src/engine';
import { provideWordCount } from '../../../server/src/lsp/features/word-count';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');

describe('provideWordCount', () => {
  const model = parseSubmission(CLEAN);
  // The pages the Word export fills: the body's words and its two footnotes (engine/pages.ts).
  const pages = estimatePages(model.bodyWords, 2);
  const paging = { pages: pages.pages, pagesExact: pages.exact, footnotes: 2 };

  it('counts the Part at the cursor and the body, with Part One\'s and the body\'s limits', () => {
    // Part One: "In 2025 the Example Digital Foundation trained 1,200 community network operators in
    // twelve countries[^1] and supported national consultations on affordable access under action line C2." (25 words)
    assert.deepEqual(provideWordCount(model, { line: 17, character: 0 }, DEFAULT_SETTINGS), {
      checked: true,
      bodyWords: model.bodyWords,
      bodyLimit: 2400,
      ...paging,
      partName: 'Part One',
      partWords: 25,
      partLimit: 300,
    });
  });

  it('gives no limit for Parts Two and Three, and follows the cursor to the next heading', () => {
    const two = provideWordCount(model, { line: 19, character: 0 }, DEFAULT_SETTINGS);
    // "Connectivity grew fastest ... skills are scarce[^2]." (21 words)
    assert.deepEqual([two.partName, two.partWords, two.partLimit], ['Part Two', 21, undefined]);
    const three = provideWordCount(model, { line: 34, character: 10 }, DEFAULT_SETTINGS);
    assert.deepEqual([three.partName, three.partLimit], ['Part Three', undefined]);
  });

  it('counts only the body in the cover, and uses the limits from the settings', () => {
    const settings = mergeSettings(DEFAULT_SETTINGS, { limits: { partOneWords: 20, totalWords: 100 } });
    assert.deepEqual(provideWordCount(model, { line: 2, character: 3 }, settings), { checked: true, bodyWords: model.bodyWords, bodyLimit: 100, ...paging });
    assert.equal(provideWordCount(model, { line: 17, character: 3 }, settings).partLimit, 20);
  });
});

describe('formatWordCount (status bar)', () => {
  it('shows the Part and the body against the guidance, with thousands separators', () => {
    const d = formatWordCount({ checked: true, partName: 'Part One', partWords: 245, partLimit: 300, bodyWords: 1830, bodyLimit: 2400 });
    assert.equal(d.text, 'Part One 245/300 · Body 1,830/2,400 words');
    assert.equal(d.over, false);
    assert.match(d.tooltip, /^Part One: 245 words; the template asks for about half a page/);
  });

  it('warns when Part One or the body is over, and shows Parts without a limit as a plain count', () => {
    assert.equal(formatWordCount({ checked: true, partName: 'Part One', partWords: 301, partLimit: 300, bodyWords: 900, bodyLimit: 2400 }).over, true);
    const two = formatWordCount({ checked: true, partName: 'Part Two', partWords: 1200, bodyWords: 2500, bodyLimit: 2400 });
    assert.equal(two.text, 'Part Two 1,200 · Body 2,500/2,400 words');
    assert.equal(two.over, true);
    assert.equal(formatWordCount({ checked: true, bodyWords: 10, bodyLimit: 2400 }).text, 'Body 10/2,400 words');
  });
});
