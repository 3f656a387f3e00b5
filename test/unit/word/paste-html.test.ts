// Paste from Word: clipboard HTML as Word and LibreOffice write it, through the converter of
// Import from Word, into drafts. The LibreOffice fixtures are LibreOffice's own HTML export
// (`soffice --headless --convert-to html`) of .docx files our exporter made from
// examples/submission-2026.wsis.md and test/fixtures/word/features.wsis.md; word-clipboard.html
// is written by hand in Word's clipboard dialect (mso classes, conditional comments, `_ftn`
// anchors, `<o:p>`), with a script and markup in its text that must come out as text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, parseSubmission } from '../../../server/src/engine';
import { pasteWith } from '../../../server/src/lsp/paste-requests';
import { MAX_PASTE_HTML as PROTOCOL_MAX } from '../../../server/src/protocol';
import * as pasteCode from '../../../server/src/word/paste-html';
import { clipboardHtmlToMarkdown, MAX_PASTE_ELEMENTS, MAX_PASTE_HTML, pasteHtmlIntoDraft, PasteError } from '../../../server/src/word/paste-html';
import { wordPaste } from '../../layouts';
import { fixtures, footnotesOf, partsOf, root, wordsOf } from './helpers';
import { at } from '../../../server/src/engine/text/at';

const read = (path: string): string => readFileSync(path, 'utf8');
const paste = (name: string): string => read(join(fixtures, 'paste', name));
const submission = read(join(root, 'examples', 'submission-2026.wsis.md'));
const features = read(join(fixtures, 'word', 'features.wsis.md'));
const clean = read(join(fixtures, 'clean-submission.wsis.md'));

/** Markup left in Markdown: a tag that is not escaped, other than the `<sup>`, `<sub>` and `<br>` drafts use. */
function htmlLeft(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)<(?!\/?(?:sup|sub|br)>)[A-Za-z!/?][^>]*>?/g)].map((m) => m[0]).filter((t) => !/^<https?:\/\//.test(t));
}

