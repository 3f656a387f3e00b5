// The engine's model entry, not its index: the preview bundle needs the model, not the rules.
import {
  definitionEnd,
  estimateModelPages,
  exportedFootnotes,
  parseSubmission,
  relayoutEdits,
  type ExportedNote,
  type PageEstimate,
  type Span,
  type SubmissionModel,
} from '../../../server/src/engine/model-api';

/**
 * A draft made ready for the Markdown preview (no VS Code API here: unit-tested in Node). The
 * engine's model says what is what, as for the Word export:
 * - text pasted from Word or copied from a PDF is laid out as Markdown first (pasted-layout's
 *   fix), so the cover lines, the disclaimer and the Parts are blocks of their own;
 * - every footnote reference that the export turns into a Word footnote, in any notation
 *   (`[^n]`, `<sup>n</sup>`, `ⁿ`), becomes a Markdown footnote `[^wsis-N]` numbered N as Word
 *   numbers it, with its definition `[^wsis-N]: text` at the end (markdown-it-footnote renders
 *   them); the definitions leave the text, their lines left empty so every other line keeps its
 *   number (the preview scrolls with the editor by line numbers);
 * - the roles of the blocks, by their first line: cover, input paragraph, disclaimer, Part
 *   heading, (a)/(b) subsection.
 */
export type BlockRole = { kind: 'cover' } | { kind: 'input' } | { kind: 'disclaimer' } | { kind: 'part'; part: number } | { kind: 'subsection'; letter: 'a' | 'b' };

export interface DraftPreview {
  /** The Markdown the preview renders. */
  source: string;
  /** Roles of the blocks that start on a line of `source` (0-based). */
  roles: Map<number, BlockRole>;
  /** The footnotes as the Word export numbers them. */
  notes: number;
  bodyWords: number;
  pages: PageEstimate;
  /** The text was laid out as Markdown first (its lines moved). */
  relaidOut: boolean;
}

/** The label our footnotes take in the rewritten source; `wsis-` keeps them apart from a draft's own labels. */
export const NOTE_LABEL_PREFIX = 'wsis-';

export function draftPreview(text: string): DraftPreview {
  let model = parseSubmission(text);
  const relayout = relayoutEdits(model);
  if (relayout.length > 0) {
    model = parseSubmission(splice(text, relayout.map((e) => ({ span: e.span, text: e.newText }))));
  }
  const notes = exportedFootnotes(model);
  return {
    source: rewriteFootnotes(model, notes),
    roles: blockRoles(model),
    notes: notes.length,
    bodyWords: model.bodyWords,
    pages: estimateModelPages(model),
    relaidOut: relayout.length > 0,
  };
}

interface Edit {
  span: Span;
  text: string;
}

/** Applies edits that do not overlap, in one pass. */
function splice(text: string, edits: readonly Edit[]): string {
  const out: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.start < at) continue;
    out.push(text.slice(at, e.span.start), e.text);
    at = e.span.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Only the line breaks of `s`: what a definition leaves behind, so later lines keep their numbers. */
function lineBreaks(s: string): string {
  return s.replace(/[^\r\n]+/g, '');
}

function rewriteFootnotes(model: SubmissionModel, notes: readonly ExportedNote[]): string {
  const { text } = model;
  const edits: Edit[] = notes.map((n) => ({ span: n.ref.span, text: `[^${NOTE_LABEL_PREFIX}${n.number}]` }));
  for (const def of model.footnotes.defs) {
    const span = { start: def.span.start, end: definitionEnd(def) };
    edits.push({ span, text: lineBreaks(text.slice(span.start, span.end)) });
  }
  if (notes.length === 0 && model.footnotes.defs.length === 0) return text;
  const comments = model.comments.map((c) => c.span);
  const definitions = notes.map((n) => `[^${NOTE_LABEL_PREFIX}${n.number}]: ${noteText(text, n.def.textSpan, comments)}`);
  const body = splice(text, edits).replace(/\s+$/, '');
  return definitions.length === 0 ? `${body}\n` : `${body}\n\n${definitions.join('\n\n')}\n`;
}

/** A definition's text on one line, comments left out (as the export reads it). */
function noteText(text: string, span: Span, comments: readonly Span[]): string {
  const inside = comments.filter((c) => c.start >= span.start && c.end <= span.end).map((c) => ({ span: { start: c.start - span.start, end: c.end - span.start }, text: '' }));
  return splice(text.slice(span.start, span.end), inside).replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function blockRoles(model: SubmissionModel): Map<number, BlockRole> {
  const roles = new Map<number, BlockRole>();
  const { cover, blocks } = model;
  const lineOf = (blockIndex: number): number | undefined => blocks[blockIndex]?.startLine;
  const set = (blockIndex: number | undefined, role: BlockRole): void => {
    const line = blockIndex === undefined ? undefined : lineOf(blockIndex);
    if (line !== undefined && !roles.has(line)) roles.set(line, role);
  };
  for (const h of model.partHeadings) set(h.blockIndex, { kind: 'part', part: h.part });
  for (const p of model.parts) for (const s of p.subsections) set(s.blockIndex, { kind: 'subsection', letter: s.letter });
  if (cover.disclaimer !== undefined) set(cover.disclaimer.blockIndex, { kind: 'disclaimer' });
  if (cover.input !== undefined) set(cover.input.blockIndex, { kind: 'input' });
  const coverBlocks = [cover.commission?.blockIndex, cover.wgec?.blockIndex, cover.session?.blockIndex, cover.title?.blockIndex, cover.submitter?.blockIndex];
  if (cover.dates !== undefined) coverBlocks.push(model.blockIndexAt(cover.dates.span.start));
  if (cover.submitter?.entity !== undefined) coverBlocks.push(model.blockIndexAt(cover.submitter.entity.span.start));
  for (const i of coverBlocks) set(i, { kind: 'cover' });
  return roles;
}
