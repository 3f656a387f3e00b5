import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSubmission } from '../../../server/src/engine';
import { provideDocumentLinks } from '../../../server/src/lsp/features/links';

describe('provideDocumentLinks', () => {
  it('links bare, angle-bracketed and www URLs and http(s) link targets, each once', () => {
    const text = [
      'See https://unctad.org/cstd and www.itu.int.', // 0
      'A [report](https://example.org/r?a=1) and <https://igf.org/x>.', // 1
      'Lost: [Digital Geneva](#), [mail](mailto:a@b.org), [local](docs/x.md).', // 2
      '`https://in.code/span` is not a link.', // 3
    ].join('\n');
    const links = provideDocumentLinks(parseSubmission(text)).map((l) => [l.range.start.line, l.range.start.character, l.range.end.character, l.target]);
    assert.deepEqual(links, [
      [0, 4, 27, 'https://unctad.org/cstd'],
      [0, 32, 43, 'https://www.itu.int'],
      [1, 11, 36, 'https://example.org/r?a=1'],
      [1, 43, 60, 'https://igf.org/x'],
    ]);
  });

  it('gives the target of a link written in angle brackets without them', () => {
    const [link] = provideDocumentLinks(parseSubmission('[x](<https://a.org/b c>)\n'));
    assert.ok(link, 'the link is found');
    assert.deepEqual([link.range.start.character, link.range.end.character, link.target], [5, 22, 'https://a.org/b c']);
  });
});
