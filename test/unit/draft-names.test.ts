// The file names the product proposes for drafts: New submission's (the organization and the
// session) and Import's roll-forward (this year's session), safe on Windows, never an existing one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { draftFileName, freeFileName, rolledDraftName, safeFileStem } from '../../server/src/engine/draft-names';
import { newSubmissionText } from '../../server/src/engine/new-submission';

/** What Windows refuses in a file name. */
function windowsRefuses(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(name)) return 'a refused character';
  if (/[. ]$/.test(name)) return 'a trailing dot or space';
  if (/^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i.test(name)) return 'a reserved name';
  if (name.length > 255) return 'too long';
  return undefined;
}

describe('draft file names', () => {
  it('New submission: the organization and the session', () => {
    assert.equal(draftFileName('Internet Society', 30), 'Internet-Society-CSTD-30.wsis.md');
    assert.equal(draftFileName('ITU / UNESCO: joint input?', 29), 'ITU-UNESCO-joint-input-CSTD-29.wsis.md');
    assert.equal(draftFileName('', 30), 'Submission-CSTD-30.wsis.md');
    assert.equal(draftFileName('<<>>', 30), 'Submission-CSTD-30.wsis.md');
    assert.equal(draftFileName('CON', 30), 'CON-draft-CSTD-30.wsis.md');
  });

  it('the old untitled name is gone: nothing Windows refuses, whatever the organization', () => {
    // The untitled draft was named after its first line, '<!-- New WSIS submission for the 30th se'.
    const [firstLine = ''] = newSubmissionText(new Date('2026-09-01T12:00:00Z')).split('\n');
    assert.equal(windowsRefuses(draftFileName(firstLine.slice(0, 40), 30)), undefined);
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), fc.integer({ min: 1, max: 200 }), (org, session) => {
        const name = draftFileName(org, session);
        assert.equal(windowsRefuses(name), undefined, JSON.stringify(name));
        assert.ok(name.endsWith(`-CSTD-${session}.wsis.md`));
      }),
      { numRuns: 2000 },
    );
    for (const reserved of ['con', 'NUL', 'com1', 'LPT9', 'aux.', ' prn ']) assert.equal(windowsRefuses(`${safeFileStem(reserved)}.wsis.md`), undefined, reserved);
  });

  it('roll forward: this year\'s session in the name, in place of last year\'s', () => {
    assert.equal(rolledDraftName('ISOC-CSTD-29', 30), 'ISOC-CSTD-30.wsis.md');
    assert.equal(rolledDraftName('isoc_cstd29_final', 30), 'isoc_cstd30_final.wsis.md');
    assert.equal(rolledDraftName('last-year', 30), 'last-year-CSTD-30.wsis.md');
  });

  it('a taken name is never proposed: the next free one is', () => {
    const taken = new Set(['A-CSTD-30.wsis.md', 'A-CSTD-30-2.wsis.md']);
    assert.equal(freeFileName('A-CSTD-30.wsis.md', (n) => taken.has(n)), 'A-CSTD-30-3.wsis.md');
    assert.equal(freeFileName('B.wsis.md', (n) => taken.has(n)), 'B.wsis.md');
  });
});
