import type { OptionalVersionedTextDocumentIdentifier, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { SpanEdit, SubmissionModel } from '../../engine';

/**
 * How features hand edits back. Every WorkspaceEdit the server produces names the document
 * version it was computed for (`documentChanges`), so an editor that has moved on refuses it
 * instead of applying it at the wrong place. Clients without `documentChanges` get `changes`.
 */
export interface EditTarget {
  uri: string;
  /** The version the edits were computed against (null for a file that is not open). */
  version: number | null;
  /** Whether the client accepts `documentChanges` (workspace.workspaceEdit.documentChanges). */
  documentChanges?: boolean;
}

export function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit {
  if (target.documentChanges === false) return { changes: { [target.uri]: edits } };
  const textDocument: OptionalVersionedTextDocumentIdentifier = { uri: target.uri, version: target.version };
  return { documentChanges: [{ textDocument, edits }] };
}

/** Engine span edits (offsets into model.text) as LSP text edits. */
export function toTextEdits(model: SubmissionModel, edits: readonly SpanEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: model.lines.rangeOf(e.span), newText: e.newText }));
}

/**
 * The smallest single edit that turns `model.text` into `newText`: the common prefix and suffix
 * are kept, so the editor keeps the cursor, folding and undo history around the changes.
 */
export function minimalEdit(model: SubmissionModel, newText: string): TextEdit | undefined {
  const old = model.text;
  if (old === newText) return undefined;
  let start = 0;
  const max = Math.min(old.length, newText.length);
  while (start < max && old.charCodeAt(start) === newText.charCodeAt(start)) start++;
  // Never split a surrogate pair or a \r\n.
  if (start > 0 && (isHighSurrogate(old.charCodeAt(start - 1)) || (old[start - 1] === '\r' && old[start] === '\n'))) start--;
  let oldEnd = old.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  if (oldEnd < old.length && (isLowSurrogate(old.charCodeAt(oldEnd)) || (old[oldEnd] === '\n' && old[oldEnd - 1] === '\r'))) {
    oldEnd++;
    newEnd++;
  }
  return { range: model.lines.rangeOf({ start, end: oldEnd }), newText: newText.slice(start, newEnd) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