/** The draft after pasting `html` over `marked`'s `|` (or its `[...]` selection), as the editor would apply it. */
function pasteInto(marked: string, html: string): { text: string; footnotes: number; source: string } {
  const start = marked.indexOf('|');
  const text = marked.replace('|', '');
  const model = parseSubmission(text);
  const doc = TextDocument.create('file:///d.wsis.md', 'wsis', 1, text);
  const range = { start: doc.positionAt(start), end: doc.positionAt(start) };
  const result = pasteWith(pasteCode, { uri: doc.uri, version: 1, html, range }, model);
  assert.ok(result !== null);
  const edits = [{ range, newText: result.text }, ...(result.definitions === undefined ? [] : [result.definitions])];
  return { text: TextDocument.applyEdits(doc, edits), footnotes: result.footnotes, source: result.source };
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('paste: LibreOffice HTML of a whole submission', () => {
  it('into an empty draft gives the submission back: every word, the Parts, the four footnotes, no finding', () => {
    const { text, footnotes, source } = pasteInto('|', paste('libreoffice-submission-2026.html'));
    assert.equal(source, 'libreoffice');
    assert.equal(footnotes, 4);
    assert.deepEqual(wordsOf(text), wordsOf(submission));
    assert.deepEqual(footnotesOf(text), footnotesOf(submission));
    assert.deepEqual(partsOf(text), partsOf(submission));
    assert.deepEqual(htmlLeft(text), []);
    assert.deepEqual(checkText(text).diagnostics.map((d) => d.rule), checkText(submission).diagnostics.map((d) => d.rule));
  });

  it('keeps lists, tables, emphasis, links and the footnotes of the features fixture', () => {
    const { text } = pasteInto('|', paste('libreoffice-features.html'));
    assert.deepEqual(footnotesOf(text), footnotesOf(features));
    // The code span's backticks are a style LibreOffice writes as a font: the words stay.
    assert.deepEqual(wordsOf(text), wordsOf(features.replace('`TV white space`', 'TV white space')));
    assert.match(text, /\n1\. a licence-exempt band for community networks;\n2\. shared use of TV white space with incumbents;\n3\. a simpler licence/);
    assert.match(text, /\n {2}- one in Nepal\n/);
    assert.match(text, /\| Kenya \| 300 \| 4 \|/);
    assert.match(text, /\*\*1,200 community network operators\*\* in \*twelve countries\*\[\^1\]/);
    assert.match(text, /\[Spectrum sharing pilot: results\]\(https:\/\/example\.org\/spectrum-pilot\)/);
    assert.deepEqual(htmlLeft(text), []);
  });
});

describe('paste: into a draft that has footnotes', () => {
  const draft = clean;
  const last = Math.max(...[...draft.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])));

  it('numbers the pasted footnotes on from the draft’s last, and defines them after its definitions', () => {
    const at = draft.indexOf('## Part Two');
    const { text, footnotes } = pasteInto(`${draft.slice(0, at)}|${draft.slice(at)}`, paste('word-clipboard.html'));
    assert.equal(footnotes, 2);
    assert.ok(text.includes(`remains offline[^${last + 1}]`));
    assert.ok(text.includes(`licences in 2025[^${last + 2}]`));
    assert.ok(text.trimEnd().endsWith(`[^${last + 2}]: GDIN (2025), Licensing community networks: four country cases.`));
    assert.match(text, new RegExp(`\\n\\[\\^${last}\\]: [^\\n]*\\n\\[\\^${last + 1}\\]: International Telecommunication Union`));
    // Nothing is left undefined or unused; the new numbers come after the old ones.
    const codes = checkText(text).diagnostics.map((d) => d.rule);
    assert.ok(!codes.includes('footnote-undefined') && !codes.includes('footnote-unused'), codes.join(', '));
    // The draft's own text is all still there, unchanged, its Part Two a heading of its own.
    assert.ok(text.includes(`small towns (2 \\* 3 \\<b>not bold\\</b>).\n\n${draft.slice(at, draft.indexOf('[^1]:'))}`));
  });

  it('at the draft’s end, writes the definitions after the pasted text', () => {
    const { text } = pasteInto(`${draft}\n|`, paste('word-clipboard.html'));
    assert.match(text, new RegExp(`small operators\\.\\n\\nCosts are still [^\\n]*\\n\\n\\[\\^${last + 1}\\]: International`));
  });

  it('into a Word paste (one line per paragraph) and after a selection, numbers on just the same', () => {
    const pasted = wordPaste(draft);
    const at = pasted.indexOf('Part Two');
    const { text } = pasteInto(`${pasted.slice(0, at)}|${pasted.slice(at)}`, paste('libreoffice-features.html'));
    assert.ok(text.includes(`in *twelve countries*[^${last + 1}]`));
  });
});

describe('paste: Word’s clipboard dialect', () => {
  const md = clipboardHtmlToMarkdown(paste('word-clipboard.html'), 7);

  it('is recognised as Word’s', () => {
    assert.equal(md.source, 'word');
  });

  it('writes headings, paragraphs, emphasis, links and lists, numbered and nested', () => {
    assert.equal(
      md.text,
      [
        '### Part Two: A brief analytical overview',
        'Across the regions where we work, three trends shaped implementation of the WSIS action lines C2 and C4. The ITU estimates that a third of the world’s population remains offline[^7], and most of those people live *within reach* of a mobile signal.',
        '**Second**, regulators in four countries created light-touch licences in 2025[^8]; see [the four country cases](https://example.org/gdin/licensing-cases).',
        '- **Community Network Academy.** A blended course for local operators.\n- Open Access Price Observatory, updated quarterly.\n  - used by two regulators',
        '1. a licence-exempt band for community networks;\n2. a simpler licence for small operators.',
        'Costs are still **high** in *rural* areas & small towns (2 \\* 3 \\<b>not bold\\</b>).',
      ].join('\n\n'),
    );
  });

  it('turns Word’s `_ftn` footnotes into Markdown footnotes numbered from the given one, with their texts', () => {
    assert.deepEqual(md.definitions, [
      '[^7]: International Telecommunication Union (2025), *Measuring digital development: Facts and Figures 2025*. Available at: <https://www.itu.int/itu-d/reports/statistics/facts-figures-2025/>',
      '[^8]: GDIN (2025), Licensing community networks: four country cases.',
    ]);
  });

  it('drops the head, styles, scripts, Word’s conditional content and bullets, and leaves no HTML', () => {
    const all = `${md.text}\n${md.definitions.join('\n')}`;
    for (const gone of ['never run', 'alert', 'font-family', 'mso-', 'OfficeDocumentSettings', '[1]', '·', 'StartFragment']) assert.ok(!all.includes(gone), gone);
    assert.deepEqual(htmlLeft(all), []);
  });

  it('reads LibreOffice’s numbered-heading-free lists and Google Docs’ not-bold wrapper', () => {
    const g = clipboardHtmlToMarkdown('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Bold</span> and <span style="font-style:italic">italic</span></p></b>');
    assert.equal(g.text, '**Bold** and *italic*');
    assert.equal(g.source, 'html');
  });

  it('keeps the number of a heading Word numbers', () => {
    const h = clipboardHtmlToMarkdown("<h1 style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>I.<span>&nbsp;&nbsp; </span></span><![endif]>Executive Summary</h1>");
    assert.equal(h.text, '## I. Executive Summary');
  });
});

