// part-duplicate: a Part heading repeated, capped like the footnote rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { MAX_REPORTS, partDuplicate } from '../../server/src/engine/rules/part-duplicate';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [partDuplicate]);

describe('part-duplicate', () => {
  it('reports each repeated Part on its heading, naming the first', () => {
    const diagnostics = check('## Part One: A\n\nText.\n\n## Part Two: B\n\nText.\n\n## Part One: C\n\nText.\n');
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.message]), [[8, 'Part One appears a second time (first on line 1): merge the two or correct this label.']]);
  });

  it(`reports at most ${MAX_REPORTS} in a 1 MB draft of repeated Parts, the last with the count of the rest`, () => {
    const unit = '## Part One: Again\n\nText.\n\n';
    const copies = Math.ceil(1_000_000 / unit.length);
    const diagnostics = check(unit.repeat(copies));
    assert.equal(diagnostics.length, MAX_REPORTS);
    const hidden = copies - 1 - MAX_REPORTS;
    assert.match(at(diagnostics, MAX_REPORTS - 1).message, new RegExp(`^Part One appears a second time \\(first on line 1\\).* ${hidden} more repeated Part headings follow\\.$`));
    assert.deepEqual(at(diagnostics, MAX_REPORTS - 1).data, { more: hidden });
    assert.ok(JSON.stringify(diagnostics).length < 100_000, `${JSON.stringify(diagnostics).length} characters of JSON`);
  });

  it(`says nothing more when there are exactly ${MAX_REPORTS}`, () => {
    const diagnostics = check('## Part Two: B\n\n'.repeat(MAX_REPORTS + 1));
    assert.equal(diagnostics.length, MAX_REPORTS);
    assert.doesNotMatch(at(diagnostics, MAX_REPORTS - 1).message, /follow/);
    assert.equal(at(diagnostics, MAX_REPORTS - 1).data, undefined);
  });
});
