// How npm test deals its test files to its processes (scripts/test-deal.ts): every file once, the
// longest first to the least loaded, a file never timed weighed as an average one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deal } from '../../scripts/test-deal';

describe('dealing the test files to the test processes', () => {
  it('gives every file to exactly one process and evens out the time the processes take', () => {
    const durations = { a: 9000, b: 5000, c: 4000, d: 3000, e: 2000, f: 1000 };
    const shards = deal(Object.keys(durations), durations, 2);
    assert.deepEqual(shards.flat().sort(), ['a', 'b', 'c', 'd', 'e', 'f']);
    const loads = shards.map((files) => files.reduce((sum, f) => sum + durations[f as keyof typeof durations], 0));
    assert.deepEqual(loads, [12_000, 12_000]);
    assert.deepEqual(shards[0], ['a', 'd']);
  });

  it('weighs a file never timed as the average of the others, and deals untimed runs in turn', () => {
    assert.deepEqual(deal(['x', 'long', 'new'], { long: 10_000, x: 2000 }, 2), [['long'], ['new', 'x']]);
    assert.deepEqual(deal(['a', 'b', 'c', 'd'], {}, 2), [['a', 'c'], ['b', 'd']]);
  });

  it('starts no more processes than there are files, and at least one', () => {
    assert.equal(deal(['only'], {}, 4).length, 1);
    assert.deepEqual(deal(['a', 'b'], {}, 0), [['a', 'b']]);
  });
});
