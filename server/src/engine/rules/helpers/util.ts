import type { Translator } from '../../messages/catalogue';
import type { PartNumber } from '../../model/parts';
import type { SubmissionModel } from '../../model/submission';
import { PART_TITLES } from '../../template';
import type { WordDiff } from '../../text/diff';
import { eolOf } from '../../text/eol';
import { ordinalDigits } from '../../text/ordinals';
import type { Span } from '../../types';
import { at } from '../../text/at';

/** The draft's line break: one helper for the engine and the language server (text/eol.ts). */
export { eolOf };

/** The span of the line that holds `offset`. */
export function lineSpanAt(model: SubmissionModel, offset: number): Span {
  const line = model.lines.lineAt(offset);
  return { start: at(model.lines.lineStarts, line), end: at(model.lines.lineEnds, line) };
}

/** The first line of block `i` (or of the last block, or an empty span at 0 in an empty draft). */
export function blockLineSpan(model: SubmissionModel, i: number): Span {
  const block = model.blocks[Math.min(i, model.blocks.length - 1)];
  if (block === undefined) return { start: 0, end: 0 };
  return lineSpanAt(model, block.span.start);
}

/** An edit that inserts `content` as a block of its own after block `i` (at the top when i < 0). */
export function insertAfterBlock(model: SubmissionModel, i: number, content: string): { span: Span; newText: string } {
  const eol = eolOf(model.text);
  if (i < 0 || model.blocks.length === 0) {
    const start = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const rest = model.text.slice(start);
    return { span: { start, end: start }, newText: rest.trim().length === 0 ? content + eol : content + eol + eol };
  }
  const end = at(model.blocks, Math.min(i, model.blocks.length - 1)).span.end;
  return { span: { start: end, end }, newText: eol + eol + content };
}

/** An edit that inserts `content` as a block of its own before block `i`. */
export function insertBeforeBlock(model: SubmissionModel, i: number, content: string): { span: Span; newText: string } {
  const block = model.blocks[i];
  if (block === undefined) return insertAfterBlock(model, i < 0 ? -1 : model.blocks.length - 1, content);
  const eol = eolOf(model.text);
  const start = block.span.start;
  return { span: { start, end: start }, newText: content + eol + eol };
}

/** `Part One`, `Part Two`, `Part Three`. */
export function partName(n: number): string {
  return `Part ${['One', 'Two', 'Three'][n - 1] ?? String(n)}`;
}

/** The canonical heading the checker writes for Part `n` (part-missing inserts it, part-heading-style restores it). */
export function canonicalPartHeading(n: PartNumber, title?: string): string {
  const t = title !== undefined && title.trim().length > 0 ? title.trim() : PART_TITLES[n - 1];
  return `## ${partName(n)}: ${t}`;
}

/** The name of Part `n` in the messages' language ('Part One' ...). */
export function partNameIn(t: Translator, n: number): string {
  return n === 1 || n === 2 || n === 3 ? t(`part.${n}`) : partName(n);
}

/** About how many single-spaced pages a word count fills (550 words a page), in the messages' language. */
export function pages(t: Translator, words: number): string {
  const p = Math.round((words / 550) * 10) / 10;
  return p === 1 ? t('pages.1') : t('pages.n', { count: p });
}

/** `23rd` in the messages' language (`23e`, `23º`): the session's ordinal in digits. */
export function ordinalIn(t: Translator, n: number): string {
  const suffix = ordinalDigits(n).slice(String(n).length);
  const id = n === 1 ? 'ordinal.first' : suffix === 'st' ? 'ordinal.st' : suffix === 'nd' ? 'ordinal.nd' : suffix === 'rd' ? 'ordinal.rd' : 'ordinal.th';
  return t(id, { n: String(n) });
}

/** What a word diff found, in the messages' language: `missing 'a', 'b'; added 'c'` (at most six words each). */
export function describeDiffIn(t: Translator, diff: WordDiff): string {
  const list = (words: string[]): string => {
    const shown = words.slice(0, 6).map((w) => `'${w}'`).join(', ');
    return words.length > 6 ? t('diff.more', { shown, count: words.length - 6 }) : shown;
  };
  const missing = diff.missing.length > 0 ? t('diff.missing', { words: list(diff.missing) }) : undefined;
  const added = diff.added.length > 0 ? t('diff.added', { words: list(diff.added) }) : undefined;
  return missing !== undefined && added !== undefined ? t('diff.both', { missing, added }) : (missing ?? added ?? '');
}

/** A message's first letter in capitals (`la deuxième partie` -> `La deuxième partie`). */
export function sentenceStart(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
