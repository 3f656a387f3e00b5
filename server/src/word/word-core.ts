/**
 * The Word conversions alone, with no file system: what the browser server loads on first use
 * (bundled as dist/word.js, see esbuild.mjs), and what the Node Word bundle re-exports. The
 * caller reads and writes the files (in the browser, the VS Code client through
 * `vscode.workspace.fs`).
 */
export { draftToDocx } from './export-docx';
export { docxToDraft, ImportError } from './import-docx';
export { DraftTooLargeError } from './read-draft';
export { PasteError, pasteHtmlIntoDraft } from './paste-html';

/*
 * For the Node file parts (word-files.ts, libreoffice.ts, bundled as dist/word-files.js), which
 * take these from this bundle rather than carry a second copy (esbuild.mjs, wordCoreApart): the
 * same jszip, the same message catalogue (its current locale, inLocale, is state), the engine
 * (its checks, for the check before an export, and what node/read-file.ts uses).
 * test/unit/word/word-bundle.test.ts checks that every name they import is here.
 */
export { default as JSZip } from 'jszip';
export { EXPORT_KEYWORD } from './export-docx';
export { decimal, inLocale, renderText, textList, WordMessageError } from './messages/catalogue';
export { checkText, decodeUtf8, DEFAULT_SETTINGS, freeFileName, isPdfData, MAX_DOCX_BYTES, MAX_DRAFT_BYTES, MAX_PDF_BYTES, parseSubmission, rolledDraftName, sessionFor } from '../engine';
