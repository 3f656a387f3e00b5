// link-empty-target: links whose address was lost in conversion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { linkEmptyTarget } from '../../server/src/engine/rules/link-empty-target';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [linkEmptyTarget]);
const where = (text: string) => check(text).map((d) => `${d.range.start.character + 1}-${d.range.end.character + 1}`);

describe('link-empty-target', () => {
  it('reports `#`, empty and blank targets over the whole link, naming the text', () => {
    const text = 'See [Digital Geneva](#), [a]() and [b](<>) and [c]( # ).\n';
    assert.deepEqual(where(text), ['5-24', '26-31', '36-43', '48-56']);
    const [first, second] = check(text);
    assert.match(first.message, /^The link "Digital Geneva" has no target \(`#`\)/);
    assert.match(second.message, /^The link "a" has no target \(empty\)/);
    assert.deepEqual(first.data, { text: 'Digital Geneva' });
    assert.equal(first.fix, undefined);
  });

  it('shows the text without Markdown escapes, shortened when long', () => {
    assert.match(check('[Next Billion\\(s\\)](#)\n')[0].message, /"Next Billion\(s\)"/);
    assert.match(check(`[${'word '.repeat(30)}](#)\n`)[0].message, /"(word ){11}wo\.\.\." has no target/);
    assert.match(check('[](#)\n')[0].message, /^This link has no target/);
  });

  it('leaves images, real targets, in-page anchors and code alone', () => {
    assert.deepEqual(where('![logo](#) [ITU](https://www.itu.int/) [Part Two](#part-two) `[x](#)`\n\n```\n[y](#)\n```\n'), []);
  });
});
