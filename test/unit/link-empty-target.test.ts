// link-empty-target: links whose address was lost in conversion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModel, DEFAULT_SETTINGS, parseSubmission } from '../../server/src/engine';
import { linkEmptyTarget, MAX_REPORTS } from '../../server/src/engine/rules/link-empty-target';
import { at } from '../../server/src/engine/text/at';

const check = (text: string) => checkModel(parseSubmission(text), DEFAULT_SETTINGS, [linkEmptyTarget]);
const where = (text: string) => check(text).map((d) => `${d.range.start.character + 1}-${d.range.end.character + 1}`);

describe('link-empty-target', () => {
  it('reports `#`, empty and blank targets over the whole link, naming the text', () => {
    const text = 'See [Digital Geneva](#), [a]() and [b](<>) and [c]( # ).\n';
    assert.deepEqual(where(text), ['5-24', '26-31', '36-43', '48-56']);
    const [first, second] = check(text);
    assert.ok(first !== undefined && second !== undefined);
    assert.match(first.message, /^The link "Digital Geneva" has no target \(only '#'\)/);
    assert.match(second.message, /^The link "a" has no target \(empty\)/);
    assert.deepEqual(first.data, { text: 'Digital Geneva' });
    assert.equal(first.fix, undefined);
  });

  it('shows the text without Markdown escapes, shortened when long', () => {
    assert.match(at(check('[Next Billion\\(s\\)](#)\n'), 0).message, /"Next Billion\(s\)"/);
    assert.match(at(check(`[${'word '.repeat(30)}](#)\n`), 0).message, /"(word ){11}word…" has no target/);
    assert.match(at(check('[](#)\n'), 0).message, /^This link has no target/);
  });

  it('leaves images, real targets, in-page anchors and code alone', () => {
    assert.deepEqual(where('![logo](#) [ITU](https://www.itu.int/) [Part Two](#part-two) `[x](#)`\n\n```\n[y](#)\n```\n'), []);
  });
});

describe('link-empty-target: capped', () => {
  it(`reports at most ${MAX_REPORTS} in a 1 MB draft of empty links, the last with the count of the rest`, () => {
    const text = 'See [a](#) and [b]() here.\n'.repeat(Math.ceil(1_000_000 / 27));
    const diagnostics = check(text);
    assert.equal(diagnostics.length, MAX_REPORTS);
    const last = at(diagnostics, MAX_REPORTS - 1);
    const total = 2 * Math.ceil(1_000_000 / 27);
    assert.match(last.message, new RegExp(`^The link "b" has no target \\(empty\\).* ${total - MAX_REPORTS} more links have no target besides\\.$`));
    assert.deepEqual(last.data, { text: 'b', more: total - MAX_REPORTS });
    assert.ok(JSON.stringify(diagnostics).length < 100_000, `${JSON.stringify(diagnostics).length} characters of JSON`);
  });

  it(`reports all ${MAX_REPORTS} and says nothing more when there are exactly that many`, () => {
    const diagnostics = check('[a](#)\n'.repeat(MAX_REPORTS));
    assert.equal(diagnostics.length, MAX_REPORTS);
    assert.doesNotMatch(at(diagnostics, MAX_REPORTS - 1).message, /besides/);
    assert.match(at(check('[a](#)\n'.repeat(MAX_REPORTS + 1)), MAX_REPORTS - 1).message, / 1 more link has no target besides\.$/);
    assert.match(at(check('[a](#)\n'.repeat(MAX_REPORTS + 2)), MAX_REPORTS - 1).message, / 2 more links have no target besides\.$/);
  });
});
