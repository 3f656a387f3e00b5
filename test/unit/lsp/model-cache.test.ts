import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSubmission } from '../../../server/src/engine';
import { ModelCache } from '../../../server/src/lsp/model-cache';
import { at } from '../../../server/src/engine/text/at';

describe('ModelCache', () => {
  it('parses a document version once, however often it is asked for', () => {
    const cache = new ModelCache();
    const doc = TextDocument.create('file:///a.wsis.md', 'wsis', 1, '## Part One: An executive summary\n\nText.\n');
    const first = cache.get(doc);
    assert.equal(cache.get(doc), first);
    assert.equal(cache.get(doc), first);
    assert.equal(cache.parses, 1);
    assert.equal(cache.peek(doc.uri, 1), first);
    assert.equal(cache.peek(doc.uri, 2), undefined);
  });

  it('parses again for a new version and keeps only the latest per document', () => {
    const cache = new ModelCache();
    const doc = TextDocument.create('file:///a.wsis.md', 'wsis', 1, 'One.\n');
    const v1 = cache.get(doc);
    TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: 'Two' }], 2);
    const v2 = cache.get(doc);
    assert.notEqual(v2, v1);
    assert.equal(v2.text, 'Two.\n');
    assert.equal(cache.parses, 2);
    assert.equal(cache.size, 1);
    assert.equal(cache.peek(doc.uri, 1), undefined);
  });

  it('forgets a document when it is evicted (closed)', () => {
    const cache = new ModelCache();
    const a = TextDocument.create('file:///a.wsis.md', 'wsis', 1, 'A.\n');
    const b = TextDocument.create('file:///b.wsis.md', 'wsis', 1, 'B.\n');
    cache.get(a);
    cache.get(b);
    cache.evict(a.uri);
    assert.equal(cache.has(a.uri), false);
    assert.equal(cache.has(b.uri), true);
    cache.get(a);
    assert.equal(cache.parses, 3);
  });

  it('parses a new version from the one before: what the edit left alone is taken over, the rest is as a parse from scratch', () => {
    const cache = new ModelCache();
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} cites https://example.org/${i} and footnote<sup>${i + 1}</sup>.`);
    const doc = TextDocument.create('file:///a.wsis.md', 'wsis', 1, `${paragraphs.join('\n\n')}\n`);
    const v1 = cache.get(doc);
    // Type a word into the middle paragraph.
    const line = 12;
    TextDocument.update(doc, [{ range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: ' six' }], 2);
    const v2 = cache.get(doc);
    const scratch = parseSubmission(doc.getText());
    assert.deepEqual(v2.urls, scratch.urls);
    assert.deepEqual(v2.footnotes.refs, scratch.footnotes.refs);
    assert.deepEqual([...v2.blockWords], [...scratch.blockWords]);
    // Taken over as new objects, their strings cut from the new text: one cut from the previous
    // version's text would keep that whole text alive, one more per keystroke.
    assert.notEqual(v2.urls[0], v1.urls[0]);
    assert.deepEqual(v2.urls[0], v1.urls[0]);
    assert.equal(at(v2.urls, 11).span.start, at(v1.urls, 11).span.start + 4);
  });
});

describe('ModelCache: a parse that throws', () => {
  it('is cached per version like a good one: the same error at once, no parse again; the next version parses from the last good model', () => {
    const bases: (string | undefined)[] = [];
    const cache = new ModelCache((text, previous) => {
      bases.push(previous?.text);
      if (text.includes('BOOM')) throw new Error('planted failure');
      return parseSubmission(text, previous);
    });
    const doc = TextDocument.create('file:///a.wsis.md', 'wsis', 1, 'One.\n');
    cache.get(doc);
    TextDocument.update(doc, [{ text: 'BOOM.\n' }], 2);
    for (let i = 0; i < 3; i++) assert.throws(() => cache.get(doc), /planted failure/);
    assert.equal(cache.parses, 2, 'the failing version was parsed once');
    assert.equal(cache.peek(doc.uri, 2), undefined);
    TextDocument.update(doc, [{ text: 'Three.\n' }], 3);
    assert.equal(cache.get(doc).text, 'Three.\n');
    assert.deepEqual(bases, [undefined, 'One.\n', 'One.\n']);
  });
});
