// LineIndex (engine/text/line-index.ts): offsets and LSP positions, both ways, for every end of
// line a draft may have (\n, \r\n, a lone \r from an old Mac export), and positions out of range
// (an editor's stale range after an edit) clamped, never thrown on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../server/src/engine';

const text = 'Part I\r\nSummary\rline three\n\nend';
const index = new LineIndex(text);

describe('LineIndex', () => {
  it('splits at \\r\\n, \\r and \\n alike, and gives each line without its end', () => {
    assert.equal(index.lineCount, 5);
    assert.deepEqual([0, 1, 2, 3, 4].map((l) => index.lineText(l)), ['Part I', 'Summary', 'line three', '', 'end']);
  });

  it('offsetAt and positionAt are inverse on every offset of the text', () => {
    for (let o = 0; o <= text.length; o++) {
      const p = index.positionAt(o);
      // Inside a \r\n, the position is the end of the line; it maps back there.
      const back = index.offsetAt(p);
      assert.ok(back === o || (text[o - 1] === '\r' && text[o] === '\n' && back === o - 1), `offset ${o}: ${JSON.stringify(p)} -> ${back}`);
    }
  });

  it('a position before the text is its start, after the last line its end', () => {
    assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
  });

  it('a character past the end of a line is the line end, a negative one its start', () => {
    assert.equal(index.offsetAt({ line: 1, character: 500 }), text.indexOf('\r', 8));
    assert.equal(index.offsetAt({ line: 2, character: -3 }), text.indexOf('line three'));
  });

  it('an empty text has one empty line', () => {
    const empty = new LineIndex('');
    assert.equal(empty.lineCount, 1);
    assert.deepEqual(empty.positionAt(10), { line: 0, character: 0 });
    assert.equal(empty.offsetAt({ line: 3, character: 3 }), 0);
  });
});
