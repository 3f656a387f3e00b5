// The markdown-it plugin behind VS Code's Markdown preview of a draft
// (client/src/preview/markdown-it-wsis.ts), rendered with markdown-it as VS Code's preview
// renders: one parse with an empty env, then a render with an env that names the document.
// Each footnote notation; notes numbered as the Word export numbers them (checked against the
// export's own reading on every seed, fixture and example, in each layout); the cover, the
// disclaimer and the Parts; problems in the margin; other Markdown files untouched.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { draftPreview } from '../../client/src/preview/draft-source';
import { MAX_PREVIEW_CHARS, wsisMarkdownIt, type PreviewProblem } from '../../client/src/preview/markdown-it-wsis';
import { formatWordCount } from '../../client/src/word-count-format';
import { estimatePages, parseSubmission } from '../../server/src/engine';
import { COVER_WORDS, FOOTNOTE_WORDS, WORDS_PER_PAGE } from '../../server/src/engine/pages';
import { plainText } from '../../server/src/word/inline-markdown';
import { readDraft } from '../../server/src/word/read-draft';
import { pdfCopy, wordPaste } from '../layouts';
import { at } from '../../server/src/engine/text/at';

const root = join(import.meta.dirname, '..', '..');

/** VS Code's preview engine: html on, as `markdown.preview` renders. */
function render(source: string, opts: { draft?: boolean; problems?: PreviewProblem[] } = {}): string {
  const md = wsisMarkdownIt(new MarkdownIt({ html: true, linkify: true }), {
    isDraft: () => opts.draft ?? true,
    problems: () => opts.problems ?? [],
  });
  const tokens = md.parse(source, {});
  return md.renderer.render(tokens, md.options, { currentDocument: 'draft.wsis.md' });
}

