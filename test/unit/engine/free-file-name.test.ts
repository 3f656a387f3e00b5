// freeFileName (engine/draft-names.ts) past its 999 numbered tries: a name is still found, with the
// same stem and extension, and is not one `taken` refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freeFileName } from '../../../server/src/engine';

describe('freeFileName when every numbered name is taken', () => {
  it('falls back to a time-stamped name with the stem and extension kept', () => {
    const asked: string[] = [];
    const taken = (n: string): boolean => {
      asked.push(n);
      return !/-\d{10,}\.wsis\.md$/.test(n);
    };
    const before = Date.now();
    const name = freeFileName('Draft-CSTD-30.wsis.md', taken);
    const m = /^Draft-CSTD-30-(\d+)\.wsis\.md$/.exec(name);
    assert.ok(m !== null, name);
    assert.ok(Number(m[1]) >= before && Number(m[1]) <= Date.now());
    assert.equal(asked.length, 999, 'the name itself and -2 to -999 were each tried once');
    assert.equal(asked[998], 'Draft-CSTD-30-999.wsis.md');
  });

  it('a name without a Markdown extension gets the suffix at its end', () => {
    assert.match(freeFileName('notes', () => true), /^notes-\d+$/);
    assert.equal(freeFileName('notes', (n) => n === 'notes'), 'notes-2');
  });
});
