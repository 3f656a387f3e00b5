import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, parseSubmission } from '../../../server/src/engine';
import { ENTITY_PLACEHOLDER, newSubmissionText, placeholderSessionDates, sessionFor } from '../../../server/src/engine/new-submission';
import { DISCLAIMER } from '../../../server/src/engine/template';

describe('newSubmissionText', () => {
  it('takes this year\'s session until the end of May, next year\'s from June', () => {
    assert.equal(sessionFor(new Date('2025-12-01T12:00:00Z')), 29);
    assert.equal(sessionFor(new Date('2026-01-15T12:00:00Z')), 29);
    assert.equal(sessionFor(new Date('2026-05-31T12:00:00Z')), 29);
    assert.equal(sessionFor(new Date('2026-06-01T12:00:00Z')), 30);
    assert.equal(sessionFor(new Date('2019-03-01T12:00:00Z')), 22);
  });

  it('proposes a Monday-to-Friday week from the first Monday on or after 15 April', () => {
    assert.equal(placeholderSessionDates(2026).text, '20 to 24 April 2026');
    assert.equal(placeholderSessionDates(2024).text, '15 to 19 April 2024');
    assert.equal(placeholderSessionDates(2029).text, '16 to 20 April 2029');
  });

  it('fills the cover for the session: ordinal, dates, efforts year, input paragraph; then the Parts', () => {
    const text = newSubmissionText(new Date('2025-12-01T12:00:00Z'));
    const { cover, parts } = parseSubmission(text);
    assert.equal(cover.commission?.acronym?.text, 'CSTD');
    assert.deepEqual([cover.session?.raw, cover.session?.value], ['Twenty-ninth', 29]);
    assert.equal(cover.dates?.text, '20 to 24 April 2026');
    assert.equal(cover.title?.year, 2025);
    assert.equal(cover.submitter?.entity?.text, ENTITY_PLACEHOLDER);
    assert.equal(cover.input?.session?.value, 29);
    assert.equal(cover.disclaimer?.norm.text.replace(/[’‘]/g, "'"), DISCLAIMER);
    assert.deepEqual(
      parts.map((p) => [p.number, p.heading.canonical, p.subsections.map((s) => s.letter)]),
      [
        [1, true, []],
        [2, true, []],
        [3, true, ['a', 'b']],
      ],
    );
  });

  it('checks with only the placeholder diagnostics (its dates, its entity, the template texts), for any date', () => {
    for (const day of ['2025-12-01', '2026-03-10', '2026-07-01', '2030-02-02', '2011-01-01']) {
      const { diagnostics, kind } = checkText(newSubmissionText(new Date(`${day}T12:00:00Z`)));
      assert.equal(kind, 'submission');
      assert.deepEqual(
        diagnostics.map((d) => d.rule),
        ['template-placeholders', 'template-placeholders', 'template-instructions', 'template-instructions', 'template-instructions', 'template-instructions'],
        `${day}: ${diagnostics.map((d) => `${d.rule}: ${d.message}`).join('; ')}`,
      );
    }
  });

  it('writes the line breaks it is given', () => {
    const text = newSubmissionText(new Date('2025-12-01T12:00:00Z'), '\r\n');
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(checkText(text).diagnostics.length, 6);
  });
});

describe('newSubmissionText with the organization', () => {
  it('puts the name under Submission by, on one line, and checks without the placeholder finding', () => {
    const text = newSubmissionText(new Date('2026-09-01T12:00:00Z'), '\n', '  Internet\nSociety\t ');
    assert.match(text, /\*\*Submission by\*\*\n\nInternet Society\n/);
    assert.ok(!text.includes(ENTITY_PLACEHOLDER));
    const placeholders = checkText(text).diagnostics.filter((d) => d.rule === 'template-placeholders').map((d) => d.message);
    assert.ok(!placeholders.some((m) => m.includes('organization')), placeholders.join('\n'));
    assert.ok(newSubmissionText(new Date('2026-09-01T12:00:00Z'), '\n', '   ').includes(ENTITY_PLACEHOLDER));
  });
});
