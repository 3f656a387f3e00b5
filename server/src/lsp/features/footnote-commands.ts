import type { WorkspaceEdit } from 'vscode-languageserver';
import { convertFootnoteEdits, renumberFootnoteEdits, type SubmissionModel } from '../../engine';
import type { FootnoteNotationName } from '../../protocol';
import { toTextEdits, workspaceEdit, type EditTarget } from './edits';

export const NOTATIONS: readonly FootnoteNotationName[] = ['markdown', 'html', 'unicode'];

/** "Renumber footnotes": 1, 2, 3 ... in order of first reference; null when they already are. */
export function provideRenumberFootnotes(model: SubmissionModel, target: EditTarget): WorkspaceEdit | null {
  const edits = renumberFootnoteEdits(model);
  return edits.length === 0 ? null : workspaceEdit(target, toTextEdits(model, edits));
}

/** "Convert footnotes to ...": every reference and definition in `notation`; null when nothing changes. */
export function provideConvertFootnotes(model: SubmissionModel, target: EditTarget, notation: FootnoteNotationName): WorkspaceEdit | null {
  const edits = convertFootnoteEdits(model, notation);
  return edits.length === 0 ? null : workspaceEdit(target, toTextEdits(model, edits));
}
