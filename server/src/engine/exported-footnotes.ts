import type { FootnoteDef, FootnoteRef } from './model/footnotes';
import type { SubmissionModel } from './model/submission';

/** A footnote as the Word export writes it: the reference in the text and the definition it takes its text from. */
export interface ExportedNote {
  /** 1, 2, 3 ... as Word numbers the export's footnotes. */
  number: number;
  ref: FootnoteRef;
  def: FootnoteDef;
}

/**
 * The footnotes the Word export writes (word/read-draft.ts), in its order: one per reference that
 * has a definition, in the order of the references, whatever their notation (a note referred to
 * twice is written twice, as Word cannot refer to one footnote from two places); a reference
 * inside a definition's text is not one (the definition leaves the text). References without a
 * definition keep their mark and get no number; definitions that no reference uses are left out.
 */
export function exportedFootnotes(model: SubmissionModel): ExportedNote[] {
  const { refs, defs, defByLabel } = model.footnotes;
  const out: ExportedNote[] = [];
  // Definitions are in document order and do not overlap: walk them beside the references.
  let d = 0;
  for (const ref of refs) {
    const at = ref.span.start;
    let next = defs[d];
    while (next !== undefined && definitionEnd(next) <= at) next = defs[++d];
    if (next !== undefined && next.span.start <= at) continue;
    const def = defByLabel.get(ref.label);
    if (def !== undefined) out.push({ number: out.length + 1, ref, def });
  }
  return out;
}

export function definitionEnd(def: FootnoteDef): number {
  return Math.max(def.span.end, def.textSpan.end);
}
