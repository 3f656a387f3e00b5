import type { TextEdit } from 'vscode-languageserver';
import { formatEdits, type SubmissionModel } from '../../engine';

/** Format Document: the draft's layout made tidy Markdown, never a word changed (engine/format.ts). */
export function provideFormatting(model: SubmissionModel): TextEdit[] {
  return formatEdits(model).map((e) => ({ range: model.lines.rangeOf(e.span), newText: e.newText }));
}
