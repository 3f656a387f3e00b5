import { exportedFootnotes } from './exported-footnotes';
import type { SubmissionModel } from './model/submission';

/**
 * The pages a draft fills as the Word export lays it out (server/src/word/export-docx.ts), from
 * its body words and footnotes: the template asks for 2-4 pages.
 *
 * Measured once (2026-12-04) with bench/measure-pages.ts: each example, seed and the clean
 * fixture, and the 2026 example with its Parts repeated 2, 3, 4 and 6 times, exported with
 * draftToDocx, converted by LibreOffice 7 (`soffice --headless --convert-to pdf`) and counted
 * with `pdfinfo`. 14 documents of 105 to 2,748 body words and 0 to 24 footnotes, 1 to 7 pages.
 * A page of the export holds about 450 words of body text; the cover block, input paragraph and
 * disclaimer take the room of about 100 words on the first page, and each footnote (at its
 * page's foot) about 20. With these constants, ceil((words + 100 + 20 x footnotes) / 450) gives
 * the measured page count for 12 of the 14 documents, and one page more for the other two (a
 * statement without headings of 551 words on 1 page, the IGF seed of 2,748 words on 6).
 * The repeated example adds one page per 388 words (its Part headings take room too).
 */
export const WORDS_PER_PAGE = 450;
export const COVER_WORDS = 100;
export const FOOTNOTE_WORDS = 20;

export interface PageEstimate {
  /** Pages filled, rounded up (at least 1). */
  pages: number;
  /** The same, unrounded, for a finer display (2.4). */
  exact: number;
}

export function estimatePages(bodyWords: number, footnotes: number): PageEstimate {
  const exact = (Math.max(0, bodyWords) + COVER_WORDS + FOOTNOTE_WORDS * Math.max(0, footnotes)) / WORDS_PER_PAGE;
  return { pages: Math.max(1, Math.ceil(exact)), exact };
}

export function estimateModelPages(model: SubmissionModel): PageEstimate {
  return estimatePages(model.bodyWords, exportedFootnotes(model).length);
}
