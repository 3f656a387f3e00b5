import type { Position } from 'vscode-languageserver';
import { estimatePages, exportedFootnotes, type Settings, type SubmissionModel } from '../../engine';
import type { WordCountResult } from '../../protocol';

/**
 * Words in the Part that holds `position` and in the whole body, with the template's guidance
 * (`limits` from the settings) for the status bar, and the pages the Word export fills. Only
 * Part One has a limit of its own.
 */
export function provideWordCount(model: SubmissionModel, position: Position, settings: Settings): WordCountResult {
  const offset = model.lines.offsetAt(position);
  const footnotes = exportedFootnotes(model).length;
  const pages = estimatePages(model.bodyWords, footnotes);
  const result: WordCountResult = { checked: true, bodyWords: model.bodyWords, bodyLimit: settings.limits.totalWords, pages: pages.pages, pagesExact: pages.exact, footnotes };
  // The Part whose heading is the last one at or before the cursor (Parts run to the next heading).
  let part;
  for (const p of model.parts) if (p.span.start <= offset) part = p;
  if (part !== undefined) {
    result.partName = `Part ${['One', 'Two', 'Three'][part.number - 1]}`;
    result.partWords = part.words;
    if (part.number === 1) result.partLimit = settings.limits.partOneWords;
  }
  return result;
}
