/**
 * The engine without its rules, for the Markdown preview's bundle (dist/preview.js), which must
 * stay small: the model, the page estimate, the relayout of a paste. Everything else outside the
 * engine imports the engine's public API, index.ts (or client-api.ts, for the extension's bundle).
 */
export type { Span } from './types';
export { parseSubmission, type SubmissionModel } from './model/submission';
export { looksLikeSubmission } from './detect';
export { definitionEnd, exportedFootnotes, type ExportedNote } from './exported-footnotes';
export { estimateModelPages, WORDS_PER_PAGE, type PageEstimate } from './pages';
export { relayoutEdits } from './relayout';
