import type { Location, Position } from 'vscode-languageserver';
import { footnoteAt, type SubmissionModel } from '../../engine';

/**
 * Find all references: from a footnote reference or definition, every reference of its label
 * in document order, and its definition(s) too when `includeDeclaration`.
 */
export function provideReferences(model: SubmissionModel, uri: string, position: Position, includeDeclaration: boolean): Location[] | null {
  const marker = footnoteAt(model, model.lines.offsetAt(position));
  if (marker === undefined) return null;
  const spans = (model.footnotes.refsByLabel.get(marker.label) ?? []).map((r) => r.span);
  if (includeDeclaration) for (const d of model.footnotes.defs) if (d.label === marker.label) spans.push(d.span);
  spans.sort((a, b) => a.start - b.start);
  return spans.map((span) => ({ uri, range: model.lines.rangeOf(span) }));
}
