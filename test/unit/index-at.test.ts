// text/at.ts: the engine's checked index read (noUncheckedIndexedAccess), which states that an
// index is in range and throws, instead of returning undefined, when it is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at } from '../../server/src/engine/text/at';

describe('at', () => {
  it('reads an index in range, falsy elements too', () => {
    assert.equal(at([3, 0, 5], 1), 0);
    assert.equal(at(['', 'b'], 0), '');
    assert.equal(at(new Uint8Array([7, 9]), 1), 9);
    assert.equal(at('ab', 1), 'b');
  });

  it('throws a clear error when the index is out of range', () => {
    assert.throws(() => at([1, 2], 2), /index out of range: 2 of 2/);
    assert.throws(() => at([1, 2], -1), /index out of range/);
    assert.throws(() => at(new Int32Array(0), 0), /index out of range/);
    assert.throws(() => at([1], 0.5), /index out of range/);
  });
});
