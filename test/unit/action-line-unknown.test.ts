// action-line-unknown: codes outside C1-C11.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { actionLineUnknown } from '../../server/src/engine/rules/action-line-unknown';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [actionLineUnknown]);
const codes = (text: string) => check(text).map((d) => (d.data as { code: string }).code);

describe('action-line-unknown', () => {
  it('reports C0 and C12 and names the valid range', () => {
    const diagnostics = check('Our work under action lines C0, C4 and C12 continued.\n');
    assert.deepEqual(diagnostics.map((d) => d.range.start.character), [28, 39]);
    assert.equal(at(diagnostics, 0).range.end.character, 30);
    assert.match(at(diagnostics, 1).message, /^C12 is not a WSIS action line: the action lines run from C1 to C11\./);
    assert.equal(at(diagnostics, 0).fix, undefined);
  });

  it('accepts C1 to C11', () => {
    const all = Array.from({ length: 11 }, (_, i) => `C${i + 1}`).join(', ');
    assert.deepEqual(codes(`Action lines ${all}.\n`), []);
  });

  it('reports a code written like one (`C12:`) outside action-line context', () => {
    assert.deepEqual(codes('C12: Digital cooperation\n'), ['C12']);
  });

  it('leaves tokens that are not action line codes alone', () => {
    // No action-line context, inside code, or part of another token.
    assert.deepEqual(codes('Room C12 hosted the meeting.\n\nAction lines: `C12`, ISO-C13, A/C14.\n'), []);
  });
});
