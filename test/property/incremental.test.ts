// The incremental parse (parseSubmission(text, previous)) gives the same model as a parse from
// scratch, for any draft and any chain of edits: the server hands each version's parse the
// model of the version before.
//
//   FC_SEED=123 FC_RUNS=2000 node --import tsx --test test/property/incremental.test.ts
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { parseSubmission, type SubmissionModel } from '../../server/src/engine';
import { inputArb, markdownNoiseArb } from '../fuzz/generators';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 120);

/** The model as plain data: Maps as entry lists, functions left out, the line index as its offsets. */
function plain(model: SubmissionModel): string {
  return JSON.stringify(model, (key, value: unknown) => {
    if (typeof value === 'function') return undefined;
    if (value instanceof Map) return [...value.entries()];
    if (value instanceof Int32Array) return [...value];
    if (key === 'lines') return (value as SubmissionModel['lines']).lineStarts;
    return value;
  });
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const insertArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', ' ', '\n', '\n\n', 'x¹', '<sup>3</sup>', '[^2]', '[^1]: Note.', '```', '<!--', '-->', '`', '](https://x.org)', 'C4: ', 'https://a.org ', '2 ', '## ', '===', '---') },
  { weight: 1, arbitrary: markdownNoiseArb.map((s) => s.slice(0, 40)) },
  { weight: 1, arbitrary: fc.constant('') },
);
const editArb: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 30 }), insert: insertArb });

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe(`incremental parse (seed ${SEED}, ${RUNS} runs)`, () => {
  it('after each edit of a chain, equals a parse from scratch', () => {
    fc.assert(
      fc.property(inputArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (text, edits) => {
        let model = parseSubmission(text);
        let current = text;
        for (const e of edits) {
          current = applyEdit(current, e);
          model = parseSubmission(current, model);
          assert.equal(plain(model), plain(parseSubmission(current)), `after inserting ${JSON.stringify(e.insert)} at ${Math.floor(e.at * 100)}%`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('equals a parse from scratch when nothing changed, and when everything did', () => {
    const text = 'Part One\n\nA sentence¹ with https://example.org and C4: here.\n\n¹ Note.\n';
    const model = parseSubmission(text);
    assert.equal(plain(parseSubmission(text, model)), plain(model));
    assert.equal(plain(parseSubmission('Other text.\n', model)), plain(parseSubmission('Other text.\n')));
  });

  it('finds no link that runs from a block the versions share into the one edited (FC_SEED=13 found it)', () => {
    const before = '\u001b[31m the\n\nYour input should be brief.';
    const after = before.replace('Your i', 'Your i](https://x.org)');
    const incremental = parseSubmission(after, parseSubmission(before));
    assert.equal(plain(incremental), plain(parseSubmission(after)));
    // A link lies within one block: `[31m the\n\nYour i](...)` spans two.
    assert.deepEqual(incremental.links, []);
    assert.equal(parseSubmission('See [the report](https://x.org).').links.length, 1);
  });
});
