import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { at, type SubmissionModel } from '../../engine';

/**
 * Folding: the cover block, each Part (and Part Three's (a) and (b)), each run of footnote
 * definitions, fenced code and multi-line comments. Ranges are whole lines; single-line ones
 * are left out (nothing to fold).
 */
export function provideFoldingRanges(model: SubmissionModel): FoldingRange[] {
  const { lines, text } = model;
  const out: FoldingRange[] = [];
  const add = (startOffset: number, endOffset: number, kind?: FoldingRangeKind): void => {
    const startLine = lines.lineAt(startOffset);
    let end = endOffset;
    while (end > startOffset && /\s/.test(text.charAt(end - 1))) end--;
    const endLine = lines.lineAt(end);
    if (endLine <= startLine) return;
    const range: FoldingRange = { startLine, endLine };
    if (kind !== undefined) range.kind = kind;
    out.push(range);
  };

  const { cover } = model;
  const coverBlocks = [cover.commission, cover.session, cover.title, cover.submitter, cover.input, cover.wgec]
    .filter((e) => e !== undefined)
    .map((e) => e.blockIndex);
  if (coverBlocks.length > 0 && cover.lastBlock >= 0) {
    // The cover's elements and lastBlock are indexes into model.blocks.
    const first = at(model.blocks, Math.min(...coverBlocks));
    const last = at(model.blocks, Math.max(cover.lastBlock, ...coverBlocks));
    add(first.span.start, last.span.end, FoldingRangeKind.Region);
  }

  for (const part of model.parts) {
    add(part.span.start, part.span.end);
    part.subsections.forEach((sub, k) => {
      const next = part.subsections[k + 1];
      add(sub.span.start, next !== undefined ? next.span.start : part.span.end);
    });
  }

  // Runs of footnote definitions: definitions with only white space (or a rule) between them.
  const { defs } = model.footnotes;
  let runStart = -1;
  let runEnd = -1;
  for (const def of defs) {
    const end = Math.max(def.span.end, def.textSpan.end);
    if (runStart >= 0 && /^[\s\-*_]*$/.test(text.slice(runEnd, def.span.start))) {
      runEnd = end;
      continue;
    }
    if (runStart >= 0) add(runStart, runEnd);
    runStart = at(lines.lineStarts, lines.lineAt(def.span.start));
    runEnd = end;
  }
  if (runStart >= 0) add(runStart, runEnd);

  for (const block of model.blocks) if (block.kind === 'fence') add(block.span.start, block.span.end);
  for (const comment of model.comments) add(comment.span.start, comment.span.end, FoldingRangeKind.Comment);

  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}
