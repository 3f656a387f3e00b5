import type { Location, Position } from 'vscode-languageserver';
import { footnoteAt, type SubmissionModel } from '../../engine';

/**
 * Go to definition: from a footnote reference (or a definition) to the definition(s) of its
 * label: a label defined twice gives both, so the duplicate is easy to find.
 */
export function provideDefinition(model: SubmissionModel, uri: string, position: Position): Location[] | null {
  const marker = footnoteAt(model, model.lines.offsetAt(position));
  if (marker === undefined) return null;
  const defs = model.footnotes.defs.filter((d) => d.label === marker.label);
  if (defs.length === 0) return null;
  return defs.map((d) => ({ uri, range: model.lines.rangeOf(d.span) }));
}
