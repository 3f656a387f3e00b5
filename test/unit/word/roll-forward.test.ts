// "Start this year's from last year's": the cover moves on by one year, and says what to confirm.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../../../server/src/engine';
import { draftToDocx } from '../../../server/src/word/export-docx';
import { docxToDraft } from '../../../server/src/word/import-docx';
import { rollForward } from '../../../server/src/word/roll-forward';
import { fixtures, seeds } from './helpers';

const isoc = readFileSync(join(seeds, 'isoc-submission-cstd23.md'), 'utf8');
const igf = readFileSync(join(seeds, 'igf-submission-cstd21.md'), 'utf8');
const clean = readFileSync(join(fixtures, 'clean-submission.wsis.md'), 'utf8');

const COVER_RULES = new Set(['cover-session', 'cover-session-year', 'cover-title', 'cover-input-paragraph']);
const coverFindings = (text: string): string[] => checkText(text).diagnostics.filter((d) => COVER_RULES.has(d.rule)).map((d) => `${d.rule}: ${d.message}`);

describe('rollForward', () => {
  it('moves the 23rd session on to the 24th, in the same styles, and the years by one', () => {
    const { text, notes } = rollForward(isoc);
    assert.match(text, /\*\*Twenty-fourth session {2}\nGeneva, 23 to 27 March 2021\*\*/);
    assert.match(text, /\(to the 24<sup>th<\/sup> session of the CSTD\)/);
    assert.match(text, /on their efforts in 2020 to {2}\n/);
    assert.deepEqual(notes, [
      'Session in the cover: Twenty-third -> Twenty-fourth.',
      'Session in the input paragraph: 23<sup>rd</sup> -> 24<sup>th</sup>.',
      'Title: efforts in 2019 -> efforts in 2020.',
      "Dates: '23 to 27 March 2020' -> '23 to 27 March 2021'. The days and month are last year's: confirm the session's dates before submitting.",
    ]);
    // Only the cover changed, and it is as consistent as it was.
    assert.equal(text.length, isoc.length + 1);
    assert.deepEqual(coverFindings(text), coverFindings(isoc));
  });

  it('writes 21st as 22nd and Twenty-ninth as Thirtieth', () => {
    const rolledIgf = rollForward(igf).text;
    assert.match(rolledIgf, /\*\*Twenty-second session\nGeneva, 14 to 18 May 2019\*\*/);
    assert.match(rolledIgf, /\(to the 22nd session of the CSTD\)/);
    assert.match(rolledIgf, /their efforts in 2018 to implement/);
    const rolledClean = rollForward(clean).text;
    assert.match(rolledClean, /\*\*Thirtieth session\*\*\n\*\*Geneva, 20 to 24 April 2027\*\*/);
    assert.match(rolledClean, /\(to the 30th session of the CSTD\)/);
    assert.match(rolledClean, /efforts in 2026 to implement/);
    assert.deepEqual(checkText(rolledClean).diagnostics, []);
  });

  it('keeps lower case, and says when a session cannot be read or the dates do not match it', () => {
    const lower = rollForward(clean.replace('**Twenty-ninth session**', '**twenty-ninth session**'));
    assert.match(lower.text, /\*\*thirtieth session\*\*/);
    const misspelt = rollForward(clean.replace('Twenty-ninth', 'Twenty-nineth').replace('Geneva, 20 to 24 April 2026', 'Geneva, 20 to 24 April 2030'));
    assert.ok(misspelt.notes.some((n) => /The session in the cover \('Twenty-nineth'\) cannot be read/.test(n)));
    assert.ok(misspelt.notes.some((n) => /The 30th session is held in 2027, not 2031/.test(n)));
  });

  it('says when there is nothing to roll forward', () => {
    assert.deepEqual(rollForward('Just a letter.\n').notes, ['No session was found in the cover, so none was rolled forward.', "No session dates were found in the cover: add this year's venue and dates."]);
  });

  it('runs as part of an import with rollForward', async () => {
    const docx = await draftToDocx(clean);
    const imported = await docxToDraft(docx.buffer, { rollForward: true });
    assert.match(imported.text, /^\*\*Thirtieth session\*\*\n\n\*\*Geneva, 20 to 24 April 2027\*\*$/m);
    assert.ok(imported.notes.some((n) => n.includes('confirm the session\'s dates')));
  });
});