/** The numbers shown in the text, and each note's text (without its back link), in order. */
function notesOf(html: string): { refs: string[]; notes: string[]; links: [string, string][] } {
  const refs = [...html.matchAll(/<sup class="footnote-ref"><a href="#(fn\d+)" id="(fnref\d+)">(\d+)<\/a><\/sup>/g)];
  const notes = [...html.matchAll(/<li id="(fn\d+)" class="footnote-item">([\s\S]*?)<\/li>/g)].map((m) => ({ id: at(m, 1), body: at(m, 2) }));
  return {
    refs: refs.map((m) => at(m, 3)),
    notes: notes.map((n) => n.body.replace(/ <a href="#fnref\d+" class="footnote-backref">[^<]*<\/a>/, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()),
    // Each reference links to its note, and the note's back link to the reference.
    links: refs.map((m, i) => [m[1] === notes[i]?.id ? 'to' : `to ${m[1]} but note ${i + 1} is ${notes[i]?.id}`, notes[i]?.body.includes(`href="#${m[2]}"`) ? 'back' : 'no back link']),
  };
}

const COVER = [
  '**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)**',
  '',
  '**Twenty-ninth session**',
  '**Geneva, 20 to 24 April 2026**',
  '',
  '**Submissions from entities in the United Nations system, international organizations and other stakeholders on their efforts in 2025 to implement the outcomes of the WSIS**',
  '',
  '**Submission by**',
  '',
  'Example Digital Foundation',
  '',
  "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views and position of the United Nations or the United Nations Conference on Trade and Development.",
  '',
].join('\n');

describe('footnotes, in each notation, numbered as the Word export numbers them', () => {
  test('Markdown [^n]: a numbered note at the end, linked both ways', () => {
    const html = render(`${COVER}\n## Part One: Summary\n\nWe trained operators.[^1]\n\n[^1]: Annual Report 2025.\n`);
    const n = notesOf(html);
    assert.deepEqual(n.refs, ['1']);
    assert.deepEqual(n.notes, ['Annual Report 2025.']);
    assert.deepEqual(n.links, [['to', 'back']]);
    assert.doesNotMatch(html, /\[\^1\]/);
  });

  test('<sup>n</sup> with its definition line', () => {
    const html = render(`${COVER}\n## Part One: Summary\n\nWe trained operators.<sup>1</sup>\n\n<sup>1</sup> Annual Report 2025.\n`);
    const n = notesOf(html);
    assert.deepEqual(n.refs, ['1']);
    assert.deepEqual(n.notes, ['Annual Report 2025.']);
    assert.deepEqual(n.links, [['to', 'back']]);
    assert.doesNotMatch(html, /<sup>1<\/sup>/);
  });

  test('Unicode superscripts, also numbers of two digits', () => {
    const defs = Array.from({ length: 12 }, (_, i) => `${String(i + 1).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt(Number(d)))} Source ${i + 1}.`).join('\n');
    const refs = Array.from({ length: 12 }, (_, i) => `Claim ${i + 1}.${String(i + 1).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt(Number(d)))}`).join(' ');
    const n = notesOf(render(`${COVER}\n## Part One: Summary\n\n${refs}\n\n${defs}\n`));
    assert.deepEqual(n.refs, Array.from({ length: 12 }, (_, i) => String(i + 1)));
    assert.deepEqual(n.notes, Array.from({ length: 12 }, (_, i) => `Source ${i + 1}.`));
    assert.ok(n.links.every(([to, back]) => to === 'to' && back === 'back'));
  });

  test('mixed notations and labels out of order are numbered by the order of the references', () => {
    const text = `${COVER}\n## Part One: Summary\n\nFirst.<sup>3</sup> Second.¹ Third.[^note]\n\n<sup>3</sup> Note three.\n¹ Note one.\n\n[^note]: The named note.\n`;
    const n = notesOf(render(text));
    assert.deepEqual(n.refs, ['1', '2', '3']);
    assert.deepEqual(n.notes, ['Note three.', 'Note one.', 'The named note.']);
  });

  test('a note referred to twice is written twice, as Word writes it; an undefined reference keeps its mark; an unused definition is left out', () => {
    const text = `${COVER}\n## Part One: Summary\n\nOne.[^1] Again.[^1] Missing.[^9]\n\n[^1]: The note.\n[^5]: Never used.\n`;
    const html = render(text);
    const n = notesOf(html);
    assert.deepEqual(n.refs, ['1', '2']);
    assert.deepEqual(n.notes, ['The note.', 'The note.']);
    assert.match(html, /Missing\.\[\^9\]/);
    assert.doesNotMatch(html, /Never used/);
  });

  test('ordinals, units and code are not footnotes', () => {
    const text = `${COVER}\n## Part One: Summary\n\nThe 23<sup>rd</sup> session, 5 km², and \`x<sup>2</sup>\`.\n`;
    const html = render(text);
    assert.equal(notesOf(html).refs.length, 0);
    assert.match(html, /23<sup>rd<\/sup>/);
    assert.match(html, /km²/);
    assert.doesNotMatch(html, /class="footnotes"/);
  });
});

describe('the cover block, the disclaimer and the Parts', () => {
  const body = '\n**Part One: An executive summary**\n\nSummary text.\n\nPART TWO\n\nOverview.\n\n#### Part Three: A brief description\n\n(a) Projects\n\nText.\n\n**(b) Future actions**\n\nMore.\n';

  test('the cover lines are centred and bold, each a line; the disclaimer is marked; Parts are h2 and (a)/(b) h3 whatever their style', () => {
    const html = render(COVER + body);
    assert.equal((html.match(/<p class="wsis-cover">/g) ?? []).length, 5);
    assert.match(html, /<p class="wsis-cover"><strong>Twenty-ninth session<\/strong><br>\n<strong>Geneva, 20 to 24 April 2026<\/strong><\/p>/);
    assert.match(html, /<p class="wsis-disclaimer">DISCLAIMER: The views/);
    assert.deepEqual([...html.matchAll(/<(h\d) class="wsis-part">(.*?)<\/\1>/g)].map((m) => `${m[1]} ${at(m, 2).replace(/<[^>]+>/g, '')}`), [
      'h2 Part One: An executive summary',
      'h2 PART TWO',
      'h2 Part Three: A brief description',
    ]);
    assert.deepEqual([...html.matchAll(/<(h\d) class="wsis-subsection">(.*?)<\/\1>/g)].map((m) => `${m[1]} ${at(m, 2).replace(/<[^>]+>/g, '')}`), ['h3 (a) Projects', 'h3 (b) Future actions']);
  });

  test('the page estimate leads the preview', () => {
    const html = render(COVER + body);
    const words = parseSubmission(COVER + body).bodyWords;
    assert.ok(html.startsWith(`<div class="wsis-pages" title="About `), html.slice(0, 100));
    assert.match(html, new RegExp(`>About 1 page in Word · ${words} words</div>`));
  });

  test('a Word paste is laid out first: its cover lines, disclaimer and Parts are blocks of their own', () => {
    const html = render(wordPaste(readFileSync(join(root, 'examples/submission-2026.wsis.md'), 'utf8')));
    assert.equal((html.match(/class="wsis-cover"/g) ?? []).length, 5);
    assert.equal((html.match(/<h2 class="wsis-part">/g) ?? []).length, 3);
    assert.match(html, /<p class="wsis-disclaimer">/);
    assert.deepEqual(notesOf(html).refs, ['1', '2', '3', '4']);
  });

  test('block lines stay where they are (the preview scrolls with the editor by line), definitions only emptied', () => {
    const text = `${COVER}\n## Part One: Summary\n\nText.<sup>1</sup>\n\n<sup>1</sup> A note\nover two lines.\n\n## Part Two: Overview\n\nMore.\n`;
    const preview = draftPreview(text);
    const lines = text.split('\n');
    const out = preview.source.split('\n');
    assert.equal(out.indexOf('## Part Two: Overview'), lines.indexOf('## Part Two: Overview'));
    assert.equal(out[lines.indexOf('<sup>1</sup> A note')], '');
    assert.equal(preview.roles.get(lines.indexOf('## Part Two: Overview'))?.kind, 'part');
  });
});

describe('problems in the margin (wsis.preview.showProblems)', () => {
  test('the block that holds a problem gets the mark of its worst severity and the messages as its title', () => {
    const text = `${COVER}\n## Part One: Summary\n\nFirst paragraph.\n\nSecond paragraph.\n`;
    const line = text.split('\n').indexOf('Second paragraph.');
    const html = render(text, {
      problems: [
        { line, severity: 'warning', message: 'A warning.' },
        { line, severity: 'error', message: 'An error & more.' },
      ],
    });
    assert.match(html, /<p class="wsis-problem wsis-problem-error" title="An error &amp; more.\nA warning.">Second paragraph.<\/p>/);
    assert.match(html, /<p>First paragraph.<\/p>/);
  });
});

describe('other Markdown files render as before', () => {
  test('no footnotes, classes or page estimate when the document is not a draft', () => {
    const text = '# Notes\n\nA claim.[^1] And <sup>2</sup>.\n\n[^1]: Not a footnote here.\n';
    const plain = new MarkdownIt({ html: true, linkify: true });
    assert.equal(render(text, { draft: false }), plain.render(text));
  });

  test('a draft beyond the size bound previews as plain Markdown', () => {
    const big = `${COVER}\nText.[^1]\n\n[^1]: Note.\n${'Filler words here. '.repeat(110_000)}\n`;
    assert.ok(big.length > MAX_PREVIEW_CHARS);
    const html = render(big);
    assert.doesNotMatch(html.slice(0, 2000), /wsis-pages|wsis-cover/);
  });

  test('after a draft, the same instance renders a plain file as before (the footnote rules are off again)', () => {
    const md = wsisMarkdownIt(new MarkdownIt({ html: true }), { isDraft: (_env, src) => src.includes('CSTD') });
    const plain = new MarkdownIt({ html: true });
    const other = 'Text.[^1]\n\n[^1]: Note.\n';
    md.renderer.render(md.parse(`${COVER}\nText.[^1]\n\n[^1]: Note.\n`, {}), md.options, {});
    assert.equal(md.renderer.render(md.parse(other, {}), md.options, {}), plain.render(other));
  });
});

describe('the seeds, fixtures and examples, in each layout', () => {
  const files: [string, string][] = [];
  for (const dir of ['examples', 'test/fixtures/seeds', 'test/fixtures']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.md'))) files.push([`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')]);
  }
  try {
    for (const f of readdirSync('/work/shared/seeds').filter((x) => x.endsWith('.md'))) files.push([`shared/seeds/${f}`, readFileSync(join('/work/shared/seeds', f), 'utf8')]);
  } catch {
    // /work/shared is there on the project's machines only; test/fixtures/seeds holds copies of the seeds.
  }
  assert.ok(files.length >= 10);
  // The inputs have notes to number: the check below is not an empty one.
  assert.ok(files.filter(([, text]) => readDraft(text).footnotes.length >= 4).length >= 5);

  for (const [name, text] of files) {
    test(`${name}: every note the Word export writes, with its number and text; each Part a heading`, () => {
      const exported = readDraft(text).footnotes.map((inlines) => plainText(inlines).replace(/\s+/g, ' ').trim());
      for (const [layout, source] of [['Markdown', text], ['Word paste', wordPaste(text)], ['PDF copy', pdfCopy(text, { width: 72 })]] as const) {
        const html = render(source);
        const n = notesOf(html);
        const expected = layout === 'Markdown' ? exported : readDraft(source).footnotes.map((inlines) => plainText(inlines).replace(/\s+/g, ' ').trim());
        assert.deepEqual(n.refs, expected.map((_, i) => String(i + 1)), `${layout}: the numbers`);
        assert.deepEqual(n.notes.map((t) => t.replace(/\s+/g, ' ')), expected, `${layout}: the notes' texts`);
        assert.ok(n.links.every(([to, back]) => to === 'to' && back === 'back'), `${layout}: links both ways`);
        const parts = draftPreview(source);
        const model = parseSubmission(parts.source);
        assert.equal((html.match(/<h2 class="wsis-part">/g) ?? []).length, model.partHeadings.length, `${layout}: the Parts`);
      }
    });
  }
});