describe('paste: untrusted HTML, bounded', () => {
  it('refuses more than 5 MB of HTML, and the client’s limit is the same', () => {
    assert.equal(PROTOCOL_MAX, MAX_PASTE_HTML);
    assert.throws(() => clipboardHtmlToMarkdown('x'.repeat(MAX_PASTE_HTML + 1)), PasteError);
  });

  it('gives nothing to paste for HTML without text', () => {
    assert.equal(pasteHtmlIntoDraft('<style>p{}</style><script>x</script><!-- c --><p>&nbsp;</p>', 'Draft\n', 6, 6, 0), undefined);
  });

  it('converts hostile HTML near the size limit in bounded time, or refuses it with a reason', () => {
    const size = MAX_PASTE_HTML - 100;
    const fill = (unit: string): string => unit.repeat(Math.floor(size / unit.length));
    const cases: [string, string][] = [
      ['unclosed tags', fill('<a b ')],
      ['unclosed quotes', fill('<a x="<a x=\'')],
      ['unclosed comments', fill('<!--')],
      ['conditionals', fill('<![if !supportLists]>x')],
      ['deep nesting', `${fill('<b>')}word`],
      ['space runs in a link', `<a href="https://e.org">${fill('<span> </span>')}x</a>`],
      ['bold runs', fill('<b>x</b>')],
      ['breaks', `<p>${fill('<br>')}x</p>`],
      ['table rows', `<table>${fill('<tr><td>x')}</table>`],
      ['table cells', `<table><tr>${fill('<td>x')}</table>`],
      ['entities', fill('&amp;&#x41;&unknown;')],
      ['footnote refs', fill('<a href="#_ftn1">1</a>')],
      ['list paragraphs', fill("<p style='mso-list:l0 level9'>x</p>")],
      // Just under the element limit: converted, not refused.
      ['bold runs under the limit', '<b>x</b> '.repeat(MAX_PASTE_ELEMENTS - 1)],
      ['nesting under the limit', `${'<i>'.repeat(MAX_PASTE_ELEMENTS - 1)}word`],
    ];
    for (const [name, html] of cases) {
      let out: ReturnType<typeof clipboardHtmlToMarkdown> | undefined;
      const ms = cpuMs(() => {
        try {
          out = clipboardHtmlToMarkdown(html);
        } catch (error) {
          assert.ok(error instanceof PasteError, `${name}: ${String(error)}`);
        }
      });
      // Generous: a loaded two-core machine; quadratic behaviour would take minutes.
      assert.ok(ms < 10_000, `${name}: ${Math.round(ms)} ms of CPU`);
      if (out !== undefined) assert.deepEqual(htmlLeft(out.text), [], name);
      if (name.endsWith('under the limit')) assert.ok(out !== undefined && out.text.includes(name.startsWith('bold') ? 'x' : 'word'), name);
    }
  });

  it('keeps every cell of an absurdly wide table, in at most 100 columns', () => {
    const md = clipboardHtmlToMarkdown(`<table><tr>${Array.from({ length: 150 }, (_, k) => `<td>c${k}</td>`).join('')}</tr><tr><td>z</td></tr></table>`);
    assert.equal(at(md.text.split('\n'), 0).split(' | ').length, 100);
    for (let k = 0; k < 150; k++) assert.ok(md.text.includes(`c${k}`), `c${k}`);
  });
});
