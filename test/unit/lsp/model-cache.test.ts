import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelCache } from '../../../server/src/lsp/model-cache';

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
});
