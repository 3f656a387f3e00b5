import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CompletionItemKind, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSubmission } from '../../../server/src/engine';
import { provideCompletion } from '../../../server/src/lsp/features/completion';
import { at } from '../../../server/src/engine/text/at';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');

/** Completion where `|` stands in `marked` (the bar is removed first). */
function complete(marked: string): { items: CompletionItem[]; text: string } {
  const at = marked.indexOf('|');
  assert.ok(at >= 0);
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const position = TextDocument.create('u', 'wsis', 1, text).positionAt(at);
  return { items: provideCompletion(parseSubmission(text), position), text };
}

/** The text after accepting `item` (its edit and its additional edits). */
function accept(text: string, item: CompletionItem): string {
  return TextDocument.applyEdits(TextDocument.create('u', 'wsis', 1, text), [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])]);
}

describe('provideCompletion: action lines', () => {
  it('offers C1 to C11 with their names when a word starts with C', () => {
    const { items, text } = complete('We report under C|\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'],
    );
    assert.deepEqual(items[3], {
      label: 'C4',
      kind: CompletionItemKind.EnumMember,
      detail: 'Capacity building',
      documentation: { kind: 'markdown', value: 'WSIS action line **C4** (Geneva Plan of Action): Capacity building.' },
      filterText: 'C4',
      sortText: 'C04',
      textEdit: { range: { start: { line: 0, character: 16 }, end: { line: 0, character: 17 } }, newText: 'C4' },
    });
    assert.equal(accept(text, at(items, 10)), 'We report under C11\n');
  });

  it('offers them after "action line", replacing a code half typed', () => {
    const { items, text } = complete('Under action line |');
    assert.equal(items.length, 11);
    assert.deepEqual(at(items, 0).textEdit, { range: { start: { line: 0, character: 18 }, end: { line: 0, character: 18 } }, newText: 'C1' });
    assert.equal(accept(text, at(items, 6)), 'Under action line C7');
    const typed = complete('Under action lines: 1|');
    assert.deepEqual(at(typed.items, 0).textEdit, { range: { start: { line: 0, character: 20 }, end: { line: 0, character: 21 } }, newText: 'C1' });
    assert.equal(at(typed.items, 0).filterText, '1');
  });

  it('offers nothing inside a word or inside code', () => {
    assert.deepEqual(complete('The ABC|').items, []);
    assert.deepEqual(complete('The Co|').items, []);
    assert.deepEqual(complete('Run `C|` here').items, []);
  });
});

describe('provideCompletion: footnotes', () => {
  it('offers the next Markdown footnote after `[^`, appending its definition after the last one', () => {
    const { items, text } = complete(CLEAN.replace('its results.', 'its results[^|].'));
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['[^3]', 'New footnote 3'],
        ['[^1]', 'Footnote 1'],
        ['[^2]', 'Footnote 2'],
      ],
    );
    // The auto-closed `]` after the cursor is replaced too.
    const after = accept(text, at(items, 0));
    assert.equal(after, `${CLEAN.replace('its results.', 'its results[^3].')}[^3]: `);
    assert.equal(accept(text, at(items, 2)), CLEAN.replace('its results.', 'its results[^2].'));
  });

  it("writes the new footnote in the draft's notation: HTML after `<sup>`, Unicode after `^`", () => {
    const html = complete('Text<sup>1</sup> and more<sup>|\n\n<sup>1</sup> First.');
    assert.equal(at(html.items, 0).label, '<sup>2</sup>');
    assert.equal(accept(html.text, at(html.items, 0)), 'Text<sup>1</sup> and more<sup>2</sup>\n\n<sup>1</sup> First.\n<sup>2</sup> ');
    const unicode = complete('Text¹ and more^|.\n\n¹ First.\n');
    assert.deepEqual(
      unicode.items.map((i) => i.label),
      ['²', '¹'],
    );
    assert.equal(accept(unicode.text, at(unicode.items, 0)), 'Text¹ and more².\n\n¹ First.\n² ');
  });

  it('starts at 1 in a draft without footnotes, as a Markdown footnote in a block of its own', () => {
    const { items, text } = complete('Hello^|');
    assert.deepEqual(
      items.map((i) => i.label),
      ['[^1]'],
    );
    assert.equal(accept(text, at(items, 0)), 'Hello[^1]\n\n[^1]: ');
  });
});

describe('provideCompletion: Part headings', () => {
  const partTwo = CLEAN.slice(CLEAN.indexOf('## Part Two'), CLEAN.indexOf('## Part Three'));
  const withoutTwo = CLEAN.replace(partTwo, '|\n\n');

  it('offers a missing Part where it belongs, at the start of a line', () => {
    const { items, text } = complete(withoutTwo);
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.detail]),
      [['## Part Two: A brief analytical overview', CompletionItemKind.Module, 'Missing Part heading']],
    );
    assert.equal(accept(text, at(items, 0)), CLEAN.replace(partTwo, '## Part Two: A brief analytical overview\n\n'));
    const typed = complete(CLEAN.replace(partTwo, '## Pa|\n\n'));
    assert.deepEqual(at(typed.items, 0).textEdit, { range: { start: { line: 19, character: 0 }, end: { line: 19, character: 5 } }, newText: '## Part Two: A brief analytical overview' });
  });

  it('offers no Part out of order, none on a line with text after the cursor, and all three in order in a draft without Parts', () => {
    assert.deepEqual(complete(CLEAN.replace(partTwo, '').replace('## Part One', '|\n\n## Part One')).items, []);
    assert.deepEqual(complete(CLEAN.replace(partTwo, '|Some text\n\n')).items, []);
    assert.deepEqual(
      complete('# Our report\n\n|\n').items.map((i) => i.label),
      ['## Part One: An executive summary', '## Part Two: A brief analytical overview', '## Part Three: A brief description'],
    );
  });
});
