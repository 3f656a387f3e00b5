import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { parseSubmission } from '../../../server/src/engine';
import { MAX_FOOTNOTE_SYMBOLS, provideDocumentSymbols } from '../../../server/src/lsp/features/symbols';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'clean-submission.wsis.md'), 'utf8');

/** `name [startLine-endLine] (selection line:char-char) detail`, indented by depth. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => {
    const sel = s.selectionRange;
    const line = `${'  '.repeat(depth)}${s.name} [${s.range.start.line}-${s.range.end.line}] (${sel.start.line}:${sel.start.character}-${sel.end.character})${s.detail !== undefined ? ` ${s.detail}` : ''}`;
    return [line, ...outline(s.children ?? [], depth + 1)];
  });
}

function contained(symbols: DocumentSymbol[]): void {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  for (const s of symbols) {
    assert.ok(le(s.range.start, s.selectionRange.start) && le(s.selectionRange.end, s.range.end), `${s.name}: selection inside range`);
    for (const c of s.children ?? []) assert.ok(le(s.range.start, c.range.start) && le(c.range.end, s.range.end), `${c.name} inside ${s.name}`);
    contained(s.children ?? []);
  }
}

describe('provideDocumentSymbols', () => {
  it('outlines the clean submission: cover elements, disclaimer, Parts, (a) and (b), footnotes', () => {
    const symbols = provideDocumentSymbols(parseSubmission(CLEAN));
    assert.deepEqual(outline(symbols), [
      'Cover [0-11] (0:0-63)',
      '  Commission [0-0] (0:2-54) COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)',
      '  Session [2-3] (2:2-14) 29th session, 20 to 24 April 2026',
      '  Title [5-5] (5:0-173) efforts in 2025',
      '  Submission by [7-9] (7:2-15) Example Digital Foundation',
      '  Input paragraph [11-11] (11:0-565) to the 29th session',
      'Disclaimer [13-13] (13:0-193) DISCLAIMER: The views presented here ...',
      'Part One [15-17] (15:0-33) An executive summary',
      'Part Two [19-21] (19:0-40) A brief analytical overview',
      'Part Three [23-31] (23:0-34) A brief description',
      '  (a) [25-27] (25:0-52) Innovative policies, programmes and projects',
      '  (b) [29-31] (29:0-37) Future actions or initiatives',
      'Footnotes [33-34] (33:0-5) 2 definitions',
      '  Footnote 1 [33-33] (33:2-3) Example Digital Foundation (2025), Annual Report. Available at: <https://exam...',
      '  Footnote 2 [34-34] (34:2-3) ITU (2025), Measuring digital development. Available at: <https://www.itu.int/>',
    ]);
    assert.deepEqual(
      symbols.map((s) => s.kind),
      [SymbolKind.Module, SymbolKind.Constant, SymbolKind.Namespace, SymbolKind.Namespace, SymbolKind.Namespace, SymbolKind.Array],
    );
    contained(symbols);
  });

  it('nests other headings by level under the Part or subsection they fall in', () => {
    const partTwoBody = 'Connectivity grew fastest where regulators licensed small operators.';
    const text = CLEAN.replace('## Part One', '# Introduction\n\nWhy we write.\n\n## Part One')
      .replace(/Connectivity grew[^\n]*\n/, `${partTwoBody}\n\n### Regional trends\n\nAfrica first.\n\n#### Africa\n\nMore.\n\n### Global trends\n\nGaps remain.\n`)
      .replace('### (a)', '### Background\n\nContext.\n\n### (a)')
      .replace('The foundation ran', '#### Pilot\n\nThe foundation ran');
    const symbols = provideDocumentSymbols(parseSubmission(text));
    assert.deepEqual(outline(symbols).slice(6), [
      'Disclaimer [13-13] (13:0-193) DISCLAIMER: The views presented here ...',
      'Introduction [15-17] (15:0-14)',
      'Part One [19-21] (19:0-33) An executive summary',
      'Part Two [23-37] (23:0-40) A brief analytical overview',
      '  Regional trends [27-33] (27:0-19)',
      '    Africa [31-33] (31:0-11)',
      '  Global trends [35-37] (35:0-17)',
      'Part Three [39-53] (39:0-34) A brief description',
      '  Background [41-43] (41:0-14)',
      '  (a) [45-49] (45:0-52) Innovative policies, programmes and projects',
      '    Pilot [47-49] (47:0-10)',
      '  (b) [51-53] (51:0-37) Future actions or initiatives',
      'Footnotes [55-56] (55:0-5) 2 definitions',
      '  Footnote 1 [55-55] (55:2-3) Example Digital Foundation (2025), Annual Report. Available at: <https://exam...',
      '  Footnote 2 [56-56] (56:2-3) ITU (2025), Measuring digital development. Available at: <https://www.itu.int/>',
    ]);
    contained(symbols.filter((s) => s.name !== 'Footnotes'));
  });

  it('outlines a draft without cover or Parts by its headings alone, and an empty one as nothing', () => {
    const symbols = provideDocumentSymbols(parseSubmission('# Letter\n\nDear Sir,\n\n## Annex\n\nText.\n'));
    assert.deepEqual(outline(symbols), ['Letter [0-6] (0:0-8)', '  Annex [4-6] (4:0-8)']);
    assert.deepEqual(provideDocumentSymbols(parseSubmission('')), []);
  });

  it('names footnotes in every notation by label, with the Unicode label as digits', () => {
    const text = `${CLEAN.split('## Part Two')[0]}Text<sup>1</sup> and more².\n\n<sup>1</sup> First source.\n² Second source.\n`;
    const footnotes = provideDocumentSymbols(parseSubmission(text)).find((s) => s.name === 'Footnotes') as DocumentSymbol;
    assert.deepEqual(
      footnotes.children?.map((c) => [c.name, c.detail, c.selectionRange.start.character, c.selectionRange.end.character]),
      [
        ['Footnote 1', 'First source.', 5, 6],
        ['Footnote 2', 'Second source.', 0, 1],
      ],
    );
  });

  it(`lists at most ${MAX_FOOTNOTE_SYMBOLS} footnote definitions, and says how many there are`, () => {
    const n = MAX_FOOTNOTE_SYMBOLS + 200;
    const refs = Array.from({ length: n }, (_, i) => `w[^${i + 1}]`).join(' ');
    const defs = Array.from({ length: n }, (_, i) => `[^${i + 1}]: Source ${i + 1}.`).join('\n');
    const footnotes = provideDocumentSymbols(parseSubmission(`${refs}.\n\n${defs}\n`)).find((s) => s.name === 'Footnotes') as DocumentSymbol;
    assert.equal(footnotes.children?.length, MAX_FOOTNOTE_SYMBOLS);
    assert.equal(footnotes.detail, `${n} definitions (the first ${MAX_FOOTNOTE_SYMBOLS} listed)`);
    assert.equal(footnotes.children?.[0]?.name, 'Footnote 1');
    // The group still spans every definition.
    assert.equal(footnotes.range.end.line, n + 1);
  });
});
