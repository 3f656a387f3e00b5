import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { highestFootnoteNumber, type Locale, type SubmissionModel } from '../engine';
import { MAX_PASTE_HTML, type PasteHtmlParams, type PasteHtmlResult } from '../protocol';
import type * as WordCore from '../word/word-core';
import type { ServerHost } from './host';
import { invalidParams } from './word-requests';

/**
 * Paste from Word, on the server's side: the clipboard's HTML goes through the Word code's
 * converter (loaded on first use, in Node and in a browser worker), with footnotes numbered on from the draft's highest.
 */
function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | undefined;
  return Number.isInteger(q?.line) && Number.isInteger(q?.character);
}

/** Notes and refusals are written in `locale`. */
export async function pasteHtml(host: ServerHost, params: PasteHtmlParams, model: SubmissionModel, locale: Locale = 'en'): Promise<PasteHtmlResult | null> {
  // The Word code, loaded on first use (in a browser worker too).
  return pasteWith(await host.loadWordCore(), params, model, locale);
}

/** The request answered with the Word code at hand. */
export function pasteWith(word: Pick<typeof WordCore, 'pasteHtmlIntoDraft' | 'PasteError'>, params: PasteHtmlParams, model: SubmissionModel, locale: Locale = 'en'): PasteHtmlResult | null {
  if (typeof params.html !== 'string') throw invalidParams('html (a string) is required.');
  if (params.html.length > MAX_PASTE_HTML) throw invalidParams(`html is over ${MAX_PASTE_HTML / 1024 / 1024} MB: too large to paste.`);
  const range = params.range as { start?: unknown; end?: unknown } | undefined;
  if (!isPosition(range?.start) || !isPosition(range.end)) throw invalidParams('range (an LSP range) is required.');
  let start = model.lines.offsetAt(range.start);
  let end = model.lines.offsetAt(range.end);
  if (end < start) [start, end] = [end, start];
  let paste: ReturnType<typeof word.pasteHtmlIntoDraft>;
  try {
    paste = word.pasteHtmlIntoDraft(params.html, model.text, start, end, highestFootnoteNumber(model), locale);
  } catch (error) {
    if (error instanceof word.PasteError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
    throw error;
  }
  if (paste === undefined) return null;
  const result: PasteHtmlResult = { text: paste.insert, footnotes: paste.footnotes, source: paste.source, notes: paste.notes };
  if (paste.append !== undefined) {
    const at = model.lines.positionAt(model.text.length);
    result.definitions = { range: { start: at, end: at }, newText: paste.append };
  }
  return result;
}