describe('pages and the status bar', () => {
  test('the measured constants: 450 words a page, the cover 100, a footnote 20', () => {
    assert.deepEqual([WORDS_PER_PAGE, COVER_WORDS, FOOTNOTE_WORDS], [450, 100, 20]);
    assert.equal(estimatePages(0, 0).pages, 1);
    assert.equal(estimatePages(388, 4).pages, 2); // the 2026 example: 2 pages in LibreOffice
    assert.equal(estimatePages(2310, 9).pages, 6); // the ISOC submission seed: 6 pages
    assert.equal(estimatePages(1501, 0).pages, 4); // the WGEC contribution: 4 pages
  });

  test('the status bar shows the pages beside the words, and says how they are counted', () => {
    const d = formatWordCount({ checked: true, partName: 'Part One', partWords: 245, partLimit: 300, bodyWords: 1830, bodyLimit: 2400, pages: 5, pagesExact: 4.6, footnotes: 12 });
    assert.equal(d.text, 'Part One 245/300 · Body 1,830/2,400 words · ~5 pages');
    assert.match(d.tooltip, /About 4\.6 pages as the Word export lays the draft out: 1,830 words in the body and 12 footnotes/);
    assert.equal(formatWordCount({ checked: true, bodyWords: 10, bodyLimit: 2400, pages: 1, pagesExact: 0.3, footnotes: 0 }).text, 'Body 10/2,400 words · ~1 page');
  });
});
