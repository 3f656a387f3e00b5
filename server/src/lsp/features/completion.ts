import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import { ACTION_LINES, canonicalPartHeading, at, datedSnippets, eolOf, footnoteMarkerText, highestFootnoteNumber, mainFootnoteNotation, PART_DESCRIPTIONS, type PartNumber, type SubmissionModel } from '../../engine';

/** Characters that open a completion without a word: `[^` and `^` (footnotes), `<sup>`. */
export const COMPLETION_TRIGGERS = ['^', '>'];

const FOOTNOTE_PREFIX = /(\[\^|<sup>|\^)(\d*)$/i;
const ACTION_CODE = /(?:^|[^\p{L}\p{N}_])(C\d{0,2})$/u;
const AFTER_ACTION_LINE = /action[\s-]+lines?(?:\s+|\s*:\s*)([Cc]?\d{0,2})$/i;
const PART_LINE = /^ {0,3}(#{0,6})[ \t]*([A-Za-z]*)[ \t]*$/;

/**
 * Completion:
 * - after `^`, `[^` or `<sup>`: the next footnote number as a reference in the draft's
 *   notation, with an additional edit that appends its definition at the end of the draft, and
 *   references to the footnotes already defined;
 * - `C` after a word boundary, or a code after "action line": the action lines C1 to C11;
 * - at the start of a line (`#`, `## Pa`, `Part` ...): the canonical headings of the Parts still
 *   missing that fit at that place, in the template's order;
 * - at the start of a line (`w`, `wsis-sub` ...): the snippets that name a session and its years
 *   (`wsis-submission`, `wsis-new`, `wsis-statement`, `wsis-input`), written for `today`.
 */
export function provideCompletion(model: SubmissionModel, position: Position, today: Date = new Date()): CompletionItem[] {
  const { lines, text } = model;
  const offset = lines.offsetAt(position);
  const line = lines.lineAt(offset);
  // lineAt returns a line of the document, and lineStarts/lineEnds have one entry per line.
  const lineStart = at(lines.lineStarts, line);
  const before = text.slice(Math.max(lineStart, offset - 200), offset);
  const after = text.slice(offset, at(lines.lineEnds, line));
  if (model.excluded.has(Math.max(0, offset - 1)) && offset > lineStart) return [];

  const footnote = FOOTNOTE_PREFIX.exec(before);
  if (footnote !== null) {
    const [typedMarker, typedLabel] = footnote;
    if (typedLabel !== undefined) return footnoteItems(model, offset, typedMarker, typedLabel, after);
  }

  const items: CompletionItem[] = [];
  const code = ACTION_CODE.exec(before);
  const context = code === null ? AFTER_ACTION_LINE.exec(before) : null;
  const typed = code?.[1] ?? context?.[1];
  if (typed !== undefined) items.push(...actionLineItems(model, offset, typed));

  const headWord = PART_LINE.exec(text.slice(lineStart, offset))?.[2];
  if (headWord !== undefined && 'part'.startsWith(headWord.toLowerCase()) && after.trim().length === 0) items.push(...partItems(model, offset, lineStart));
  items.push(...provideSnippetCompletion(text.slice(lineStart, offset), position, today));
  return items;
}

const SNIPPET_WORD = /^[ \t]{0,3}([wW][\w-]{0,40})$/;

/**
 * The dated snippets (dated-snippets.ts) when the line so far is a word starting with
 * `w`: `lineBefore` is the line's text up to the cursor. Also offered in a Markdown file that is
 * not (yet) checked as a draft, as the snippet file's snippets were.
 */
export function provideSnippetCompletion(lineBefore: string, position: Position, today: Date): CompletionItem[] {
  const word = SNIPPET_WORD.exec(lineBefore)?.[1];
  if (word === undefined) return [];
  const range: Range = { start: { line: position.line, character: position.character - word.length }, end: position };
  return datedSnippets(today).map((s) => ({
    label: s.prefix,
    kind: CompletionItemKind.Snippet,
    detail: s.name,
    documentation: { kind: MarkupKind.PlainText, value: s.description },
    filterText: s.prefix,
    sortText: `~${s.prefix}`,
    textEdit: { range, newText: s.body },
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}

function rangeBack(model: SubmissionModel, offset: number, length: number, extra = 0): Range {
  return model.lines.rangeOf({ start: offset - length, end: offset + extra });
}

function footnoteItems(model: SubmissionModel, offset: number, typed: string, opener: string, after: string): CompletionItem[] {
  const notation = mainFootnoteNotation(model) ?? 'markdown';
  const next = String(highestFootnoteNumber(model) + 1);
  // `[^` with an auto-closed `]` after the cursor: replace the bracket too.
  const extra = opener === '[^' && after.startsWith(']') ? 1 : 0;
  const range = rangeBack(model, offset, typed.length, extra);
  const reference = footnoteMarkerText(notation, next, false);

  const items: CompletionItem[] = [
    {
      label: reference,
      kind: CompletionItemKind.Reference,
      detail: `New footnote ${next}`,
      documentation: { kind: MarkupKind.Markdown, value: `Inserts footnote ${next} here and appends its definition at the end of the draft, for you to fill in.` },
      filterText: typed + next,
      sortText: '0',
      preselect: true,
      textEdit: { range, newText: reference },
      additionalTextEdits: [appendDefinition(model, notation, next)],
      insertTextFormat: InsertTextFormat.PlainText,
    },
  ];
  // References to notes already defined (citing a source twice).
  for (const def of model.footnotes.defByLabel.values()) {
    if (notation !== 'markdown' && def.number === undefined) continue;
    const text = footnoteMarkerText(notation, def.label, false);
    items.push({
      label: text,
      kind: CompletionItemKind.Reference,
      detail: `Footnote ${def.label}`,
      documentation: { kind: MarkupKind.Markdown, value: def.text },
      filterText: typed + def.label,
      sortText: `1${def.label.padStart(6, '0')}`,
      textEdit: { range, newText: text },
    });
  }
  return items;
}

/** The definition of a new footnote, appended after the draft's last line (after its definitions, if it ends with them). */
function appendDefinition(model: SubmissionModel, notation: 'markdown' | 'html' | 'unicode', label: string): TextEdit {
  const { text } = model;
  const eol = eolOf(text);
  const end = model.lines.positionAt(text.length);
  const lastDef = model.footnotes.defs[model.footnotes.defs.length - 1];
  const endsWithDefs = lastDef !== undefined && text.slice(Math.max(lastDef.textSpan.end, lastDef.span.end)).trim().length === 0;
  const endsWithEol = /[\r\n]$/.test(text);
  let prefix = '';
  if (text.trim().length > 0) prefix = (endsWithEol ? '' : eol) + (endsWithDefs ? '' : eol);
  return { range: { start: end, end }, newText: `${prefix}${footnoteMarkerText(notation, label, true)} ` };
}

function actionLineItems(model: SubmissionModel, offset: number, typed: string): CompletionItem[] {
  const range = rangeBack(model, offset, typed.length);
  const withC = /^c/i.test(typed);
  return Object.entries(ACTION_LINES).map(([n, name]) => ({
    label: `C${n}`,
    kind: CompletionItemKind.EnumMember,
    detail: name,
    documentation: { kind: MarkupKind.Markdown, value: `WSIS action line **C${n}** (Geneva Plan of Action): ${name}.` },
    filterText: withC ? `C${n}` : n,
    sortText: `C${n.padStart(2, '0')}`,
    textEdit: { range, newText: `C${n}` },
  }));
}

function partItems(model: SubmissionModel, offset: number, lineStart: number): CompletionItem[] {
  const present = new Set(model.parts.map((p) => p.number));
  const items: CompletionItem[] = [];
  for (const n of [1, 2, 3] as PartNumber[]) {
    if (present.has(n)) continue;
    // Only where the Part belongs: after the Parts before it, before the Parts after it.
    const fits = model.parts.every((p) => (p.heading.span.start < offset ? p.number < n : p.number > n));
    if (!fits) continue;
    const heading = canonicalPartHeading(n);
    items.push({
      label: heading,
      kind: CompletionItemKind.Module,
      detail: 'Missing Part heading',
      // One description per Part, in order.
      documentation: { kind: MarkupKind.Markdown, value: at(PART_DESCRIPTIONS, n - 1) },
      filterText: heading,
      sortText: `P${n}`,
      textEdit: { range: model.lines.rangeOf({ start: lineStart, end: offset }), newText: heading },
    });
  }
  return items;
}
