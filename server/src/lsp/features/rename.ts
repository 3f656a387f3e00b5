import { ErrorCodes, ResponseError, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { canWriteLabel, footnoteAt, isValidFootnoteLabel, renameFootnoteEdits, superscriptToDigits, type SubmissionModel } from '../../engine';
import { toTextEdits, workspaceEdit, type EditTarget } from './edits';

const NOTATION_NAMES = { html: 'an HTML superscript (<sup>…</sup>)', unicode: 'a Unicode superscript', bare: 'a bare number', markdown: 'a Markdown footnote' } as const;

/** Rename is offered on a footnote reference or definition: the label is what changes. */
export function providePrepareRename(model: SubmissionModel, position: Position): { range: Range; placeholder: string } | null {
  const marker = footnoteAt(model, model.lines.offsetAt(position));
  if (marker === undefined) return null;
  return { range: model.lines.rangeOf(marker.labelSpan), placeholder: marker.label };
}

/** What the user typed, as a label: `[^4]`, `<sup>4</sup>` and `⁴` all mean `4`. */
export function normalizeLabel(raw: string): string {
  let s = raw.trim();
  const md = /^\[\^([^\]]*)\]:?$/.exec(s)?.[1];
  if (md !== undefined) s = md;
  const sup = /^<sup>\s*(\d+)\s*<\/sup>$/i.exec(s)?.[1];
  if (sup !== undefined) s = sup;
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(s)) s = superscriptToDigits(s);
  return s;
}

function renameError(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

/**
 * Renames a footnote's label in every reference and definition. HTML and Unicode superscripts
 * (and bare-number definitions) hold digits only, so a footnote written in one of them can only
 * be renamed to a number; a label already used by another footnote is refused too. Errors are
 * ResponseErrors whose message the editor shows as is.
 */
export function provideRename(model: SubmissionModel, target: EditTarget, position: Position, newName: string): WorkspaceEdit {
  const marker = footnoteAt(model, model.lines.offsetAt(position));
  if (marker === undefined) throw renameError('Only footnotes can be renamed here: put the cursor on a footnote reference or definition.');
  const { label } = marker;
  let name = normalizeLabel(newName);
  if (name.length === 0) throw renameError('A footnote label cannot be empty.');
  if (!isValidFootnoteLabel(name)) throw renameError(`'${newName}' cannot be a footnote label: use no spaces or square brackets (at most 100 characters).`);

  const markers = [...(model.footnotes.refsByLabel.get(label) ?? []), ...model.footnotes.defs.filter((d) => d.label === label)];
  const digitsOnly = markers.find((m) => m.notation !== 'markdown');
  if (digitsOnly !== undefined) {
    if (!/^\d+$/.test(name)) {
      throw renameError(
        `Footnote ${label} is written as ${NOTATION_NAMES[digitsOnly.notation]}, which holds a number only: rename it to a number, or convert the footnotes to Markdown first ("WSIS: Convert footnotes to one notation...").`,
      );
    }
    name = String(Number(name));
    const tooLong = markers.find((m) => !canWriteLabel(name, m.notation));
    if (tooLong !== undefined) throw renameError(`${name} is too long a number for ${NOTATION_NAMES[tooLong.notation]}.`);
  }
  if (name === label) return workspaceEdit(target, []);
  if (model.footnotes.defByLabel.has(name) || model.footnotes.refsByLabel.has(name)) {
    throw renameError(`Footnote ${name} already exists: renaming footnote ${label} to it would merge two notes. Choose another label.`);
  }
  return workspaceEdit(target, toTextEdits(model, renameFootnoteEdits(model, label, name)));
}
