// The editor features over generated drafts: none throws, and every range they return lies
// inside the document with start <= end (the same generators as the engine's properties).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSubmission, type SubmissionModel } from '../../server/src/engine';
import { provideCompletion } from '../../server/src/lsp/features/completion';
import { provideDefinition } from '../../server/src/lsp/features/definition';
import { provideFoldingRanges } from '../../server/src/lsp/features/folding';
import { provideHover } from '../../server/src/lsp/features/hover';
import { provideDocumentLinks } from '../../server/src/lsp/features/links';
import { provideReferences } from '../../server/src/lsp/features/references';
import { providePrepareRename } from '../../server/src/lsp/features/rename';
import { provideDocumentSymbols } from '../../server/src/lsp/features/symbols';
import { provideWordCount } from '../../server/src/lsp/features/word-count';
import { draftArb, markdownNoiseArb } from '../fuzz/generators';
import { at } from '../../server/src/engine/text/at';

const seed = Number(process.env.FC_SEED ?? 20261123);
const numRuns = Number(process.env.FC_RUNS ?? 60);
const URI = 'file:///draft.wsis.md';

function assertRange(model: SubmissionModel, r: Range, what: string): void {
  const { lines } = model;
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} outside 0..${lines.lineCount - 1}`);
    const length = at(lines.lineEnds, p.line) - at(lines.lineStarts, p.line);
    assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} outside line ${p.line} (length ${length})`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

function walkSymbols(model: SubmissionModel, symbols: DocumentSymbol[]): void {
  for (const s of symbols) {
    assertRange(model, s.range, `symbol ${s.name}`);
    assertRange(model, s.selectionRange, `symbol ${s.name} selection`);
    walkSymbols(model, s.children ?? []);
  }
}

const input = fc.tuple(fc.oneof(draftArb, markdownNoiseArb), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }));

describe('editor features on generated drafts', () => {
  it('never throw and return ranges inside the document', () => {
    fc.assert(
      fc.property(input, ([text, picks]) => {
        const model = parseSubmission(text);
        walkSymbols(model, provideDocumentSymbols(model));
        for (const f of provideFoldingRanges(model)) assert.ok(f.startLine <= f.endLine && f.endLine < model.lines.lineCount, 'folding range');
        for (const l of provideDocumentLinks(model)) assertRange(model, l.range, 'link');
        // Positions: some random, some on footnote markers (where most features have work to do).
        const offsets = picks.map((p, i) => {
          const marker = model.footnotes.refs[p % Math.max(1, model.footnotes.refs.length)] ?? model.footnotes.defs[0];
          return i % 2 === 0 && marker !== undefined ? marker.labelSpan.start : p % (text.length + 1);
        });
        for (const offset of offsets) {
          const position = model.lines.positionAt(offset);
          const hover = provideHover(model, position);
          if (hover?.range !== undefined) assertRange(model, hover.range, 'hover');
          for (const loc of provideDefinition(model, URI, position) ?? []) assertRange(model, loc.range, 'definition');
          for (const loc of provideReferences(model, URI, position, true) ?? []) assertRange(model, loc.range, 'reference');
          const rename = providePrepareRename(model, position);
          if (rename !== null) assertRange(model, rename.range, 'prepareRename');
          for (const item of provideCompletion(model, position)) {
            const edit = item.textEdit;
            if (edit !== undefined && 'range' in edit) assertRange(model, edit.range, `completion ${item.label}`);
          }
          const count = provideWordCount(model, position, DEFAULT_SETTINGS);
          assert.ok(count.bodyWords >= 0);
        }
      }),
      { seed, numRuns },
    );
  });
});
