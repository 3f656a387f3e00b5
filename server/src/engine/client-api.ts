/**
 * What the extension's start-up bundle (dist/client.js) takes from the engine: file limits,
 * draft names and the page size, without the model or the rules (model-api.ts and index.ts have
 * those, and would make the bundle larger).
 */
export { decodeUtf8, MAX_DOCX_BYTES, MAX_DRAFT_BYTES, MAX_PDF_BYTES, type DecodedText } from './file-text';
export { freeFileName, rolledDraftName } from './draft-names';
export { WORDS_PER_PAGE, type PageEstimate } from './pages';
export { RULE_DOC_FILES } from './rule-docs';
