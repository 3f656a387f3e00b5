// The inline Markdown parser the Word export uses: emphasis, links, code, escapes, HTML leftovers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeText } from '../../../server/src/word/html-to-markdown';
import { notePlaceholder, parseInline, plainText, trimInlines, type Inline } from '../../../server/src/word/inline-markdown';

/** A compact picture of the items: `b:bold`, `i:it`, `bi:both`, `link(url)[text]`, `^3`, `/`, `|`. */
function show(items: readonly Inline[]): string {
  return items
    .map((x) => {
      if (x.kind === 'text') {
        const flags = `${x.style.bold === true ? 'b' : ''}${x.style.italic === true ? 'i' : ''}${x.style.code === true ? 'c' : ''}${x.style.sup === true ? 's' : ''}${x.style.strike === true ? 'x' : ''}`;
        return flags === '' ? x.text : `${flags}:${x.text}`;
      }
      if (x.kind === 'link') return `link(${x.target})[${show(x.children)}]`;
      if (x.kind === 'note') return `^${x.id}`;
      return x.kind === 'break' ? '|' : '/';
    })
    .join(' + ');
}

describe('parseInline', () => {
  it('reads bold, italic and both, with * and _', () => {
    assert.equal(show(parseInline('a **b** *c* ***d*** __e__ _f_')), 'a  + b:b +   + i:c +   + bi:d +   + b:e +   + i:f');
  });

  it('nests italic in bold and bold in italic', () => {
    assert.equal(show(parseInline('**a *b* c**')), 'b:a  + bi:b + b: c');
    assert.equal(show(parseInline('*a **b** c*')), 'i:a  + bi:b + i: c');
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    assert.equal(show(parseInline('snake_case_name and 2 * 3 * 4')), 'snake_case_name and 2 * 3 * 4');
    assert.equal(show(parseInline('**not closed')), '**not closed');
  });

  it('reads inline links, autolinks, bare URLs and www addresses', () => {
    assert.equal(show(parseInline('[the **site**](https://x.org/a_(b) "title")')), 'link(https://x.org/a_(b))[the  + b:site]');
    assert.equal(show(parseInline('<https://a.org/x>')), 'link(https://a.org/x)[https://a.org/x]');
    assert.equal(show(parseInline('see https://a.org/x. Then')), 'see  + link(https://a.org/x)[https://a.org/x] + . Then');
    assert.equal(show(parseInline('www.example.org/data for')), 'link(https://www.example.org/data)[www.example.org/data] +  for');
    assert.equal(show(parseInline('<info@example.org>')), 'link(mailto:info@example.org)[info@example.org]');
  });

  it('keeps the text of a link whose target was lost', () => {
    assert.equal(show(parseInline('[Digital Geneva](#) and [x]()')), 'Digital Geneva and x');
  });

  it('reads code spans literally and backslash escapes', () => {
    assert.equal(show(parseInline('`a*b*` \\*c\\* \\[d\\]')), 'c:a*b* +  *c* [d]');
  });

  it('reads <sup>, <sub>, <br>, <b>, <i>, <a href> and entities', () => {
    assert.equal(show(parseInline('23<sup>rd</sup> H<sub>2</sub>O<br>x <b>b</b> <i>i</i> <a href="https://a.org">A</a> &amp; &#8217;')).replace(/ \+ /g, '+'), '23+s:rd+ H+2+O+|+x +b:b+ +i:i+ +link(https://a.org)[A]+ & \u2019');
  });

  it('turns line breaks into soft breaks, and two trailing spaces or a backslash into hard ones', () => {
    assert.equal(show(parseInline('one\ntwo  \nthree\\\nfour')), 'one + / + two + | + three + | + four');
  });

  it('reads footnote placeholders', () => {
    assert.equal(show(parseInline(`Africa${notePlaceholder(8)}.`)), 'Africa + ^8 + .');
  });

  it('stays linear on pathological input', () => {
    const start = Date.now();
    parseInline('*'.repeat(20000) + '['.repeat(20000) + '_a'.repeat(20000));
    assert.ok(Date.now() - start < 2000, 'took too long');
  });

  it('gives plain text and trims', () => {
    const items = trimInlines(parseInline('  **A** [b](https://b.org)\n c  '));
    assert.equal(plainText(items), 'A b c');
  });
});

describe('escapeText (the import) and parseInline (the export) agree', () => {
  it('reads any escaped text back as the same text', () => {
    const chars = fc.constantFrom(...'ab1 *_`[]()<>!&#;^~\\|:/.-'.split(''), 'http://', 'www.', '&amp;', '<b>', '](', '[^1]');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.equal(plainText(parseInline(escapeText(text))), text);
      }),
      { numRuns: 2000 },
    );
  });
});
